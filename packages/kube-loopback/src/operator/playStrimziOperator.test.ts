import { playNodeGroup } from '../nodes/playNodeGroup';
import { playStrimziOperator } from './playStrimziOperator';

const labels = { 'strimzi.io/cluster': 'clicks' };
// What the generated pools require: their own node group's nodes.
const onNodeGroup = (group: string) => ({
  pod: {
    affinity: {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            {
              matchExpressions: [
                { key: 'kafka-on-eks/pool', operator: 'In', values: [group] },
              ],
            },
          ],
        },
      },
    },
  },
});
const pool = (
  name: string,
  roles: string[],
  replicas: number,
  volume: object,
  // null: no template of its own.
  template: object | null = onNodeGroup(name),
) => ({
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'KafkaNodePool',
  metadata: { name, namespace: 'kafka', labels },
  spec: {
    replicas,
    roles,
    ...(template && { template }),
    storage: {
      type: 'jbod',
      volumes: [
        {
          id: 0,
          type: 'persistent-claim',
          kraftMetadata: 'shared',
          deleteClaim: false,
          ...volume,
        },
      ],
    },
  },
});
const manifests: any[] = [
  {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    metadata: { name: 'clicks', namespace: 'kafka' },
    spec: {
      kafka: {
        version: '4.3.1',
        metadataVersion: '4.3-IV0',
        listeners: [
          { name: 'plain', port: 9092, type: 'internal', tls: false },
          { name: 'tls', port: 9093, type: 'internal', tls: true },
        ],
      },
    },
  },
  // Brokers first in the files: ids still go to the controllers first.
  pool('broker', ['broker'], 4, { size: '2000Gi', class: 'st1' }),
  pool('controller', ['controller'], 3, { size: '20Gi', class: 'gp3' }),
  {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: 'clicks.raw', namespace: 'kafka', labels },
    spec: { partitions: 24, replicas: 3 },
  },
];

