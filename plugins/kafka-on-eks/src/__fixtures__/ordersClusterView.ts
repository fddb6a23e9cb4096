import type { KafkaClusterView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { ordersVolumes } from './ordersVolumes';

/**
 * The orders cluster as the backend serves it: the projection of the
 * backend's `ordersCluster` fixture (Strimzi v1, KRaft, JBOD gp3 + st1), so
 * the frontend is tested against the shape the backend really produces.
 * The frontend must not depend on the backend, so this is a copy, and the
 * backend's `src/service/frontendFixture.test.ts` fails when it drifts from
 * what `buildKafkaClusterView` returns for those objects.
 */
export const ordersClusterView: KafkaClusterView = {
  location: {
    cluster: 'prod-eu',
    namespace: 'kafka',
    kafka: 'orders',
  },
  observedAt: '2026-11-21T11:59:58.000Z',
  generatedAt: '2026-11-21T12:00:00.000Z',
  strimziApiVersion: 'v1',
  kafka: {
    found: true,
    ready: 'Ready',
    warnings: [
      {
        type: 'Warning',
        reason: 'KafkaMinInsyncReplicas',
        message:
          'min.insync.replicas option is not configured. It defaults to 1 which does not guarantee reliability and availability of your data. It is recommended to configure the min.insync.replicas option in the Kafka custom resource.',
        lastTransitionTime: '2026-11-20T08:12:44.512Z',
      },
    ],
    kafkaVersion: '4.3.1',
    metadataVersion: '4.3-IV0',
    operatorVersion: '1.2.0',
    clusterId: 'Hq3n8mVfQJ2dXk1pLr7sYw',
    listeners: [
      {
        name: 'plain',
        type: 'internal',
        tls: false,
        port: 9092,
        bootstrapServers: 'orders-kafka-bootstrap.kafka.svc:9092',
        addresses: [
          {
            host: 'orders-kafka-bootstrap.kafka.svc',
            port: 9092,
          },
        ],
      },
      {
        name: 'tls',
        type: 'internal',
        tls: true,
        port: 9093,
        bootstrapServers: 'orders-kafka-bootstrap.kafka.svc:9093',
        addresses: [
          {
            host: 'orders-kafka-bootstrap.kafka.svc',
            port: 9093,
          },
        ],
      },
      {
        name: 'external',
        type: 'loadbalancer',
        tls: true,
        port: 9094,
        bootstrapServers:
          'a3f1c9e2b7d84a0c9e5f-1427718392.eu-west-1.elb.amazonaws.com:9094',
        addresses: [
          {
            host: 'a3f1c9e2b7d84a0c9e5f-1427718392.eu-west-1.elb.amazonaws.com',
            port: 9094,
          },
        ],
      },
    ],
    controllerNodeIds: [0, 1, 2],
    brokerNodeIds: [3, 4, 5],
    generation: 4,
    observedGeneration: 3,
    reconciled: false,
    autoRebalanceState: 'Idle',
    autoRebalance: {
      state: 'Idle',
      lastTransitionTime: '2026-11-20T08:12:44.531Z',
    },
  },
  nodePools: [
    {
      name: 'brokers',
      definedBy: 'KafkaNodePool',
      roles: ['broker'],
      replicas: 3,
      nodeIds: [3, 4, 5],
      storage: [
        {
          id: 0,
          type: 'persistent-claim',
          class: 'gp3',
          size: {
            quantity: '600Gi',
            bytes: 644245094400,
          },
          kraftMetadata: true,
          deleteClaim: false,
        },
        {
          id: 1,
          type: 'persistent-claim',
          class: 'st1',
          size: {
            quantity: '1200Gi',
            bytes: 1288490188800,
          },
          kraftMetadata: false,
          deleteClaim: true,
        },
      ],
      resources: {
        requests: {
          cpu: '2',
          memory: '8Gi',
        },
        limits: {
          memory: '8Gi',
        },
      },
      pods: [
        {
          name: 'orders-brokers-3',
          nodeId: 3,
          phase: 'Running',
          ready: true,
          node: 'ip-10-20-1-17.eu-west-1.compute.internal',
          zone: 'eu-west-1a',
          restartCount: 0,
        },
        {
          name: 'orders-brokers-4',
          nodeId: 4,
          phase: 'Running',
          ready: true,
          node: 'ip-10-20-2-41.eu-west-1.compute.internal',
          zone: 'eu-west-1b',
          restartCount: 0,
        },
        {
          name: 'orders-brokers-5',
          nodeId: 5,
          phase: 'Running',
          ready: false,
          node: 'ip-10-20-3-88.eu-west-1.compute.internal',
          zone: 'eu-west-1c',
          restartCount: 4,
        },
      ],
      podsReady: 2,
      kubernetesNodes: {
        total: 4,
        ready: 3,
        byZone: {
          'eu-west-1a': { total: 1, ready: 1 },
          'eu-west-1b': { total: 1, ready: 1 },
          'eu-west-1c': { total: 2, ready: 1 },
        },
        readyNodeNames: [
          'ip-10-20-1-17.eu-west-1.compute.internal',
          'ip-10-20-2-41.eu-west-1.compute.internal',
          'ip-10-20-3-88.eu-west-1.compute.internal',
        ],
      },
    },
    {
      name: 'controllers',
      definedBy: 'KafkaNodePool',
      roles: ['controller'],
      replicas: 3,
      nodeIds: [0, 1, 2],
      storage: [
        {
          type: 'persistent-claim',
          class: 'gp3',
          size: {
            quantity: '20Gi',
            bytes: 21474836480,
          },
          kraftMetadata: true,
          deleteClaim: true,
        },
      ],
      resources: {
        requests: {
          cpu: '1',
          memory: '2Gi',
        },
        limits: {
          memory: '2Gi',
        },
      },
      pods: [
        {
          name: 'orders-controllers-0',
          nodeId: 0,
          phase: 'Running',
          ready: true,
          node: 'ip-10-20-1-17.eu-west-1.compute.internal',
          zone: 'eu-west-1a',
          restartCount: 0,
        },
        {
          name: 'orders-controllers-1',
          nodeId: 1,
          phase: 'Running',
          ready: true,
          node: 'ip-10-20-2-41.eu-west-1.compute.internal',
          zone: 'eu-west-1b',
          restartCount: 0,
        },
        {
          name: 'orders-controllers-2',
          nodeId: 2,
          phase: 'Running',
          ready: true,
          node: 'ip-10-20-3-88.eu-west-1.compute.internal',
          zone: 'eu-west-1c',
          restartCount: 0,
        },
      ],
      podsReady: 3,
    },
  ],
  topics: [
    {
      name: 'clickstream',
      resourceName: 'clickstream',
      partitions: 24,
      replicas: 3,
      config: {
        'retention.ms': 'seven days',
      },
      status: 'NotReady',
      message:
        'org.apache.kafka.common.errors.InvalidConfigurationException: Invalid value seven days for configuration retention.ms: Not a number of type LONG',
    },
    {
      name: 'customer-profiles',
      resourceName: 'customer-profiles',
      topicId: 'Lk2Vb8QwRZ6n0t4YcX1sMg',
      partitions: 3,
      replicas: 3,
      cleanupPolicy: 'compact',
      config: {
        'segment.bytes': '268435456',
        'min.cleanable.dirty.ratio': '0.2',
      },
      status: 'Ready',
    },
    {
      name: 'legacy-audit',
      resourceName: 'legacy-audit',
      topicId: 'Ay7Qm2Vc9Z1xR4bN6uP0tw',
      partitions: 1,
      replicas: 3,
      config: {},
      status: 'Unmanaged',
    },
    {
      name: 'orders.created',
      resourceName: 'orders-created',
      topicId: 'x8kq2ZqXTn2m3v1pWc7Ybg',
      partitions: 12,
      replicas: 3,
      minInsyncReplicas: 2,
      retentionMs: 604800000,
      cleanupPolicy: 'delete',
      config: {
        'compression.type': 'zstd',
        'max.message.bytes': '1048588',
      },
      status: 'Ready',
    },
    {
      name: 'payments',
      resourceName: 'payments',
      topicId: 'Pz9d7QyqS0uVb5yH3kL2aA',
      partitions: 6,
      replicas: 3,
      minInsyncReplicas: 2,
      config: {},
      status: 'Ready',
      replicasChange: {
        targetReplicas: 3,
        state: 'ongoing',
      },
    },
    {
      name: 'refunds',
      resourceName: 'refunds',
      partitions: 6,
      replicas: 3,
      config: {},
      status: 'Unknown',
    },
  ],
  rebalances: [
    {
      name: 'orders-add-broker-5',
      mode: 'add-brokers',
      brokers: [5],
      state: 'ProposalReady',
      proposal: {
        dataToMoveMB: 48213,
        numReplicaMovements: 212,
        numLeaderMovements: 37,
        onDemandBalancednessScoreBefore: 68.4,
        onDemandBalancednessScoreAfter: 91.2,
      },
      allowedActions: ['approve', 'refresh'],
    },
  ],
  volumes: ordersVolumes,
  gitops: { installed: false },
  errors: [],
};
