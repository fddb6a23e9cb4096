import {
  normalizeKafka,
  normalizeNodePool,
  normalizeStrimziObject,
} from './normalize';
import { eventsKafka, eventsTopics } from './__fixtures__/eventsCluster';
import { brokersPool, ordersKafka } from './__fixtures__/ordersCluster';

describe('normalizeKafka', () => {
  it('returns a v1 Kafka as it is, without a copy', () => {
    const normalized = normalizeKafka(ordersKafka);
    expect(normalized.kafka).toBe(ordersKafka);
    expect(normalized.servedAs).toBe('v1');
    expect(normalized.legacyNodePool).toBeUndefined();
  });

  it('rewrites a v1beta2 Kafka to the v1 shape without touching the original', () => {
    const before = JSON.stringify(eventsKafka);
    const { kafka, servedAs } = normalizeKafka(eventsKafka);

    expect(servedAs).toBe('v1beta2');
    expect(kafka.apiVersion).toBe('kafka.strimzi.io/v1');
    const spec = kafka.spec as Record<string, any>;
    expect(spec.zookeeper).toBeUndefined();
    expect(spec.kafka.replicas).toBeUndefined();
    expect(spec.kafka.storage).toBeUndefined();
    expect(spec.kafka.resources).toBeUndefined();
    expect(spec.kafka.listeners).toEqual(eventsKafka.spec.kafka.listeners);
    expect(kafka.status?.listeners?.[0]).toEqual({
      name: 'plain',
      addresses: [{ host: 'events-kafka-bootstrap.streaming.svc', port: 9092 }],
      bootstrapServers: 'events-kafka-bootstrap.streaming.svc:9092',
    });
    expect(kafka.status).not.toHaveProperty('kafkaMetadataState');
    expect(JSON.stringify(eventsKafka)).toBe(before);
  });

  it('derives the node pool Strimzi makes from spec.kafka', () => {
    const pool = normalizeKafka(eventsKafka).legacyNodePool;
    expect(pool).toEqual({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaNodePool',
      metadata: {
        name: 'kafka',
        namespace: 'streaming',
        labels: { 'strimzi.io/cluster': 'events' },
      },
      spec: {
        replicas: 3,
        roles: ['broker'],
        storage: {
          type: 'jbod',
          // v1 has no per-broker storage class overrides.
          volumes: [
            {
              id: 0,
              type: 'persistent-claim',
              size: '100Gi',
              class: 'gp2',
              deleteClaim: true,
            },
          ],
        },
        resources: { requests: { cpu: '1', memory: '4Gi' } },
      },
      status: { nodeIds: [0, 1, 2], roles: ['broker'], replicas: 3 },
    });
  });

  it('derives no pool when the Kafka says it uses node pools', () => {
    const withPools = {
      ...eventsKafka,
      metadata: {
        ...eventsKafka.metadata,
        annotations: { 'strimzi.io/node-pools': 'enabled' },
      },
    };
    expect(normalizeKafka(withPools).legacyNodePool).toBeUndefined();
  });
});

describe('normalizeNodePool and normalizeStrimziObject', () => {
  it('rewrite v1beta2 objects and drop storage overrides', () => {
    const v1beta2Pool = {
      ...brokersPool,
      apiVersion: 'kafka.strimzi.io/v1beta2',
      spec: {
        ...brokersPool.spec,
        storage: {
          type: 'persistent-claim',
          size: '100Gi',
          overrides: [{ broker: 3, class: 'gp3-a' }],
        },
      },
    };
    const pool = normalizeNodePool(v1beta2Pool);
    expect(pool.apiVersion).toBe('kafka.strimzi.io/v1');
    expect(pool.spec?.storage).toEqual({
      type: 'persistent-claim',
      size: '100Gi',
    });
    expect(v1beta2Pool.spec.storage.overrides).toHaveLength(1);

    const topic = normalizeStrimziObject(eventsTopics[0]);
    expect(topic.apiVersion).toBe('kafka.strimzi.io/v1');
    expect(topic.spec).toBe(eventsTopics[0].spec);
  });

  it('leave v1 objects as they are', () => {
    expect(normalizeNodePool(brokersPool)).toBe(brokersPool);
  });
});
