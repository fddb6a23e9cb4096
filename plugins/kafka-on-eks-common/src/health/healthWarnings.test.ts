import type {
  KafkaClusterView,
  KafkaNodePoolView,
  KafkaPodView,
  KafkaResourceView,
  KafkaTopicView,
  KafkaVolumeView,
} from '../view/types';
import { findHealthWarnings, type KafkaHealthWarning } from './healthWarnings';

const GiB = 2 ** 30;

function pod(nodeId: number, zone: string, ready = true): KafkaPodView {
  return {
    name: `orders-brokers-${nodeId}`,
    nodeId,
    phase: 'Running',
    ready,
    zone,
    restartCount: 0,
  };
}

function brokerPool(pods: KafkaPodView[]): KafkaNodePoolView {
  return {
    name: 'brokers',
    definedBy: 'KafkaNodePool',
    roles: ['broker'],
    replicas: pods.length,
    nodeIds: pods.map(p => p.nodeId!),
    storage: [],
    pods,
    podsReady: pods.filter(p => p.ready).length,
  };
}

function topic(name: string, extra: Partial<KafkaTopicView> = {}) {
  return {
    name,
    resourceName: name,
    partitions: 6,
    replicas: 3,
    minInsyncReplicas: 2,
    config: {},
    status: 'Ready',
    ...extra,
  } satisfies KafkaTopicView;
}

function volume(pvc: string, extra: Partial<KafkaVolumeView> = {}) {
  return {
    pvc,
    requested: { quantity: '500Gi', bytes: 500 * GiB },
    capacity: { quantity: '500Gi', bytes: 500 * GiB },
    resizePending: false,
    storageClass: 'gp3',
    ebsType: 'gp3',
    allowVolumeExpansion: true,
    ...extra,
  } satisfies KafkaVolumeView;
}

const readyKafka: KafkaResourceView = {
  found: true,
  ready: 'Ready',
  warnings: [],
  listeners: [],
  controllerNodeIds: [0, 1, 2],
  brokerNodeIds: [3, 4, 5],
  reconciled: true,
};

/** Three brokers in three zones, replicated topics, expandable gp3 volumes. */
function healthyView(): KafkaClusterView {
  return {
    location: { cluster: 'prod-eu', namespace: 'kafka', kafka: 'orders' },
    generatedAt: '2026-11-21T12:00:00.000Z',
    observedAt: '2026-11-21T12:00:00.000Z',
    kafka: readyKafka,
    nodePools: [
      brokerPool([
        pod(3, 'eu-west-1a'),
        pod(4, 'eu-west-1b'),
        pod(5, 'eu-west-1c'),
      ]),
    ],
    topics: [topic('orders.created'), topic('payments')],
    rebalances: [],
    volumes: [volume('data-0-orders-brokers-3')],
    errors: [],
  };
}

type Case = [
  description: string,
  change: (view: KafkaClusterView) => KafkaClusterView,
  expected: Array<Partial<Record<keyof KafkaHealthWarning, unknown>>>,
];

