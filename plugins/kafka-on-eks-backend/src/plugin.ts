import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { createRouter } from './router';

/**
 * The Kafka on EKS backend plugin: serves the live view of Strimzi clusters
 * per catalog entity, at `/api/kafka-on-eks`.
 *
 * @public
 */
export const kafkaOnEksPlugin = createBackendPlugin({
  pluginId: 'kafka-on-eks',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
      },
      async init({ httpRouter }) {
        httpRouter.use(await createRouter());
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
