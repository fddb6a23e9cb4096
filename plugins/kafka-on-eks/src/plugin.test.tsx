import type { Entity } from '@backstage/catalog-model';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import kafkaOnEksPlugin from './index';
import { isKafkaOnEksAvailable, EntityKafkaOnEksContent } from './index';
import { kafkaEntityContent } from './plugin';

const kafkaEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'orders-kafka',
    annotations: { 'kafka-on-eks/kafka': 'orders' },
  },
  spec: { type: 'kafka-cluster' },
};
const plainEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'web' },
  spec: { type: 'website' },
};

describe('kafka-on-eks frontend plugin', () => {
  it('is a new-frontend-system plugin with the kafka-on-eks id', () => {
    expect(kafkaOnEksPlugin.pluginId).toBe('kafka-on-eks');
  });

  it('mounts a "Kafka" tab at kafka, only on Kafka entities', () => {
    const tester = createExtensionTester(kafkaEntityContent);
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Kafka');
    expect(
      tester.get(EntityContentBlueprint.dataRefs.filterFunction)!(kafkaEntity),
    ).toBe(true);
    expect(
      tester.get(EntityContentBlueprint.dataRefs.filterFunction)!(plainEntity),
    ).toBe(false);
  });

  it('offers the legacy exports', () => {
    expect(isKafkaOnEksAvailable(kafkaEntity)).toBe(true);
    expect(isKafkaOnEksAvailable(plainEntity)).toBe(false);
    expect(typeof EntityKafkaOnEksContent).toBe('function');
  });
});
