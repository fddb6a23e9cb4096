/**
 * The KafkaTopics and KafkaRebalances of the `orders` fixture (Strimzi 1.2.0,
 * `kafka.strimzi.io/v1`): a topic whose Kafka name differs from its resource
 * name, one changing its replication factor, a compacted one, an unmanaged
 * one, one the operator rejected, one not reconciled yet, and two that
 * belong elsewhere (another Kafka; another namespace).
 */
const NAMESPACE = 'kafka';
const CLUSTER = 'orders';

const topic = (
  name: string,
  spec: object,
  status: object | undefined,
  metadata: object = {},
  cluster = CLUSTER,
  namespace = NAMESPACE,
) => ({
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'KafkaTopic',
  metadata: {
    name,
    namespace,
    labels: { 'strimzi.io/cluster': cluster },
    generation: 1,
    ...metadata,
  },
  spec,
  ...(status && { status }),
});
const ready = (topicName: string, topicId: string, extra: object = {}) => ({
  conditions: [
    {
      type: 'Ready',
      status: 'True',
      lastTransitionTime: '2026-11-20T08:13:02.101Z',
    },
  ],
  observedGeneration: 1,
  topicName,
  topicId,
  ...extra,
});

export const ordersTopics = [
  topic(
    'orders-created',
    {
      topicName: 'orders.created',
      partitions: 12,
      replicas: 3,
      config: {
        'retention.ms': 604800000,
        'min.insync.replicas': 2,
        'cleanup.policy': 'delete',
        'compression.type': 'zstd',
        'max.message.bytes': 1048588,
      },
    },
    ready('orders.created', 'x8kq2ZqXTn2m3v1pWc7Ybg'),
  ),
  topic(
    'payments',
    { partitions: 6, replicas: 3, config: { 'min.insync.replicas': '2' } },
    ready('payments', 'Pz9d7QyqS0uVb5yH3kL2aA', {
      replicasChange: {
        targetReplicas: 3,
        state: 'ongoing',
        sessionId: '8a4c1f0e-2b7d-4e39-a1c5-6f9d0b3e7a21',
      },
    }),
  ),
  topic(
    'customer-profiles',
    {
      partitions: 3,
      replicas: 3,
      config: {
        'cleanup.policy': ['compact'],
        'segment.bytes': '268435456',
        'min.cleanable.dirty.ratio': 0.2,
      },
    },
    ready('customer-profiles', 'Lk2Vb8QwRZ6n0t4YcX1sMg'),
  ),
  topic(
    'legacy-audit',
    { partitions: 1, replicas: 3 },
    ready('legacy-audit', 'Ay7Qm2Vc9Z1xR4bN6uP0tw'),
    { annotations: { 'strimzi.io/managed': 'false' } },
  ),
  topic(
    'clickstream',
    { partitions: 24, replicas: 3, config: { 'retention.ms': 'seven days' } },
    {
      conditions: [
        {
          type: 'Ready',
          status: 'False',
          reason: 'KafkaError',
          message:
            'org.apache.kafka.common.errors.InvalidConfigurationException: Invalid value seven days for configuration retention.ms: Not a number of type LONG',
          lastTransitionTime: '2026-11-21T09:00:12.003Z',
        },
      ],
      observedGeneration: 1,
      topicName: 'clickstream',
    },
  ),
  topic('refunds', { partitions: 6, replicas: 3 }, undefined),
];

export const otherKafkaTopics = [
  topic('invoices', { partitions: 6, replicas: 3 }, undefined, {}, 'billing'),
  topic('orders-shadow', { partitions: 1 }, undefined, {}, CLUSTER, 'staging'),
];

export const ordersRebalances = [
  {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaRebalance',
    metadata: {
      name: 'orders-add-broker-5',
      namespace: NAMESPACE,
      labels: { 'strimzi.io/cluster': CLUSTER },
    },
    spec: { mode: 'add-brokers', brokers: [5] },
    status: {
      conditions: [
        {
          type: 'ProposalReady',
          status: 'True',
          lastTransitionTime: '2026-11-21T10:10:00.000Z',
        },
      ],
      observedGeneration: 1,
      sessionId: '3c1b7a90-5d2e-4f68-8b0a-9e4d2c1f7b36',
      optimizationResult: {
        numReplicaMovements: 212,
        numLeaderMovements: 37,
        dataToMoveMB: 48213,
        onDemandBalancednessScoreBefore: 68.4,
        onDemandBalancednessScoreAfter: 91.2,
        excludedBrokersForLeadership: [],
      },
    },
  },
];
