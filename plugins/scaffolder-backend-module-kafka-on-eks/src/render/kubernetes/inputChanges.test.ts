import { requestWith } from '../__fixtures__/requests';
import { KMS_KEY_ARN, PORTAL_ROLE_ARN } from './__testUtils__/requests';
import {
  documentsOfKind,
  onlyDocument,
  renderDocuments,
  type ParsedDocument,
} from './__testUtils__/documents';

type Fact = [
  what: string,
  read: (docs: ParsedDocument[]) => unknown,
  expected: unknown,
];

const kafka = (docs: ParsedDocument[]) => onlyDocument(docs, 'Kafka').spec;
const pool = (docs: ParsedDocument[], name: string) =>
  onlyDocument(docs, 'KafkaNodePool', name).spec;
const volume = (docs: ParsedDocument[], name: string) =>
  pool(docs, name).storage.volumes[0];
const spread = (docs: ParsedDocument[], name: string) =>
  pool(docs, name).template.pod.topologySpreadConstraints[0];
const topic = (docs: ParsedDocument[], topicName: string) =>
  documentsOfKind(docs, 'KafkaTopic').find(t => t.spec.topicName === topicName);
const application = (docs: ParsedDocument[], name: string) =>
  onlyDocument(docs, 'Application', name).spec;
const replication = (docs: ParsedDocument[]) => {
  const config = kafka(docs).kafka.config;
  return [
    config['default.replication.factor'],
    config['min.insync.replicas'],
    config['offsets.topic.replication.factor'],
    config['transaction.state.log.replication.factor'],
    config['transaction.state.log.min.isr'],
  ];
};
const goalConfig = (docs: ParsedDocument[], key: string) =>
  kafka(docs)
    .cruiseControl?.config?.[key]?.split(',')
    .map((g: string) => g.replace(/.*\./, ''));

/**
 * Each row changes the default request and names the output facts that
 * change with it. Every fact must equal the expected value and differ from
 * the default request's, so a row fails if the input never arrives.
 */
