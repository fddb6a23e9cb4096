import { buildKafkaClusterView } from './buildKafkaClusterView';
import { ClusterObjectIndex } from './ClusterObjectIndex';
import type { KafkaViewObjectKind } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { eventsObjectsByKind } from './__fixtures__/eventsCluster';

const NOW = new Date('2026-11-21T12:00:00.000Z');
const EVENTS = { cluster: 'legacy', namespace: 'streaming', kafka: 'events' };

describe('buildKafkaClusterView on a Strimzi v1beta2 cluster without node pools', () => {
  const index = new ClusterObjectIndex();
  for (const [kind, objects] of Object.entries(eventsObjectsByKind)) {
    index.replaceAll('legacy', kind as KafkaViewObjectKind, objects);
  }
  const view = buildKafkaClusterView(index.snapshot(EVENTS), NOW);

  it('says the objects were read as v1beta2', () => {
    expect(view.strimziApiVersion).toBe('v1beta2');
    expect(view.kafka).toMatchObject({
      found: true,
      ready: 'Ready',
      kafkaVersion: '3.9.0',
      operatorVersion: '0.45.0',
      reconciled: true,
      brokerNodeIds: [0, 1, 2],
      // ZooKeeper mode: no KRaft quorum.
      controllerNodeIds: [],
    });
  });

  it('derives the broker pool from spec.kafka, as Strimzi does', () => {
    expect(view.nodePools).toHaveLength(1);
    expect(view.nodePools[0]).toMatchObject({
      name: 'kafka',
      definedBy: 'Kafka',
      roles: ['broker'],
      replicas: 3,
      nodeIds: [0, 1, 2],
      storage: [
        {
          id: 0,
          type: 'persistent-claim',
          class: 'gp2',
          size: { quantity: '100Gi', bytes: 100 * 2 ** 30 },
          kraftMetadata: true,
          deleteClaim: true,
        },
      ],
      resources: { requests: { cpu: '1', memory: '4Gi' } },
      podsReady: 3,
    });
    // Pods without a pool label are placed by name; ZooKeeper pods are not nodes.
    expect(view.nodePools[0].pods.map(p => [p.name, p.zone])).toEqual([
      ['events-kafka-0', 'eu-central-1a'],
      ['events-kafka-1', 'eu-central-1b'],
      ['events-kafka-2', 'eu-central-1c'],
    ]);
  });

  it('reads in-tree EBS volumes and their deleteClaim from the derived pool', () => {
    expect(
      view.volumes.find(v => v.pvc === 'data-0-events-kafka-2'),
    ).toMatchObject({
      pool: 'kafka',
      nodeId: 2,
      volumeId: 0,
      ebsType: 'gp2',
      ebsVolumeId: 'vol-0e0e0e0e0e0e0e004',
      zone: 'eu-central-1c',
      region: 'eu-central-1',
      allowVolumeExpansion: false,
      deleteClaim: true,
    });
    expect(
      view.volumes.find(v => v.pvc === 'data-events-zookeeper-0'),
    ).toMatchObject({
      pool: 'zookeeper',
      nodeId: 0,
    });
    expect(
      view.volumes.find(v => v.pvc === 'data-events-zookeeper-0')?.deleteClaim,
    ).toBeUndefined();
  });

  it('reads v1beta2 topics like v1 ones', () => {
    expect(view.topics).toEqual([
      expect.objectContaining({
        name: 'page-views',
        partitions: 24,
        retentionMs: 86400000,
        status: 'Ready',
      }),
    ]);
  });
});