const cases: Case[] = [
  ['a healthy cluster', v => v, []],
  [
    'a StorageClass that cannot expand',
    v => ({
      ...v,
      volumes: [
        volume('data-0-orders-brokers-3', {
          storageClass: 'gp2-fixed',
          allowVolumeExpansion: false,
        }),
        volume('data-0-orders-brokers-4', {
          storageClass: 'gp2-fixed',
          allowVolumeExpansion: false,
        }),
      ],
    }),
    [
      {
        severity: 'warning',
        title: 'StorageClass gp2-fixed cannot expand volumes',
        detail: expect.stringContaining(
          '2 volumes on it (data-0-orders-brokers-3, data-0-orders-brokers-4) cannot grow',
        ),
        subject: 'StorageClass gp2-fixed',
      },
    ],
  ],
  [
    'a replication factor above the broker count',
    v => ({ ...v, topics: [topic('audit', { replicas: 4 })] }),
    [
      {
        severity: 'error',
        title: 'Replication factor above the 3 brokers: 1 topic',
        detail: expect.stringContaining('audit (RF 4) on 3 brokers'),
        subject: 'KafkaTopic audit',
      },
    ],
  ],
  [
    'min ISR equal to the replication factor',
    v => ({
      ...v,
      topics: [
        topic('strict', { minInsyncReplicas: 3 }),
        // RF 1 is its own risk; min ISR 1 adds nothing.
        topic('scratch', { replicas: 1, minInsyncReplicas: 1 }),
      ],
    }),
    [
      {
        severity: 'warning',
        title: 'Min ISR not below the replication factor: 1 topic',
        detail:
          'strict (min.insync.replicas 3, RF 3): writes with acks=all fail as soon as one broker is down.',
      },
    ],
  ],
  [
    'all brokers in two zones',
    v => ({
      ...v,
      nodePools: [
        brokerPool([
          pod(3, 'eu-west-1a'),
          pod(4, 'eu-west-1b'),
          pod(5, 'eu-west-1a'),
        ]),
      ],
    }),
    [
      {
        severity: 'warning',
        title: 'Brokers in 2 zones only',
        detail: expect.stringContaining(
          '3 broker pods run in eu-west-1a, eu-west-1b',
        ),
      },
    ],
  ],
  [
    'controllers over two zones, as a 2-zone request places them',
    v => ({
      ...v,
      nodePools: [
        ...v.nodePools,
        {
          ...brokerPool([
            pod(0, 'eu-west-1a'),
            pod(1, 'eu-west-1b'),
            pod(2, 'eu-west-1a'),
          ]),
          name: 'controllers',
          roles: ['controller'],
        },
      ],
    }),
    [
      {
        severity: 'warning',
        title: 'Controllers in 2 zones: no zone-failure tolerance',
        detail: expect.stringContaining(
          'eu-west-1a runs 2 of 3 KRaft controllers, a majority: a zone outage there loses the controller quorum',
        ),
        subject: 'Zone eu-west-1a',
      },
    ],
  ],
  [
    'controllers over three zones',
    v => ({
      ...v,
      nodePools: [
        ...v.nodePools,
        {
          ...brokerPool([
            pod(0, 'eu-west-1a'),
            pod(1, 'eu-west-1b'),
            pod(2, 'eu-west-1c'),
          ]),
          name: 'controllers',
          roles: ['controller'],
        },
      ],
    }),
    [],
  ],
  [
    'a zone with more than its share of brokers',
    v => ({
      ...v,
      kafka: { ...readyKafka, brokerNodeIds: [3, 4, 5, 6, 7, 8] },
      nodePools: [
        brokerPool([
          pod(3, 'eu-west-1a'),
          pod(4, 'eu-west-1a'),
          pod(5, 'eu-west-1a'),
          pod(6, 'eu-west-1a'),
          pod(7, 'eu-west-1b'),
          pod(8, 'eu-west-1c'),
        ]),
      ],
    }),
    [
      {
        title: 'Brokers unevenly spread across zones',
        detail: expect.stringContaining('eu-west-1a runs 4 of 6 brokers'),
        subject: 'Zone eu-west-1a',
      },
    ],
  ],
  [
    'a gp3 volume above 85 % of 64 TiB',
    v => ({
      ...v,
      volumes: [
        volume('data-0-orders-brokers-3', {
          requested: { quantity: '60Ti', bytes: 60 * 1024 * GiB },
        }),
      ],
    }),
    [
      {
        title: 'data-0-orders-brokers-3 near the gp3 size limit',
        detail: expect.stringContaining('60 TiB is 94 % of the 64 TiB maximum'),
      },
    ],
  ],
  [
    'an st1 volume above 85 % of 16 TiB',
    v => ({
      ...v,
      volumes: [
        volume('data-1-orders-brokers-3', {
          ebsType: 'st1',
          capacity: { quantity: '14Ti', bytes: 14 * 1024 * GiB },
        }),
      ],
    }),
    [{ title: 'data-1-orders-brokers-3 near the st1 size limit' }],
  ],
  [
    'a failed resize',
    v => ({
      ...v,
      volumes: [
        volume('data-0-orders-brokers-3', {
          resizeError: 'ModifyVolume failed: rate exceeded\nretrying',
        }),
      ],
    }),
    [
      {
        severity: 'error',
        title: 'Resize of data-0-orders-brokers-3 failed',
        detail: 'ModifyVolume failed: rate exceeded',
      },
    ],
  ],
  [
    'a NotReady Kafka with its Warning condition',
    v => ({
      ...v,
      kafka: {
        ...readyKafka,
        ready: 'NotReady',
        reason: 'InvalidResourceException',
        message: 'Node pool brokers has no storage',
        warnings: [
          { type: 'Warning', reason: 'UnusedKafkaNodePools', message: 'x' },
        ],
      },
    }),
    [
      {
        severity: 'error',
        title: 'Kafka orders is NotReady',
        detail: 'InvalidResourceException: Node pool brokers has no storage',
      },
      { severity: 'warning', title: 'UnusedKafkaNodePools' },
    ],
  ],
  [
    'a missing Kafka that no error explains',
    v => ({ ...v, kafka: { found: false } }),
    [{ severity: 'error', title: 'Kafka orders not found' }],
  ],
  [
    'a missing Kafka on an unreachable cluster (the error says why)',
    v => ({
      ...v,
      kafka: { found: false },
      errors: [{ scope: 'cluster', type: 'unreachable', message: 'timeout' }],
    }),
    [],
  ],
  [
    'NotReady topics, counted',
    v => ({
      ...v,
      topics: [
        topic('a', { status: 'NotReady', message: 'Invalid retention.ms' }),
        topic('b', { status: 'NotReady' }),
        topic('c', { status: 'Unmanaged' }),
      ],
    }),
    [
      {
        title: '2 topics NotReady',
        detail: 'a: Invalid retention.ms (and 1 more)',
        subject: 'KafkaTopic a, b',
      },
    ],
  ],
  [
    'a node pool with a pod not ready and one missing',
    v => ({
      ...v,
      nodePools: [
        {
          ...brokerPool([
            pod(3, 'eu-west-1a'),
            pod(4, 'eu-west-1b'),
            { ...pod(5, 'eu-west-1c', false), restartCount: 4 },
          ]),
          replicas: 4,
        },
      ],
    }),
    [
      {
        title: 'Node pool brokers: 2/4 pods ready',
        detail:
          'orders-brokers-5 not ready (Running, 4 restarts); 1 pod missing.',
        subject: 'KafkaNodePool brokers',
      },
    ],
  ],
];