const CHANGES: Array<{ input: Record<string, unknown>; facts: Fact[] }> = [
  {
    input: { zones: 2 },
    facts: [
      ['broker spread minDomains', d => spread(d, 'broker').minDomains, 2],
      [
        'controller spread minDomains',
        d => spread(d, 'controller').minDomains,
        2,
      ],
      [
        'Cruise Control hard goals (3 replicas cannot sit in 2 zones)',
        d => goalConfig(d, 'hard.goals'),
        [
          'RackAwareDistributionGoal',
          'ReplicaCapacityGoal',
          'DiskCapacityGoal',
          'CpuCapacityGoal',
        ],
      ],
    ],
  },
  {
    input: { brokers: { storageClass: 'st1', volumeSizeGi: 2000 } },
    facts: [
      ['broker volume class', d => volume(d, 'broker').class, 'kafka-st1'],
      ['broker volume size', d => volume(d, 'broker').size, '2000Gi'],
    ],
  },
  {
    input: { brokers: { replicas: 1 }, topics: [] },
    facts: [
      ['replication settings', replication, [1, 1, 1, 1, 1]],
      ['broker replicas', d => pool(d, 'broker').replicas, 1],
      // Strimzi rejects Cruise Control with fewer than two brokers.
      ['Cruise Control', d => kafka(d).cruiseControl, undefined],
      [
        'rebalance templates',
        d => documentsOfKind(d, 'KafkaRebalance').length,
        0,
      ],
    ],
  },
  {
    input: { brokers: { replicas: 2 }, topics: [] },
    facts: [
      ['replication settings', replication, [2, 1, 2, 2, 1]],
      ['broker replicas', d => pool(d, 'broker').replicas, 2],
    ],
  },
  {
    input: { brokers: { replicas: 6 } },
    facts: [['broker replicas', d => pool(d, 'broker').replicas, 6]],
  },
  {
    input: {
      topics: [
        {
          name: 'payments',
          partitions: 30,
          replicationFactor: 2,
          retentionHours: 36,
          cleanupPolicy: 'delete',
        },
      ],
    },
    facts: [
      ['partitions', d => topic(d, 'payments')?.spec.partitions, 30],
      ['replicas', d => topic(d, 'payments')?.spec.replicas, 2],
      [
        'retention.ms = hours x 3,600,000',
        d => topic(d, 'payments')?.spec.config['retention.ms'],
        129_600_000,
      ],
      [
        'cleanup.policy',
        d => topic(d, 'payments')?.spec.config['cleanup.policy'],
        'delete',
      ],
      // Below the topic's own factor of 2, though the cluster's is 2.
      [
        'min.insync.replicas',
        d => topic(d, 'payments')?.spec.config['min.insync.replicas'],
        1,
      ],
      [
        'cluster label',
        d => topic(d, 'payments')?.metadata.labels['strimzi.io/cluster'],
        'orders',
      ],
    ],
  },
  {
    input: { topics: [{ name: 'Orders_Created' }] },
    facts: [
      [
        'topicName',
        d => topic(d, 'Orders_Created')?.spec.topicName,
        'Orders_Created',
      ],
      [
        'a valid metadata.name',
        d =>
          /^orders-created-[0-9a-f]{10}$/.test(
            topic(d, 'Orders_Created')?.metadata.name,
          ),
        true,
      ],
    ],
  },
  {
    input: { controllers: { replicas: 5 } },
    facts: [['controller replicas', d => pool(d, 'controller').replicas, 5]],
  },
  {
    input: { controllers: { volumeSizeGi: 50, instanceType: 'm7i.xlarge' } },
    facts: [
      ['controller volume size', d => volume(d, 'controller').size, '50Gi'],
      [
        'controller CPU request',
        d => pool(d, 'controller').resources.requests.cpu,
        '3500m',
      ],
    ],
  },
  {
    input: { kafkaVersion: '4.2.1' },
    facts: [
      ['version', d => kafka(d).kafka.version, '4.2.1'],
      ['metadataVersion', d => kafka(d).kafka.metadataVersion, '4.2-IV1'],
    ],
  },
  {
    input: {
      brokers: { iops: 6000, throughputMiBps: 250 },
    },
    facts: [
      [
        'broker volumeAttributesClass',
        d => volume(d, 'broker').volumeAttributesClass,
        'kafka-gp3-6000-250',
      ],
    ],
  },
  {
    input: { brokers: { iops: 4000 } },
    facts: [
      [
        'broker volumeAttributesClass',
        d => volume(d, 'broker').volumeAttributesClass,
        'kafka-gp3-4000-125',
      ],
    ],
  },
  {
    input: { brokers: { throughputMiBps: 500 } },
    facts: [
      [
        'broker volumeAttributesClass',
        d => volume(d, 'broker').volumeAttributesClass,
        'kafka-gp3-3000-500',
      ],
    ],
  },
  {
    input: { brokers: { instanceType: 'r7i.2xlarge' } },
    facts: [
      [
        'broker resources',
        d => pool(d, 'broker').resources,
        {
          requests: { cpu: '7500m', memory: '48Gi' },
          limits: { cpu: '8', memory: '48Gi' },
        },
      ],
    ],
  },
  {
    input: {
      repoUrl: 'gitlab.example.com?owner=platform/data&repo=orders-gitops',
    },
    facts: [
      [
        'Kafka app repoURL',
        d => application(d, 'orders-kafka').source.repoURL,
        'git@gitlab.example.com:platform/data/orders-gitops.git',
      ],
      [
        'operator app namespace source',
        d => application(d, 'strimzi-operator').sources[1].repoURL,
        'git@gitlab.example.com:platform/data/orders-gitops.git',
      ],
    ],
  },
  {
    input: { gitopsRevision: 'release/2026-q3' },
    facts: [
      [
        'Kafka app revision',
        d => application(d, 'orders-kafka').source.targetRevision,
        'release/2026-q3',
      ],
      [
        'Strimzi CRDs app revision',
        d => application(d, 'strimzi-crds').source.targetRevision,
        'release/2026-q3',
      ],
    ],
  },
  {
    input: { clientAuthentication: 'tls' },
    facts: [
      [
        'listener authentication',
        d => kafka(d).kafka.listeners.map((l: any) => l.authentication.type),
        ['tls'],
      ],
    ],
  },
  {
    input: { ebsKmsKeyArn: KMS_KEY_ARN },
    facts: [
      [
        'StorageClass KMS keys',
        d => documentsOfKind(d, 'StorageClass').map(c => c.parameters.kmsKeyId),
        [KMS_KEY_ARN, KMS_KEY_ARN],
      ],
    ],
  },
  {
    input: { portalRoleArn: PORTAL_ROLE_ARN },
    facts: [
      [
        'portal binding group',
        d =>
          documentsOfKind(d, 'ClusterRoleBinding').map(b => b.subjects[0].name),
        ['kafka-on-eks-portal'],
      ],
    ],
  },
  {
    input: { name: 'payments' },
    facts: [
      ['Kafka name', d => onlyDocument(d, 'Kafka').metadata.name, 'payments'],
      [
        'pool cluster label',
        d =>
          onlyDocument(d, 'KafkaNodePool', 'broker').metadata.labels[
            'strimzi.io/cluster'
          ],
        'payments',
      ],
      [
        'spread selector',
        d =>
          spread(d, 'broker').labelSelector.matchLabels['strimzi.io/cluster'],
        'payments',
      ],
      [
        'Kafka app name',
        d =>
          documentsOfKind(d, 'Application')
            .map(a => a.metadata.name)
            .sort(),
        [
          'cert-manager',
          'kube-prometheus-stack',
          'payments-kafka',
          'prometheus-operator-crds',
          'strimzi-crds',
          'strimzi-drain-cleaner',
          'strimzi-operator',
        ],
      ],
      [
        'metrics ConfigMap',
        d => kafka(d).kafka.metricsConfig.valueFrom.configMapKeyRef.name,
        'payments-kafka-metrics',
      ],
      [
        'auto-rebalance template',
        d =>
          kafka(d).cruiseControl.autoRebalance.map((r: any) => r.template.name),
        ['payments-auto-rebalance', 'payments-auto-rebalance'],
      ],
    ],
  },
];

