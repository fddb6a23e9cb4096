import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { kafkaOnEksPermissions } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { createClusterCredentials } from './clusters/clusterCredentials';
import { readConfiguredClusters } from './clusters/readConfiguredClusters';
import { createRouter } from './router';
import { KafkaViewSource } from './source/KafkaViewSource';

/**
 * The Kafka on EKS backend plugin: watches Strimzi and storage objects in
 * the clusters of `kubernetes.clusterLocatorMethods` and serves the live
 * view per catalog entity, at `/api/kafka-on-eks`.
 *
 * @public
 */
export const kafkaOnEksPlugin = createBackendPlugin({
  pluginId: 'kafka-on-eks',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        lifecycle,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        catalog,
      }) {
        permissionsRegistry.addPermissions(kafkaOnEksPermissions);

        const clusters = readConfiguredClusters(config);
        const views = new KafkaViewSource(
          clusters,
          createClusterCredentials(config),
          logger,
        );
        views.start();
        lifecycle.addShutdownHook(() => views.stop());
        logger.info(
          `Watching Strimzi in ${clusters.length} cluster(s): ${
            clusters.map(c => c.name).join(', ') || 'none'
          }`,
        );

        httpRouter.use(
          await createRouter({ httpAuth, permissions, catalog, views }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
