import fs from 'node:fs';
import path from 'node:path';
import {
  createStrimziValidator,
  strimziKafkaVersions,
} from '@internal/reference-data';
import { startKubeLoopback } from '../KubeLoopback';
import { loadSeedDirectory } from '../seed/loadSeedDirectory';
import { renderDemoSeed } from './writeDemoSeed';

const DEMO_DIR = path.resolve(__dirname, '../../demo');

describe('the demo seed folder', () => {
  const objects = loadSeedDirectory(DEMO_DIR) as any[];
  const ofKind = (kind: string) => objects.filter(o => o.kind === kind);
  const named = (kind: string, name: string) =>
    ofKind(kind).find(o => o.metadata.name === name);

  it('is what the generator renders (regenerate with `yarn generate-demo`)', () => {
    const rendered = renderDemoSeed();
    const onDisk = fs
      .readdirSync(DEMO_DIR)
      .filter(f => f.endsWith('.yaml'))
      .sort();
    expect(onDisk).toEqual([...rendered.keys()].sort());
    for (const [file, text] of rendered) {
      expect({
        file,
        same: fs.readFileSync(path.join(DEMO_DIR, file), 'utf8') === text,
      }).toEqual({
        file,
        same: true,
      });
    }
  });

  it('holds the expected objects', () => {
    const counts = Object.fromEntries(
      [
        'Namespace',
        'Kafka',
        'KafkaNodePool',
        'KafkaTopic',
        'Pod',
        'PersistentVolumeClaim',
        'PersistentVolume',
        'StorageClass',
        'VolumeAttributesClass',
        'Node',
      ].map(k => [k, ofKind(k).length]),
    );
    expect(counts).toEqual({
      Namespace: 1,
      Kafka: 2,
      KafkaNodePool: 4,
      KafkaTopic: 50,
      Pod: 12,
      PersistentVolumeClaim: 12,
      PersistentVolume: 12,
      StorageClass: 2,
      VolumeAttributesClass: 1,
      Node: 12,
    });
  });

  it('validates against the Strimzi 1.2.0 CRD schemas', () => {
    const validate = createStrimziValidator();
    const errors = objects
      .filter(o => o.apiVersion.startsWith('kafka.strimzi.io/'))
      .flatMap(o => validate(o).map(e => `${o.kind}/${o.metadata.name}: ${e}`));
    expect(errors).toEqual([]);
  });

  it('has a Ready orders-kafka on the default Kafka version and a NotReady payments-kafka', () => {
    const v431 = strimziKafkaVersions().find(v => v.version === '4.3.1')!;
    const orders = named('Kafka', 'orders-kafka');
    expect(orders.spec.kafka).toMatchObject({
      version: '4.3.1',
      metadataVersion: v431.metadata,
    });
    expect(orders.status).toMatchObject({
      conditions: [{ type: 'Ready', status: 'True' }],
      kafkaVersion: '4.3.1',
      kafkaMetadataVersion: v431.metadata,
      operatorLastSuccessfulVersion: '1.2.0',
      kafkaNodePools: [{ name: 'broker' }, { name: 'controller' }],
    });
    expect(orders.status.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(orders.status.listeners[0].bootstrapServers).toBe(
      'orders-kafka-kafka-bootstrap.kafka.svc:9092',
    );

    const payments = named('Kafka', 'payments-kafka');
    expect(payments.status.conditions).toEqual([
      expect.objectContaining({
        type: 'NotReady',
        status: 'True',
        reason: 'TimeoutException',
        message:
          'Exceeded timeout of 300000ms while waiting for Pods resource payments-kafka-payments-broker-2 in namespace kafka to be ready',
      }),
    ]);
    const crashing = named('Pod', 'payments-kafka-payments-broker-2');
    expect(crashing.status.containerStatuses[0].state.waiting.reason).toBe(
      'CrashLoopBackOff',
    );
  });

  it('gives every pool its pods and data-0 claims, bound to EBS volumes in the pod zone', () => {
    const zones = new Set<string>();
    for (const pool of ofKind('KafkaNodePool')) {
      const cluster = pool.metadata.labels['strimzi.io/cluster'];
      const volume = pool.spec.storage.volumes[0];
      expect(volume).toMatchObject({
        id: 0,
        type: 'persistent-claim',
        kraftMetadata: 'shared',
        deleteClaim: false,
      });
      expect(pool.spec.replicas).toBe(3);
      expect(pool.status.nodeIds).toHaveLength(3);
      for (const nodeId of pool.status.nodeIds) {
        const pod = named('Pod', `${cluster}-${pool.metadata.name}-${nodeId}`);
        expect(pod.metadata.labels).toMatchObject({
          'strimzi.io/cluster': cluster,
          'strimzi.io/pool-name': pool.metadata.name,
          'strimzi.io/kind': 'Kafka',
        });
        const zone = pod.metadata.labels['topology.kubernetes.io/zone'];
        zones.add(zone);
        const claim = named(
          'PersistentVolumeClaim',
          `data-0-${cluster}-${pool.metadata.name}-${nodeId}`,
        );
        expect(claim.metadata.labels['strimzi.io/pool-name']).toBe(
          pool.metadata.name,
        );
        expect(claim.spec.storageClassName).toBe(volume.class);
        expect(claim.status.phase).toBe('Bound');
        const pv = named('PersistentVolume', claim.spec.volumeName);
        expect(pv.spec).toMatchObject({
          csi: { driver: 'ebs.csi.aws.com' },
          persistentVolumeReclaimPolicy: 'Retain',
          storageClassName: volume.class,
          claimRef: { name: claim.metadata.name, namespace: 'kafka' },
        });
        expect(pv.spec.csi.volumeHandle).toMatch(/^vol-0[0-9a-f]{16}$/);
        expect(
          pv.spec.nodeAffinity.required.nodeSelectorTerms[0]
            .matchExpressions[0],
        ).toEqual({
          key: 'topology.kubernetes.io/zone',
          operator: 'In',
          values: [zone],
        });
      }
    }
    expect([...zones].sort()).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
    ]);
    expect(named('KafkaNodePool', 'broker').spec.storage.volumes[0].class).toBe(
      'gp3',
    );
    expect(
      named('KafkaNodePool', 'payments-broker').spec.storage.volumes[0].class,
    ).toBe('st1');
  });

  it('runs every pod on its own Ready node of its zone, labelled for the pool its node pool requires', () => {
    const nodes = new Map(ofKind('Node').map(n => [n.metadata.name, n]));
    const pods = ofKind('Pod');
    expect(new Set(pods.map(p => p.spec.nodeName)).size).toBe(pods.length);
    for (const pod of pods) {
      const node = nodes.get(pod.spec.nodeName);
      expect(node).toBeDefined();
      const poolName = pod.metadata.labels['strimzi.io/pool-name'];
      expect(node.metadata.labels).toMatchObject({
        'topology.kubernetes.io/zone':
          pod.metadata.labels['topology.kubernetes.io/zone'],
        'kafka-on-eks/pool': poolName,
        'kubernetes.io/hostname': node.metadata.name,
      });
      expect(
        node.status.conditions.find((c: any) => c.type === 'Ready').status,
      ).toBe('True');
      expect(node.spec.unschedulable).toBeUndefined();
      expect(
        node.status.addresses.find((a: any) => a.type === 'InternalIP').address,
      ).toBe(pod.status.hostIP);
      // The node carries the taint the pool tolerates.
      const pool = named('KafkaNodePool', poolName);
      expect(pool.spec.template.pod.tolerations).toEqual([
        expect.objectContaining(node.spec.taints[0]),
      ]);
      const [term] =
        pool.spec.template.pod.affinity.nodeAffinity
          .requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms;
      for (const e of term.matchExpressions) {
        expect(e.operator).toBe('In');
        expect(e.values).toContain(node.metadata.labels[e.key]);
      }
      // Strimzi adds the rack's Exists to the pool's own requirement.
      expect(
        pod.spec.affinity.nodeAffinity
          .requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]
          .matchExpressions,
      ).toEqual([
        ...term.matchExpressions,
        { key: 'topology.kubernetes.io/zone', operator: 'Exists' },
      ]);
    }
  });

  it('has exactly one claim mid-resize', () => {
    const resizing = ofKind('PersistentVolumeClaim').filter(
      c => c.spec.resources.requests.storage !== c.status.capacity.storage,
    );
    expect(resizing.map(c => c.metadata.name)).toEqual([
      'data-0-orders-kafka-broker-2',
    ]);
    expect(resizing[0].spec.resources.requests.storage).toBe('1000Gi');
    expect(resizing[0].status.capacity.storage).toBe('500Gi');
    expect(resizing[0].status.conditions[0].type).toBe(
      'FileSystemResizePending',
    );
  });

  it('has topics with the statuses the UI must show', () => {
    const topics = ofKind('KafkaTopic');
    const ready = (t: any) =>
      t.status.conditions.find((c: any) => c.type === 'Ready')?.status;
    expect(
      topics.filter(t => ready(t) === 'False').map(t => t.metadata.name),
    ).toEqual(['payments.refunds.v2']);
    expect(
      named('KafkaTopic', 'payments.refunds.v2').status.conditions[0].reason,
    ).toBe('KafkaError');
    expect(
      topics.filter(t => t.status.replicasChange).map(t => t.metadata.name),
    ).toEqual(['orders.paid']);
    expect(
      topics
        .filter(t => t.metadata.annotations?.['strimzi.io/managed'] === 'false')
        .map(t => t.metadata.name),
    ).toEqual(['legacy.orders-export']);
    expect(topics.every(t => t.metadata.labels['strimzi.io/cluster'])).toBe(
      true,
    );
  });

  it('has the EBS storage classes and a volume attributes class', () => {
    for (const name of ['gp3', 'st1']) {
      expect(named('StorageClass', name)).toMatchObject({
        provisioner: 'ebs.csi.aws.com',
        parameters: {
          type: name,
          encrypted: 'true',
          'csi.storage.k8s.io/fstype': 'xfs',
        },
        allowVolumeExpansion: true,
        volumeBindingMode: 'WaitForFirstConsumer',
        reclaimPolicy: 'Retain',
      });
    }
    expect(ofKind('VolumeAttributesClass')[0]).toMatchObject({
      driverName: 'ebs.csi.aws.com',
    });
  });

  it('loads into a server', async () => {
    const server = await startKubeLoopback({ objects });
    try {
      const res = await fetch(
        `${server.url}/apis/kafka.strimzi.io/v1/namespaces/kafka/kafkatopics?labelSelector=strimzi.io%2Fcluster%3Dorders-kafka`,
      );
      expect((await res.json()).items).toHaveLength(30);
      const brokerNodes = await fetch(
        `${server.url}/api/v1/nodes?labelSelector=kafka-on-eks%2Fpool%3Dbroker`,
      );
      expect((await brokerNodes.json()).items).toHaveLength(3);
      expect(
        server.get({
          apiVersion: 'kafka.strimzi.io/v1',
          kind: 'KafkaTopic',
          namespace: 'kafka',
          name: 'orders.paid',
        })?.metadata.generation,
      ).toBe(2);
    } finally {
      await server.close();
    }
  });
});
