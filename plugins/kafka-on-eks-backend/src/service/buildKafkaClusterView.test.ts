import type { KafkaClusterView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { buildKafkaClusterView } from './buildKafkaClusterView';
import { ClusterObjectIndex } from './ClusterObjectIndex';
import {
  ordersClaims,
  ordersObjectsByKind,
  ordersPods,
  ordersTopics,
} from './__fixtures__/ordersCluster';
import {
  NOW,
  ORDERS,
  loadObjects as load,
  ordersView,
} from './__fixtures__/ordersView';

const topicNamed = (view: KafkaClusterView, name: string) =>
  view.topics.find(t => t.name === name);
const volumeNamed = (view: KafkaClusterView, pvc: string) =>
  view.volumes.find(v => v.pvc === pvc);

describe('buildKafkaClusterView on a Strimzi v1 cluster', () => {
  const view = ordersView();

  it('says where and when the data comes from', () => {
    expect(view.location).toEqual(ORDERS);
    expect(view.observedAt).toBe('2026-11-21T11:59:58.000Z');
    expect(view.generatedAt).toBe('2026-11-21T12:00:00.000Z');
    expect(view.strimziApiVersion).toBe('v1');
    expect(view.errors).toEqual([]);
  });

  it('reads the Kafka status: readiness, versions, warnings, generations', () => {
    expect(view.kafka).toMatchObject({
      found: true,
      ready: 'Ready',
      kafkaVersion: '4.3.1',
      metadataVersion: '4.3-IV0',
      operatorVersion: '1.2.0',
      clusterId: 'Hq3n8mVfQJ2dXk1pLr7sYw',
      generation: 4,
      observedGeneration: 3,
      reconciled: false,
      autoRebalanceState: 'Idle',
    });
    if (!view.kafka.found) return;
    expect(view.kafka.warnings).toEqual([
      expect.objectContaining({
        type: 'Warning',
        reason: 'KafkaMinInsyncReplicas',
      }),
    ]);
  });

  it('joins listener types from the spec with addresses from the status', () => {
    if (!view.kafka.found) throw new Error('Kafka not found');
    expect(view.kafka.listeners.map(l => [l.name, l.type, l.tls])).toEqual([
      ['plain', 'internal', false],
      ['tls', 'internal', true],
      ['external', 'loadbalancer', true],
    ]);
    expect(view.kafka.listeners[2]).toMatchObject({
      port: 9094,
      bootstrapServers:
        'a3f1c9e2b7d84a0c9e5f-1427718392.eu-west-1.elb.amazonaws.com:9094',
      addresses: [
        {
          host: 'a3f1c9e2b7d84a0c9e5f-1427718392.eu-west-1.elb.amazonaws.com',
          port: 9094,
        },
      ],
    });
  });

  it('takes the controller quorum and broker ids from the node pools', () => {
    if (!view.kafka.found) throw new Error('Kafka not found');
    expect(view.kafka.controllerNodeIds).toEqual([0, 1, 2]);
    expect(view.kafka.brokerNodeIds).toEqual([3, 4, 5]);
  });

  it('lists node pools with storage, resources and pods', () => {
    const [brokers, controllers] = view.nodePools;
    expect(view.nodePools.map(p => p.name)).toEqual(['brokers', 'controllers']);
    expect(controllers).toMatchObject({
      definedBy: 'KafkaNodePool',
      roles: ['controller'],
      replicas: 3,
      nodeIds: [0, 1, 2],
      storage: [
        {
          type: 'persistent-claim',
          class: 'gp3',
          size: { quantity: '20Gi', bytes: 20 * 2 ** 30 },
          kraftMetadata: true,
          deleteClaim: true,
        },
      ],
      podsReady: 3,
    });
    expect(brokers.storage.map(s => [s.id, s.class, s.kraftMetadata])).toEqual([
      [0, 'gp3', true],
      [1, 'st1', false],
    ]);
    expect(brokers.resources).toEqual({
      requests: { cpu: '2', memory: '8Gi' },
      limits: { memory: '8Gi' },
    });
    expect(brokers.podsReady).toBe(2);
  });

  it('places each pod on its node and zone, and leaves operator pods out', () => {
    const brokers = view.nodePools[0];
    expect(brokers.pods.map(p => [p.name, p.nodeId, p.zone])).toEqual([
      ['orders-brokers-3', 3, 'eu-west-1a'],
      ['orders-brokers-4', 4, 'eu-west-1b'],
      ['orders-brokers-5', 5, 'eu-west-1c'],
    ]);
    expect(brokers.pods[2]).toMatchObject({
      phase: 'Running',
      ready: false,
      restartCount: 4,
      node: 'ip-10-20-3-88.eu-west-1.compute.internal',
    });
    const allPods = view.nodePools.flatMap(p => p.pods.map(pod => pod.name));
    expect(allPods).toHaveLength(6);
    expect(allPods).not.toContain('orders-entity-operator-6d7f9c8b5-48213');
  });

  it("counts the Kubernetes nodes the brokers' node affinity admits, Ready and per zone", () => {
    const [brokers, controllers] = view.nodePools;
    expect(brokers.kubernetesNodes).toEqual({
      total: 4,
      // The cordoned node is there, but takes no new pod.
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
    });
    // Any node may host the controllers: a count would say nothing.
    expect(controllers.name).toBe('controllers');
    expect(controllers.kubernetesNodes).toBeUndefined();
  });

  it('leaves the nodes unknown, not zero, until they were listed', () => {
    const withoutNodes = ordersView(['Node']);
    expect(withoutNodes.nodePools[0].kubernetesNodes).toBeUndefined();
    const index = new ClusterObjectIndex();
    load(index, 'prod-eu', { ...ordersObjectsByKind, Node: [] });
    expect(
      buildKafkaClusterView(index.snapshot(ORDERS), NOW).nodePools[0]
        .kubernetesNodes,
    ).toMatchObject({ total: 0, ready: 0, byZone: {} });
  });

  it('follows a node going NotReady, and a node leaving', () => {
    const index = new ClusterObjectIndex();
    load(index, 'prod-eu', ordersObjectsByKind);
    const [first, second] = ordersObjectsByKind.Node as any[];
    index.upsert('prod-eu', 'Node', {
      ...first,
      status: { conditions: [{ type: 'Ready', status: 'Unknown' }] },
    });
    index.remove('prod-eu', 'Node', second);
    const nodes = buildKafkaClusterView(index.snapshot(ORDERS), NOW)
      .nodePools[0].kubernetesNodes;
    expect(nodes).toMatchObject({
      total: 3,
      ready: 1,
      byZone: { 'eu-west-1a': { total: 1, ready: 0 } },
      readyNodeNames: ['ip-10-20-3-88.eu-west-1.compute.internal'],
    });
    expect(nodes?.byZone['eu-west-1b']).toBeUndefined();
  });

  it('falls back to the pod zone label when no bound PV gives the zone', () => {
    const index = new ClusterObjectIndex();
    load(index, 'prod-eu', ordersObjectsByKind, ['PersistentVolume']);
    const labelled = {
      ...ordersPods[0],
      metadata: {
        ...ordersPods[0].metadata,
        labels: {
          ...ordersPods[0].metadata.labels,
          'topology.kubernetes.io/zone': 'eu-west-1a',
        },
      },
    };
    index.upsert('prod-eu', 'Pod', labelled);
    const pods = buildKafkaClusterView(index.snapshot(ORDERS), NOW).nodePools[1]
      .pods;
    expect(pods[0].zone).toBe('eu-west-1a');
    expect(pods[1].zone).toBeUndefined();
  });

  it('reads topics: name, partitions, replicas and the lifted config', () => {
    expect(view.topics.map(t => t.name)).toEqual([
      'clickstream',
      'customer-profiles',
      'legacy-audit',
      'orders.created',
      'payments',
      'refunds',
    ]);
    expect(topicNamed(view, 'orders.created')).toEqual({
      name: 'orders.created',
      resourceName: 'orders-created',
      topicId: 'x8kq2ZqXTn2m3v1pWc7Ybg',
      partitions: 12,
      replicas: 3,
      minInsyncReplicas: 2,
      retentionMs: 604800000,
      cleanupPolicy: 'delete',
      config: { 'compression.type': 'zstd', 'max.message.bytes': '1048588' },
      status: 'Ready',
    });
    expect(topicNamed(view, 'customer-profiles')).toMatchObject({
      cleanupPolicy: 'compact',
      config: {
        'segment.bytes': '268435456',
        'min.cleanable.dirty.ratio': '0.2',
      },
    });
  });

  it('shows topic states: unmanaged, failing with the reason, not yet reconciled', () => {
    expect(topicNamed(view, 'legacy-audit')?.status).toBe('Unmanaged');
    expect(topicNamed(view, 'clickstream')).toMatchObject({
      status: 'NotReady',
      message: expect.stringContaining('Invalid value seven days'),
      // A value the operator rejected stays visible as written.
      config: { 'retention.ms': 'seven days' },
    });
    expect(topicNamed(view, 'clickstream')?.retentionMs).toBeUndefined();
    expect(topicNamed(view, 'refunds')?.status).toBe('Unknown');
  });

  it('reports an ongoing replication factor change', () => {
    expect(topicNamed(view, 'payments')).toMatchObject({
      replicas: 3,
      minInsyncReplicas: 2,
      replicasChange: { targetReplicas: 3, state: 'ongoing' },
    });
  });

  it('keeps topics of other Kafkas and namespaces out', () => {
    expect(topicNamed(view, 'invoices')).toBeUndefined();
    expect(topicNamed(view, 'orders-shadow')).toBeUndefined();
  });

  it('reads rebalances with their state, proposal summary and allowed actions', () => {
    expect(view.rebalances).toEqual([
      {
        name: 'orders-add-broker-5',
        mode: 'add-brokers',
        brokers: [5],
        state: 'ProposalReady',
        // Only the summary fields: excludedBrokersForLeadership is left out.
        proposal: {
          dataToMoveMB: 48213,
          numReplicaMovements: 212,
          numLeaderMovements: 37,
          onDemandBalancednessScoreBefore: 68.4,
          onDemandBalancednessScoreAfter: 91.2,
        },
        allowedActions: ['approve', 'refresh'],
      },
    ]);
    expect(view.kafka).toMatchObject({
      autoRebalance: {
        state: 'Idle',
        lastTransitionTime: '2026-11-20T08:12:44.531Z',
      },
    });
  });

  it('says Argo CD is not installed when no Application was ever listed', () => {
    expect(view.gitops).toEqual({ installed: false });
  });

  it('reads every volume with its EBS id, zone and region', () => {
    expect(view.volumes).toHaveLength(9);
    expect(volumeNamed(view, 'data-0-orders-brokers-3')).toEqual({
      pvc: 'data-0-orders-brokers-3',
      pool: 'brokers',
      nodeId: 3,
      volumeId: 0,
      requested: { quantity: '600Gi', bytes: 600 * 2 ** 30 },
      capacity: { quantity: '600Gi', bytes: 600 * 2 ** 30 },
      resizePending: false,
      phase: 'Bound',
      storageClass: 'gp3',
      ebsType: 'gp3',
      // The VolumeAttributesClass overrides the StorageClass's 6000/250.
      iops: 12000,
      throughputMiBps: 500,
      volumeAttributesClass: 'gp3-fast',
      allowVolumeExpansion: true,
      pv: 'pvc-0b0ffee0-7b1e-4c2a-9d3f-ee0000000a03',
      ebsVolumeId: 'vol-0b0ffee0000000a03',
      zone: 'eu-west-1a',
      region: 'eu-west-1',
      reclaimPolicy: 'Delete',
      deleteClaim: false,
    });
  });

  it('reads a single-volume claim and the older EBS CSI zone key', () => {
    expect(volumeNamed(view, 'data-orders-controllers-1')).toMatchObject({
      pool: 'controllers',
      nodeId: 1,
      ebsType: 'gp3',
      iops: 6000,
      throughputMiBps: 250,
      zone: 'eu-west-1b',
      deleteClaim: true,
    });
    expect(volumeNamed(view, 'data-orders-controllers-1')?.volumeId).toBe(
      undefined,
    );
  });

  it('flags volumes whose resize has not finished', () => {
    expect(volumeNamed(view, 'data-1-orders-brokers-4')).toMatchObject({
      requested: { quantity: '1200Gi' },
      capacity: { quantity: '1000Gi' },
      resizePending: true,
      ebsType: 'st1',
      reclaimPolicy: 'Retain',
      deleteClaim: true,
    });
    expect(volumeNamed(view, 'data-0-orders-brokers-5')?.resizePending).toBe(
      true,
    );
    expect(view.volumes.filter(v => v.resizePending).map(v => v.pvc)).toEqual([
      'data-1-orders-brokers-4',
      'data-0-orders-brokers-5',
    ]);
  });

  it('flags a resize Kubernetes reports even when the sizes already match', () => {
    const index = new ClusterObjectIndex();
    load(index, 'prod-eu', ordersObjectsByKind);
    const waiting = ordersClaims.find(
      c => c.metadata.name === 'data-0-orders-brokers-5',
    )!;
    const grown = {
      ...waiting,
      status: { ...waiting.status, capacity: { storage: '600Gi' } },
    };
    index.upsert('prod-eu', 'PersistentVolumeClaim', grown);
    const claim = buildKafkaClusterView(
      index.snapshot(ORDERS),
      NOW,
    ).volumes.find(v => v.pvc === 'data-0-orders-brokers-5');
    expect(claim?.capacity?.quantity).toBe('600Gi');
    expect(claim?.resizePending).toBe(true);
  });

  it('sorts volumes by pool, node and volume id', () => {
    expect(view.volumes.map(v => v.pvc).slice(0, 3)).toEqual([
      'data-0-orders-brokers-3',
      'data-1-orders-brokers-3',
      'data-0-orders-brokers-4',
    ]);
  });
});

describe('buildKafkaClusterView after updates', () => {
  it('shows a changed topic in the next view', () => {
    const index = new ClusterObjectIndex();
    load(index, 'prod-eu', ordersObjectsByKind);
    const before = buildKafkaClusterView(index.snapshot(ORDERS), NOW);
    const [ordersCreated] = ordersTopics;
    const grown = {
      ...ordersCreated,
      spec: { ...ordersCreated.spec, partitions: 24 },
    };
    index.upsert('prod-eu', 'KafkaTopic', grown);
    const after = buildKafkaClusterView(index.snapshot(ORDERS), NOW);

    expect(topicNamed(before, 'orders.created')?.partitions).toBe(12);
    expect(topicNamed(after, 'orders.created')?.partitions).toBe(24);
    // Unchanged topics keep their view.
    expect(topicNamed(after, 'payments')).toBe(topicNamed(before, 'payments'));
  });
});

describe('buildKafkaClusterView with failures and missing objects', () => {
  it('keeps a failing kind beside everything else that was read', () => {
    const index = new ClusterObjectIndex();
    load(index, 'prod-eu', ordersObjectsByKind, ['KafkaTopic']);
    index.setError(
      'prod-eu',
      'KafkaTopic',
      {
        type: 'forbidden',
        message:
          'kafkatopics.kafka.strimzi.io is forbidden: User "system:serviceaccount:backstage:backstage" cannot list resource "kafkatopics"',
      },
      '2026-11-21T11:00:00.000Z',
    );
    const view = buildKafkaClusterView(index.snapshot(ORDERS), NOW);

    expect(view.errors).toEqual([
      {
        scope: 'KafkaTopic',
        type: 'forbidden',
        message: expect.stringContaining('cannot list resource "kafkatopics"'),
        since: '2026-11-21T11:00:00.000Z',
      },
    ]);
    expect(view.topics).toEqual([]);
    expect(view.kafka.found).toBe(true);
    expect(view.nodePools).toHaveLength(2);
    expect(view.volumes).toHaveLength(9);
  });

  it('keeps the last known objects when the whole cluster becomes unreachable', () => {
    const index = new ClusterObjectIndex();
    load(index, 'prod-eu', ordersObjectsByKind);
    index.setError('prod-eu', undefined, {
      type: 'unreachable',
      message: 'connect ETIMEDOUT 10.0.0.1:443',
    });
    const view = buildKafkaClusterView(index.snapshot(ORDERS), NOW);
    expect(view.errors.map(e => [e.scope, e.type])).toEqual([
      ['cluster', 'unreachable'],
    ]);
    expect(view.topics).toHaveLength(6);
    expect(view.observedAt).toBe('2026-11-21T11:59:58.000Z');
  });

  it('reports a missing Kafka and still shows what carries its label', () => {
    const view = ordersView(['Kafka']);
    expect(view.kafka).toEqual({ found: false });
    expect(view.nodePools.map(p => p.nodeIds)).toEqual([
      [3, 4, 5],
      [0, 1, 2],
    ]);
    expect(view.topics).toHaveLength(6);
    // Without the Kafka, the version comes from the other Strimzi objects.
    expect(view.strimziApiVersion).toBe('v1');
  });

  it('gives an empty view for a cluster the index has never heard of', () => {
    const view = buildKafkaClusterView(
      new ClusterObjectIndex().snapshot({ ...ORDERS, cluster: 'nowhere' }),
      NOW,
    );
    expect(view).toEqual({
      location: { ...ORDERS, cluster: 'nowhere' },
      generatedAt: NOW.toISOString(),
      kafka: { found: false },
      nodePools: [],
      topics: [],
      rebalances: [],
      volumes: [],
      gitops: { installed: false },
      errors: [],
    });
  });
});
