import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { loadSeedDirectory, startKubeLoopback } from '@internal/kube-loopback';
import path from 'node:path';

/**
 * The embedded default's Kubernetes: a loopback API server, seeded with the
 * demo Strimzi clusters, that the kafka-on-eks backend watches like any
 * other cluster in `kubernetes.clusterLocatorMethods`. A module of the
 * kafka-on-eks plugin, so the API listens before the plugin starts its
 * watches. Started only when `kafkaOnEks.demo.kubernetesApi` is configured
 * and not disabled.
 */
export const kafkaOnEksModuleDemoKubernetesApi = createBackendModule({
  pluginId: 'kafka-on-eks',
  moduleId: 'demo-kubernetes-api',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.rootLifecycle,
      },
      async init({ config, logger, lifecycle }) {
        const settings = config.getOptionalConfig(
          'kafkaOnEks.demo.kubernetesApi',
        );
        if (!settings) return;
        const seedDirectory = path.resolve(settings.getString('seedDirectory'));
        const api = await startKubeLoopback({
          host: '127.0.0.1',
          port: settings.getNumber('port'),
          token: settings.getString('token'),
          // kubectl sends no token over plain HTTP: let it read the demo.
          anonymous: true,
          objects: loadSeedDirectory(seedDirectory),
        });
        lifecycle.addShutdownHook(() => api.close());
        logger.info(
          `Demo Kubernetes API on ${api.url}, seeded from ${seedDirectory}`,
        );
      },
    });
  },
});
