import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { isKafkaOnEksEntity } from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * The "Kafka" tab on entities that carry the `kafka-on-eks/kafka` annotation.
 */
export const kafkaEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'kafka',
    title: 'Kafka',
    filter: isKafkaOnEksEntity,
    loader: () =>
      import('./components/KafkaLocationCard').then(m => (
        <m.KafkaLocationCard />
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
      import('./components/KafkaLocationCard').then(m => (
        <m.KafkaLocationCard />
      )),
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
  extensions: [kafkaEntityContent, kafkaEntityCard],
});
