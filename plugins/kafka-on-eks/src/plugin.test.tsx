import type { Entity } from '@backstage/catalog-model';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import kafkaOnEksPlugin from './index';
import {
  isKafkaOnEksAvailable,
  EntityKafkaOnEksCard,
  EntityKafkaOnEksContent,
  kafkaOnEksApiRef,
  kafkaOnEksLegacyPlugin,
  KafkaOnEksClient,
  createChangeTemplateRouteRef,
} from './index';
import { kafkaEntityCard, kafkaEntityContent, kafkaOnEksApi } from './plugin';

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

  it('offers the overview card on Kafka entities only', () => {
    const tester = createExtensionTester(kafkaEntityCard);
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(filter(kafkaEntity)).toBe(true);
    expect(filter(plainEntity)).toBe(false);
  });

  it('provides the client as an API in the new frontend system', () => {
    const factory = createExtensionTester(kafkaOnEksApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api.id).toBe(kafkaOnEksApiRef.id);
    const client = factory.factory({
      discoveryApi: { getBaseUrl: async () => '' },
      fetchApi: { fetch },
    });
    expect(client).toBeInstanceOf(KafkaOnEksClient);
  });

  it('offers the legacy exports, with the client registered', () => {
    expect(isKafkaOnEksAvailable(kafkaEntity)).toBe(true);
    expect(isKafkaOnEksAvailable(plainEntity)).toBe(false);
    expect(typeof EntityKafkaOnEksContent).toBe('function');
    expect(typeof EntityKafkaOnEksCard).toBe('function');
    expect([...kafkaOnEksLegacyPlugin.getApis()].map(f => f.api.id)).toEqual([
      kafkaOnEksApiRef.id,
    ]);
  });

  it('lets both frontend systems bind the change template route', () => {
    expect(kafkaOnEksPlugin.externalRoutes.createChangeTemplate).toBe(
      createChangeTemplateRouteRef,
    );
    expect(kafkaOnEksLegacyPlugin.externalRoutes.createChangeTemplate).toBe(
      createChangeTemplateRouteRef,
    );
    // The new frontend system binds it to the scaffolder unless told otherwise.
    expect(String(createChangeTemplateRouteRef)).toContain(
      'kafka-on-eks:create-change',
    );
  });
});