describe('input changes reach the manifests', () => {
  const baseline = renderDocuments(requestWith());

  describe.each(CHANGES.map(c => [JSON.stringify(c.input), c] as const))(
    '%s',
    (_title, change) => {
      const changed = renderDocuments(requestWith(change.input));
      it.each(change.facts)('%s', (_what, read, expected) => {
        expect(read(changed)).toEqual(expected);
        expect(read(baseline)).not.toEqual(expected);
      });
    },
  );

  it.each([
    [1, [1, 1, 1, 1, 1]],
    [2, [2, 1, 2, 2, 1]],
    [3, [3, 2, 3, 3, 2]],
    [6, [3, 2, 3, 3, 2]],
  ])('%i brokers give replication settings %j', (replicas, expected) => {
    expect(
      replication(
        renderDocuments(requestWith({ brokers: { replicas }, topics: [] })),
      ),
    ).toEqual(expected);
  });

  it('leaves the controllers without a VolumeAttributesClass, and plain gp3 brokers too', () => {
    const withIops = renderDocuments(
      requestWith({
        brokers: { iops: 6000, throughputMiBps: 250 },
      }),
    );
    expect(volume(withIops, 'controller')).not.toHaveProperty(
      'volumeAttributesClass',
    );
    expect(volume(baseline, 'broker')).not.toHaveProperty(
      'volumeAttributesClass',
    );
    expect(volume(baseline, 'broker').class).toBe('kafka-gp3');
  });

  it('keeps the controllers on gp3 when the brokers use st1', () => {
    const st1 = renderDocuments(
      requestWith({ brokers: { storageClass: 'st1', volumeSizeGi: 2000 } }),
    );
    expect(volume(st1, 'controller')).toMatchObject({
      class: 'kafka-gp3',
      size: '20Gi',
    });
  });
});
