import { ClusterObjectIndex } from './ClusterObjectIndex';
import {
  ordersClaims,
  ordersKafka,
  ordersPersistentVolumes,
  ordersTopics,
  storageClasses,
  volumeAttributesClasses,
} from './__fixtures__/ordersCluster';
import { eventsKafka } from './__fixtures__/eventsCluster';

const ORDERS = { cluster: 'prod-eu', namespace: 'kafka', kafka: 'orders' };

const topic = (name: string, kafka: string, namespace = 'kafka') => ({
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'KafkaTopic',
  metadata: { name, namespace, labels: { 'strimzi.io/cluster': kafka } },
  spec: { partitions: 1 },
});
const topicNames = (index: ClusterObjectIndex, location = ORDERS) =>
  index
    .snapshot(location)
    .topics.map(t => t.metadata?.name)
    .sort();

describe('ClusterObjectIndex', () => {
  it('files objects under the Kafka their strimzi.io/cluster label names', () => {
    const index = new ClusterObjectIndex();
    index.upsert('prod-eu', 'KafkaTopic', topic('a', 'orders'));
    index.upsert('prod-eu', 'KafkaTopic', topic('b', 'billing'));
    index.upsert('prod-eu', 'KafkaTopic', topic('c', 'orders', 'staging'));
    index.upsert('prod-us', 'KafkaTopic', topic('d', 'orders'));
    index.upsert('prod-eu', 'KafkaTopic', {
      ...topic('e', 'orders'),
      metadata: { name: 'e', namespace: 'kafka' },
    });

    expect(topicNames(index)).toEqual(['a']);
    expect(topicNames(index, { ...ORDERS, kafka: 'billing' })).toEqual(['b']);
    expect(topicNames(index, { ...ORDERS, namespace: 'staging' })).toEqual([
      'c',
    ]);
    expect(topicNames(index, { ...ORDERS, cluster: 'prod-us' })).toEqual(['d']);
  });

  it('replaces an object on update and forgets it on delete', () => {
    const index = new ClusterObjectIndex();
    index.upsert('prod-eu', 'KafkaTopic', topic('a', 'orders'));
    const grown = { ...topic('a', 'orders'), spec: { partitions: 12 } };
    index.upsert('prod-eu', 'KafkaTopic', grown);
    expect(index.snapshot(ORDERS).topics).toEqual([
      expect.objectContaining({ spec: { partitions: 12 } }),
    ]);

    index.remove('prod-eu', 'KafkaTopic', topic('a', 'orders'));
    expect(index.snapshot(ORDERS).topics).toEqual([]);
  });

  it('moves an object whose label changes, and drops it when the label goes', () => {
    const index = new ClusterObjectIndex();
    index.upsert('prod-eu', 'KafkaTopic', topic('a', 'orders'));
    index.upsert('prod-eu', 'KafkaTopic', topic('a', 'billing'));
    expect(topicNames(index)).toEqual([]);
    expect(topicNames(index, { ...ORDERS, kafka: 'billing' })).toEqual(['a']);

    index.upsert('prod-eu', 'KafkaTopic', {
      ...topic('a', 'billing'),
      metadata: { name: 'a', namespace: 'kafka' },
    });
    expect(topicNames(index, { ...ORDERS, kafka: 'billing' })).toEqual([]);
  });

  it('removes by the filed place, even when the deleted object has lost its label', () => {
    const index = new ClusterObjectIndex();
    index.upsert('prod-eu', 'KafkaTopic', topic('a', 'orders'));
    index.remove('prod-eu', 'KafkaTopic', {
      metadata: { name: 'a', namespace: 'kafka' },
    });
    expect(topicNames(index)).toEqual([]);
  });

  it('replaces every object of one kind on a relist, leaving other kinds', () => {
    const index = new ClusterObjectIndex();
    index.upsert('prod-eu', 'Kafka', ordersKafka);
    index.replaceAll('prod-eu', 'KafkaTopic', [
      topic('a', 'orders'),
      topic('b', 'billing'),
    ]);
    index.replaceAll('prod-eu', 'KafkaTopic', [
      topic('c', 'orders'),
      topic('d', 'orders'),
    ]);

    expect(topicNames(index)).toEqual(['c', 'd']);
    expect(topicNames(index, { ...ORDERS, kafka: 'billing' })).toEqual([]);
    expect(index.snapshot(ORDERS).kafka?.kafka).toBe(ordersKafka);
  });

  it('finds each claim’s PV by volumeName, or by the PV’s claimRef', () => {
    const index = new ClusterObjectIndex();
    const [first, second] = ordersClaims;
    index.upsert('prod-eu', 'PersistentVolumeClaim', first);
    // A claim the binder has not updated yet: only the PV names it.
    const unbound = { ...second, spec: { ...second.spec, volumeName: '' } };
    index.upsert('prod-eu', 'PersistentVolumeClaim', unbound);
    index.replaceAll('prod-eu', 'PersistentVolume', ordersPersistentVolumes);

    const volumes = index.snapshot(ORDERS).volumeByClaim;
    expect(volumes.get(first.metadata.name)).toBe(ordersPersistentVolumes[0]);
    expect(volumes.get(second.metadata.name)).toBe(ordersPersistentVolumes[1]);

    index.remove('prod-eu', 'PersistentVolume', ordersPersistentVolumes[1]);
    expect(index.snapshot(ORDERS).volumeByClaim.has(second.metadata.name)).toBe(
      false,
    );
  });

  it('copies out only the storage classes the claims use', () => {
    const index = new ClusterObjectIndex();
    const unused = {
      metadata: { name: 'unused' },
      provisioner: 'ebs.csi.aws.com',
    };
    index.replaceAll('prod-eu', 'StorageClass', [...storageClasses, unused]);
    index.replaceAll(
      'prod-eu',
      'VolumeAttributesClass',
      volumeAttributesClasses,
    );
    index.replaceAll('prod-eu', 'PersistentVolumeClaim', ordersClaims);

    const snapshot = index.snapshot(ORDERS);
    expect([...snapshot.storageClasses.keys()].sort()).toEqual(['gp3', 'st1']);
    expect([...snapshot.volumeAttributesClasses.keys()]).toEqual(['gp3-fast']);
  });

  it('keeps errors per cluster and kind, first-seen time included', () => {
    const index = new ClusterObjectIndex();
    index.setError(
      'prod-eu',
      'KafkaRebalance',
      { type: 'crd-missing', message: 'kafkarebalances not served' },
      '2026-11-21T10:00:00.000Z',
    );
    index.setError(
      'prod-eu',
      'KafkaRebalance',
      { type: 'crd-missing', message: 'kafkarebalances not served' },
      '2026-11-21T10:05:00.000Z',
    );
    index.setError(
      'prod-eu',
      undefined,
      { type: 'unauthorized', message: 'token expired' },
      '2026-11-21T10:06:00.000Z',
    );

    expect(index.snapshot(ORDERS).errors).toEqual([
      {
        scope: 'cluster',
        type: 'unauthorized',
        message: 'token expired',
        since: '2026-11-21T10:06:00.000Z',
      },
      {
        scope: 'KafkaRebalance',
        type: 'crd-missing',
        message: 'kafkarebalances not served',
        since: '2026-11-21T10:00:00.000Z',
      },
    ]);

    index.clearError('prod-eu');
    expect(index.snapshot(ORDERS).errors.map(e => e.scope)).toEqual([
      'KafkaRebalance',
    ]);
    index.clearError('prod-eu', 'KafkaRebalance');
    expect(index.snapshot(ORDERS).errors).toEqual([]);
  });

  it('records when the cluster was last heard from', () => {
    const index = new ClusterObjectIndex();
    expect(index.snapshot(ORDERS).observedAt).toBeUndefined();
    index.markConfirmed('prod-eu', new Date('2026-11-21T10:00:00.000Z'));
    expect(index.snapshot(ORDERS).observedAt).toBe('2026-11-21T10:00:00.000Z');
    expect(index.hasCluster('prod-eu')).toBe(true);
  });

  it('normalizes v1beta2 objects on the way in, and remembers the version', () => {
    const index = new ClusterObjectIndex();
    index.upsert('legacy', 'Kafka', eventsKafka);
    const snapshot = index.snapshot({
      cluster: 'legacy',
      namespace: 'streaming',
      kafka: 'events',
    });
    expect(snapshot.kafka?.kafka.apiVersion).toBe('kafka.strimzi.io/v1');
    expect(snapshot.kafka?.servedAs).toBe('v1beta2');
    expect(snapshot.strimziApiVersion).toBe('v1beta2');
    // The informer's cached object is left as it was.
    expect(eventsKafka.apiVersion).toBe('kafka.strimzi.io/v1beta2');
  });

  it('keeps only what the view reads of a node, and a heartbeat keeps the revision', () => {
    const index = new ClusterObjectIndex();
    expect(index.snapshot(ORDERS).nodes).toBeUndefined();
    const node = {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: 'n1',
        labels: { 'topology.kubernetes.io/zone': 'eu-west-1a', pool: 'b' },
      },
      spec: { providerID: 'aws:///eu-west-1a/i-0123' },
      status: {
        conditions: [
          { type: 'Ready', status: 'True', lastHeartbeatTime: 't1' },
        ],
        images: [{ names: ['quay.io/strimzi/kafka'], sizeBytes: 1 }],
      },
    };
    index.replaceAll('prod-eu', 'Node', [node]);
    expect(index.snapshot(ORDERS).nodes).toEqual([
      {
        name: 'n1',
        labels: node.metadata.labels,
        zone: 'eu-west-1a',
        readyCondition: true,
        unschedulable: false,
      },
    ]);
    const revision = index.revision('prod-eu');
    const afterHeartbeat = {
      ...node,
      status: {
        ...node.status,
        conditions: [
          { type: 'Ready', status: 'True', lastHeartbeatTime: 't2' },
        ],
      },
    };
    index.upsert('prod-eu', 'Node', afterHeartbeat);
    expect(index.revision('prod-eu')).toBe(revision);
    const cordoned = { ...node, spec: { unschedulable: true } };
    index.upsert('prod-eu', 'Node', cordoned);
    expect(index.revision('prod-eu')).toBeGreaterThan(revision);
    expect(index.snapshot(ORDERS).nodes?.[0].unschedulable).toBe(true);
    index.remove('prod-eu', 'Node', node);
    expect(index.snapshot(ORDERS).nodes).toEqual([]);
  });

  it('forgets a whole cluster', () => {
    const index = new ClusterObjectIndex();
    index.replaceAll('prod-eu', 'KafkaTopic', ordersTopics);
    index.removeCluster('prod-eu');
    expect(index.hasCluster('prod-eu')).toBe(false);
    expect(index.snapshot(ORDERS).topics).toEqual([]);
  });
});
