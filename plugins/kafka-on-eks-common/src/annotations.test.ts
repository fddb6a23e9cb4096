import type { Entity } from '@backstage/catalog-model';
import {
  KAFKA_ANNOTATION,
  KUBERNETES_CLUSTER_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
  isKafkaOnEksEntity,
  readKafkaLocation,
} from './annotations';

function entityWith(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'orders-kafka', annotations },
    spec: { type: 'kafka-cluster', owner: 'group:default/team-a' },
  };
}

describe('readKafkaLocation', () => {
  it('reads cluster, namespace and Kafka name from the annotations', () => {
    const result = readKafkaLocation(
      entityWith({
        [KUBERNETES_CLUSTER_ANNOTATION]: 'eks-eu-west-1',
        [KUBERNETES_NAMESPACE_ANNOTATION]: 'kafka',
        [KAFKA_ANNOTATION]: 'orders',
      }),
    );
    expect(result).toEqual({
      ok: true,
      location: {
        cluster: 'eks-eu-west-1',
        namespace: 'kafka',
        kafka: 'orders',
      },
    });
  });

  it('names every missing or blank annotation', () => {
    const result = readKafkaLocation(
      entityWith({
        [KUBERNETES_NAMESPACE_ANNOTATION]: '  ',
        [KAFKA_ANNOTATION]: 'orders',
      }),
    );
    expect(result).toEqual({
      ok: false,
      missingAnnotations: [
        KUBERNETES_CLUSTER_ANNOTATION,
        KUBERNETES_NAMESPACE_ANNOTATION,
      ],
    });
  });

  it('copes with an entity that has no annotations at all', () => {
    const entity = entityWith({});
    delete entity.metadata.annotations;
    const result = readKafkaLocation(entity);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.missingAnnotations).toHaveLength(3);
  });
});

describe('isKafkaOnEksEntity', () => {
  it('is true only when the Kafka annotation has a value', () => {
    expect(
      isKafkaOnEksEntity(entityWith({ [KAFKA_ANNOTATION]: 'orders' })),
    ).toBe(true);
    expect(isKafkaOnEksEntity(entityWith({ [KAFKA_ANNOTATION]: '' }))).toBe(
      false,
    );
    expect(isKafkaOnEksEntity(entityWith({}))).toBe(false);
  });
});
