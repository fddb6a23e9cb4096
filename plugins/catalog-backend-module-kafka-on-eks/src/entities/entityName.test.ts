import { KubernetesValidatorFunctions } from '@backstage/catalog-model';
import {
  kafkaEntityName,
  MAX_NAME_LENGTH,
  topicEntityName,
} from './entityName';

describe('discovered entity names', () => {
  it('joins cluster, namespace and names with dots when that is readable and fits', () => {
    expect(kafkaEntityName('demo-eks', 'kafka', 'orders-kafka')).toBe(
      'demo-eks.kafka.orders-kafka',
    );
    expect(
      topicEntityName('demo-eks', 'kafka', 'orders-kafka', 'orders.created'),
    ).toBe('demo-eks.kafka.orders-kafka.orders.created');
  });

  it('keeps names apart that a plain join would merge', () => {
    // Same parts joined with '-', different objects.
    expect(kafkaEntityName('a', 'b-c', 'd')).not.toBe(
      kafkaEntityName('a-b', 'c', 'd'),
    );
    // A Kafka named like a topic's entity: the dot in it forces a hash.
    const kafkaWithDot = kafkaEntityName('lab', 'kafka', 'orders.t1');
    expect(kafkaWithDot).not.toBe(
      topicEntityName('lab', 'kafka', 'orders', 't1'),
    );
    expect(kafkaWithDot).not.toContain('.');
  });

  it('shortens a long name to 63 characters with a stable hash', () => {
    const longTopic = `orders.${'x'.repeat(80)}`;
    const name = topicEntityName('demo-eks', 'kafka', 'orders', longTopic);
    expect(name).toHaveLength(MAX_NAME_LENGTH);
    expect(name).toMatch(/^demo-eks-kafka-orders-orders-x+-[0-9a-f]{12}$/);
    // The same input gives the same name on every run and every replica.
    expect(topicEntityName('demo-eks', 'kafka', 'orders', longTopic)).toBe(
      name,
    );
    // One character more: another name.
    expect(
      topicEntityName('demo-eks', 'kafka', 'orders', `${longTopic}y`),
    ).not.toBe(name);
  });

  it('gives a valid Backstage name for any cluster name a config may hold', () => {
    for (const [cluster, ns, kafka] of [
      ['Prod EKS (eu-west-1)', 'kafka', 'orders'],
      ['___', 'kafka', 'orders'],
      ['lab', 'kafka', 'ORDERS'],
      ['a'.repeat(70), 'b'.repeat(63), 'c'.repeat(63)],
    ]) {
      const name = kafkaEntityName(cluster, ns, kafka);
      expect(KubernetesValidatorFunctions.isValidObjectName(name)).toBe(true);
    }
    expect(kafkaEntityName('Prod EKS (eu-west-1)', 'kafka', 'orders')).toMatch(
      /^prod-eks-eu-west-1-kafka-orders-[0-9a-f]{12}$/,
    );
  });
});