describe('playStrimziOperator', () => {
  const objects: any[] = playStrimziOperator(manifests, {
    zones: ['eu-west-1a', 'eu-west-1b'],
    now: '2026-11-27T08:00:00Z',
  });
  const ofKind = (kind: string) => objects.filter(o => o.kind === kind);

  it('marks the Kafka Ready with its listeners and versions', () => {
    const [kafka] = ofKind('Kafka');
    expect(kafka.status.conditions).toEqual([
      expect.objectContaining({ type: 'Ready', status: 'True' }),
    ]);
    expect(kafka.status.kafkaMetadataVersion).toBe('4.3-IV0');
    expect(kafka.status.listeners.map((l: any) => l.bootstrapServers)).toEqual([
      'clicks-kafka-bootstrap.kafka.svc:9092',
      'clicks-kafka-bootstrap.kafka.svc:9093',
    ]);
  });

  it('numbers the controllers first, then the brokers', () => {
    const ids = Object.fromEntries(
      ofKind('KafkaNodePool').map(p => [p.metadata.name, p.status.nodeIds]),
    );
    expect(ids).toEqual({ controller: [0, 1, 2], broker: [3, 4, 5, 6] });
  });

  it('runs one pod per node, round-robin over the zones', () => {
    const pods = ofKind('Pod');
    expect(pods.map(p => p.metadata.name).sort()).toEqual([
      'clicks-broker-3',
      'clicks-broker-4',
      'clicks-broker-5',
      'clicks-broker-6',
      'clicks-controller-0',
      'clicks-controller-1',
      'clicks-controller-2',
    ]);
    const brokerZones = pods
      .filter(p => p.metadata.labels['strimzi.io/pool-name'] === 'broker')
      .map(p => p.metadata.labels['topology.kubernetes.io/zone']);
    expect(new Set(brokerZones)).toEqual(new Set(['eu-west-1a', 'eu-west-1b']));
  });

  it('schedules each pod on a Ready node of its zone that meets the pool affinity', () => {
    const nodes = new Map(ofKind('Node').map(n => [n.metadata.name, n]));
    const pods = ofKind('Pod');
    expect(nodes.size).toBe(pods.length);
    for (const pod of pods) {
      const node = nodes.get(pod.spec.nodeName);
      expect(node.metadata.labels).toMatchObject({
        'kafka-on-eks/pool': pod.metadata.labels['strimzi.io/pool-name'],
        'topology.kubernetes.io/zone':
          pod.metadata.labels['topology.kubernetes.io/zone'],
      });
      expect(
        node.status.conditions.find((c: any) => c.type === 'Ready').status,
      ).toBe('True');
      expect(pod.spec.affinity.nodeAffinity).toBeDefined();
    }
  });

  it('names the nodes as playNodeGroup does, so growing the node group keeps them', () => {
    // 4 brokers over 2 zones: 2 per zone.
    const brokerNodes = ofKind('Node')
      .filter(n => n.metadata.labels['kafka-on-eks/pool'] === 'broker')
      .map(n => n.metadata.name)
      .sort();
    const group = playNodeGroup({
      pool: 'broker',
      zones: ['eu-west-1a', 'eu-west-1b'],
      nodesPerZone: 2,
    }).map((n: any) => n.metadata.name);
    expect(brokerNodes).toEqual(group.sort());
  });

  it("falls back to the Kafka's pod template, and gives unconstrained pools nodes of their own", () => {
    const [kafka] = manifests;
    const shared: any[] = playStrimziOperator(
      [
        {
          ...kafka,
          spec: {
            ...kafka.spec,
            kafka: { ...kafka.spec.kafka, template: onNodeGroup('shared') },
          },
        },
        pool('broker', ['broker'], 2, { size: '10Gi' }, null),
        pool('controller', ['controller'], 1, { size: '10Gi' }, null),
      ],
      { zones: ['eu-west-1a'], now: '2026-11-27T08:00:00Z' },
    );
    const nodes = shared.filter(o => o.kind === 'Node');
    expect(nodes.map(n => n.metadata.labels['kafka-on-eks/pool'])).toEqual([
      'shared',
      'shared',
      'shared',
    ]);
    expect(new Set(nodes.map(n => n.metadata.name)).size).toBe(3);

    const free: any[] = playStrimziOperator(
      [kafka, pool('broker', ['broker'], 1, { size: '10Gi' }, null)],
      { zones: ['eu-west-1a'], now: '2026-11-27T08:00:00Z' },
    );
    const [node] = free.filter(o => o.kind === 'Node');
    expect(node.metadata.labels['kafka-on-eks/pool']).toBeUndefined();
    expect(node.metadata.labels['topology.kubernetes.io/zone']).toBe(
      'eu-west-1a',
    );
  });

  it('binds a claim of the pool class and size to an EBS volume in the pod zone', () => {
    const claim = ofKind('PersistentVolumeClaim').find(
      c => c.metadata.name === 'data-0-clicks-broker-3',
    );
    expect(claim.spec).toMatchObject({
      storageClassName: 'st1',
      resources: { requests: { storage: '2000Gi' } },
    });
    expect(claim.status).toMatchObject({
      phase: 'Bound',
      capacity: { storage: '2000Gi' },
    });
    const volume = ofKind('PersistentVolume').find(
      v => v.metadata.name === claim.spec.volumeName,
    );
    expect(volume.spec.csi.volumeHandle).toMatch(/^vol-0[0-9a-f]{16}$/);
    expect(volume.spec.claimRef.name).toBe('data-0-clicks-broker-3');
    const pod = ofKind('Pod').find(p => p.metadata.name === 'clicks-broker-3');
    expect(
      volume.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0]
        .values,
    ).toEqual([pod.metadata.labels['topology.kubernetes.io/zone']]);
  });

  it('creates the StorageClasses the pools use, and marks topics Ready', () => {
    expect(
      ofKind('StorageClass')
        .map(c => c.metadata.name)
        .sort(),
    ).toEqual(['gp3', 'st1']);
    expect(ofKind('StorageClass').every(c => c.allowVolumeExpansion)).toBe(
      true,
    );
    const [topic] = ofKind('KafkaTopic');
    expect(topic.status.conditions[0]).toMatchObject({
      type: 'Ready',
      status: 'True',
    });
    expect(topic.status.topicName).toBe('clicks.raw');
  });

  it('leaves StorageClasses and VolumeAttributesClasses the manifests bring to them', () => {
    const own = [
      {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: 'st1' },
        provisioner: 'ebs.csi.aws.com',
        parameters: { type: 'st1' },
      },
      {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'VolumeAttributesClass',
        metadata: { name: 'kafka-gp3-6000-250' },
        driverName: 'ebs.csi.aws.com',
        parameters: { iops: '6000', throughput: '250' },
      },
    ];
    const withOwn: any[] = playStrimziOperator(
      [
        ...manifests.filter(m => m.kind !== 'KafkaNodePool'),
        pool('broker', ['broker'], 4, {
          size: '2000Gi',
          class: 'st1',
          volumeAttributesClass: 'kafka-gp3-6000-250',
        }),
        pool('controller', ['controller'], 3, { size: '20Gi', class: 'gp3' }),
        ...own,
      ],
      { zones: ['eu-west-1a'], now: '2026-11-27T08:00:00Z' },
    );
    const made = (kind: string) =>
      withOwn.filter(o => o.kind === kind).map(o => o.metadata.name);
    expect(made('StorageClass')).toEqual(['gp3']);
    expect(made('VolumeAttributesClass')).toEqual([]);
  });
});