describe('findHealthWarnings', () => {
  it.each(cases)('%s', (_description, change, expected) => {
    const warnings = findHealthWarnings(change(healthyView()));
    expect(warnings).toEqual(expected.map(w => expect.objectContaining(w)));
  });

  it('names three topics and counts the rest', () => {
    const topics = ['a', 'b', 'c', 'd', 'e'].map(name =>
      topic(name, { replicas: 5 }),
    );
    const [warning] = findHealthWarnings({ ...healthyView(), topics });
    expect(warning.subject).toBe('KafkaTopic a, b, c +2 more');
    expect(warning.detail).toContain('c (RF 5) and 2 more');
  });

  it('puts errors before warnings', () => {
    const view = healthyView();
    const warnings = findHealthWarnings({
      ...view,
      topics: [
        topic('strict', { minInsyncReplicas: 3 }),
        topic('wide', { replicas: 7 }),
      ],
    });
    expect(warnings.map(w => w.severity)).toEqual(['error', 'warning']);
  });

  it('keeps each detail on one line', () => {
    const warnings = findHealthWarnings({
      ...healthyView(),
      kafka: { ...readyKafka, ready: 'NotReady', message: 'line 1\nline 2' },
    });
    expect(warnings[0].detail).toBe('line 1');
  });
});
