import {
  ApiBlueprint,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { isKafkaOnEksEntity } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { kafkaOnEksApiFactory } from './apiFactory';
import { isKafkaClientAvailable } from './components/KafkaAccessCard/isKafkaClient';
import { createChangeTemplateRouteRef } from './routes';

/**
 * The {@link KafkaOnEksApi} client, replaceable in an app with its own
 * `ApiBlueprint` for the same API ref.
 */
export const kafkaOnEksApi = ApiBlueprint.make({
  params: defineParams => defineParams(kafkaOnEksApiFactory),
});

/**
 * The "Kafka" tab on entities that carry the `kafka-on-eks/kafka` annotation.
 */
export const kafkaEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'kafka',
    title: 'Kafka',
    filter: isKafkaOnEksEntity,
    loader: () =>
      import('./components/KafkaOnEksContent').then(m => (
        <m.KafkaOnEksContent />
      )),
  },
});

/**
 * The overview card on the same entities.
 */
export const kafkaEntityCard = EntityCardBlueprint.make({
  params: {
    filter: isKafkaOnEksEntity,
    loader: () =>
      import('./components/KafkaOnEksOverviewCard').then(m => (
        <m.KafkaOnEksOverviewCard />
      )),
  },
});

/**
 * "Kafka access" on Components that depend on a Resource (a client, when
 * catalog discovery relates it to Kafka clusters and topics).
 */
export const kafkaAccessEntityCard = EntityCardBlueprint.make({
  name: 'kafka-access',
  params: {
    filter: isKafkaClientAvailable,
    loader: () =>
      import('./components/KafkaAccessCard').then(m => <m.KafkaAccessCard />),
  },
});

/**
 * The Kafka on EKS frontend plugin for the new frontend system.
 *
 * @public
 */
export const kafkaOnEksPlugin = createFrontendPlugin({
  pluginId: 'kafka-on-eks',
  info: { packageJson: () => import('../package.json') },
  externalRoutes: { createChangeTemplate: createChangeTemplateRouteRef },
  extensions: [
    kafkaOnEksApi,
    kafkaEntityContent,
    kafkaEntityCard,
    kafkaAccessEntityCard,
  ],
});
