import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { kafkaOnEksPermissions } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { createClusterCredentials } from './clusters/clusterCredentials';
import { readConfiguredClusters } from './clusters/readConfiguredClusters';
import { ClusterRepositories } from './repository/ClusterRepositories';
import { createMetricsCollector } from './metrics';
import { KafkaRebalanceActions } from './rebalances/KafkaRebalanceActions';
import { createRouter } from './router';
import { KafkaViewSource } from './source/KafkaViewSource';
import {
  kafkaOnEksClustersExtensionPoint,
  type KafkaOnEksClusterSupplier,
} from '@kafka-on-eks/plugin-kafka-on-eks-node';

// Supplied clusters appear within this long; config clusters are static.
const SUPPLIER_REFRESH_MS = 3_000;

/**
 * The Kafka on EKS backend plugin: watches Strimzi and storage objects in
 * the clusters of `kubernetes.clusterLocatorMethods` and serves the live
 * view per catalog entity, at `/api/kafka-on-eks`; reads each cluster's
 * request and open changes from its generated repository.
 *
 * @public
 */
export const kafkaOnEksPlugin = createBackendPlugin({
  pluginId: 'kafka-on-eks',
  register(env) {
    const suppliers: KafkaOnEksClusterSupplier[] = [];
    env.registerExtensionPoint(kafkaOnEksClustersExtensionPoint, {
      addClusterSupplier(supplier) {
        suppliers.push(supplier);
      },
    });
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
        urlReader: coreServices.urlReader,
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
        urlReader,
      }) {
        permissionsRegistry.addPermissions(kafkaOnEksPermissions);

        const clusters = readConfiguredClusters(config);
        // Config and supplied clusters, for the metrics' Kubernetes proxy.
        let knownClusters = clusters;
        const clusterCredentials = createClusterCredentials(config);
        const views = new KafkaViewSource(clusters, clusterCredentials, logger);
        views.start();
        const metrics = createMetricsCollector(config, logger, {
          clusterByName: name => knownClusters.find(c => c.name === name),
          clusterCredentials,
        });
        metrics.start();
        logger.info(
          `Metrics from Prometheus for ${
            metrics.clusterNames().join(', ') || 'no cluster'
          } (kafkaOnEks.prometheus)`,
        );
        const refresh = suppliers.length
          ? setInterval(async () => {
              try {
                const supplied = await Promise.all(
                  suppliers.map(s => s.getClusters()),
                );
                knownClusters = [...clusters, ...supplied.flat()];
                await views.updateClusters(knownClusters);
              } catch (error) {
                logger.warn(
                  `kafka-on-eks: a cluster supplier failed: ${
                    (error as Error).message
                  }`,
                );
              }
            }, SUPPLIER_REFRESH_MS)
          : undefined;
        lifecycle.addShutdownHook(async () => {
          clearInterval(refresh);
          await Promise.all([views.stop(), metrics.stop()]);
        });
        logger.info(
          `Watching Strimzi in ${clusters.length} cluster(s): ${
            clusters.map(c => c.name).join(', ') || 'none'
          }`,
        );

        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            catalog,
            views,
            metrics,
            repositories: ClusterRepositories.fromConfig(config, { urlReader }),
            rebalances: new KafkaRebalanceActions({
              clusterByName: name => knownClusters.find(c => c.name === name),
              credentials: clusterCredentials,
              logger,
            }),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
