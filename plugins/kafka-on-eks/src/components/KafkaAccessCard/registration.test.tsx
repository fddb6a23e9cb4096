import type { Entity } from '@backstage/catalog-model';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import kafkaOnEksPlugin, {
  EntityKafkaAccessCard,
  isKafkaClientAvailable,
} from '../../index';
import { kafkaAccessEntityCard } from '../../plugin';

const client: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders-service' },
  spec: { type: 'service' },
  relations: [
    { type: 'dependsOn', targetRef: 'resource:default/lab.kafka.orders' },
  ],
};
const website: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'web' },
  spec: { type: 'website' },
};

describe('Kafka access card registration', () => {
  it('is a card of the new frontend plugin, on client Components only', () => {
    expect(kafkaOnEksPlugin.pluginId).toBe('kafka-on-eks');
    const filter = createExtensionTester(kafkaAccessEntityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    expect(filter(client)).toBe(true);
    expect(filter(website)).toBe(false);
  });

  it('is exported for the legacy frontend system with its filter', () => {
    expect(typeof EntityKafkaAccessCard).toBe('function');
    expect(isKafkaClientAvailable(client)).toBe(true);
  });
});
