/**
 * An older cluster still on a Strimzi 0.45 operator (`kafka.strimzi.io/v1beta2`,
 * ZooKeeper mode, no KafkaNodePools): Kafka `events` in namespace
 * `streaming`, eu-central-1. The brokers are sized in `spec.kafka`
 * (replicas, JBOD storage, resources), which v1 moved to node pools. Its
 * volumes are in-tree (`kubernetes.io/aws-ebs`) PVs from before the CSI
 * migration, and its pods carry no pool label.
 */
import type { KafkaViewObjectKind } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { KubernetesObject } from '../kubernetesObjects';

const NAMESPACE = 'streaming';
const CLUSTER = 'events';
const ZONES = ['eu-central-1a', 'eu-central-1b', 'eu-central-1c'];

export const eventsKafka = {
  apiVersion: 'kafka.strimzi.io/v1beta2',
  kind: 'Kafka',
  metadata: {
    name: CLUSTER,
    namespace: NAMESPACE,
    generation: 7,
    uid: '0e6f3b2a-91c4-4d7e-8a5b-c2d1e0f9a8b7',
  },
  spec: {
    kafka: {
      version: '3.9.0',
      replicas: 3,
      listeners: [{ name: 'plain', port: 9092, type: 'internal', tls: false }],
      storage: {
        type: 'jbod',
        volumes: [
          {
            id: 0,
            type: 'persistent-claim',
            size: '100Gi',
            class: 'gp2',
            deleteClaim: true,
            overrides: [{ broker: 0, class: 'gp2-zone-a' }],
          },
        ],
      },
      resources: { requests: { cpu: '1', memory: '4Gi' } },
      config: { 'default.replication.factor': 3, 'min.insync.replicas': 2 },
    },
    zookeeper: {
      replicas: 3,
      storage: { type: 'persistent-claim', size: '10Gi', class: 'gp2' },
    },
    entityOperator: { topicOperator: {} },
  },
  status: {
    conditions: [
      {
        type: 'Ready',
        status: 'True',
        lastTransitionTime: '2026-10-30T14:02:17.220Z',
      },
    ],
    observedGeneration: 7,
    listeners: [
      {
        name: 'plain',
        type: 'plain',
        addresses: [
          { host: 'events-kafka-bootstrap.streaming.svc', port: 9092 },
        ],
        bootstrapServers: 'events-kafka-bootstrap.streaming.svc:9092',
      },
    ],
    kafkaMetadataState: 'ZooKeeper',
    clusterId: 'c4TpYb2XQ5OaH9mJd1R8vQ',
    operatorLastSuccessfulVersion: '0.45.0',
    kafkaVersion: '3.9.0',
  },
};

const labels = (name: string) => ({
  'strimzi.io/cluster': CLUSTER,
  'strimzi.io/kind': 'Kafka',
  'strimzi.io/name': `${CLUSTER}-${name}`,
});

const claim = (name: string, component: string) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name, namespace: NAMESPACE, labels: labels(component) },
  spec: {
    accessModes: ['ReadWriteOnce'],
    resources: {
      requests: { storage: component === 'kafka' ? '100Gi' : '10Gi' },
    },
    storageClassName: 'gp2',
    volumeMode: 'Filesystem',
    volumeName: `pvc-${name}`,
  },
  status: {
    phase: 'Bound',
    capacity: { storage: component === 'kafka' ? '100Gi' : '10Gi' },
  },
});

const persistentVolume = (claimName: string, zone: string, id: string) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: {
    name: `pvc-${claimName}`,
    labels: {
      'topology.kubernetes.io/region': 'eu-central-1',
      'topology.kubernetes.io/zone': zone,
    },
    annotations: { 'kubernetes.io/createdby': 'aws-ebs-dynamic-provisioner' },
  },
  spec: {
    accessModes: ['ReadWriteOnce'],
    awsElasticBlockStore: { fsType: 'ext4', volumeID: `aws://${zone}/${id}` },
    capacity: { storage: '100Gi' },
    claimRef: {
      kind: 'PersistentVolumeClaim',
      name: claimName,
      namespace: NAMESPACE,
    },
    persistentVolumeReclaimPolicy: 'Delete',
    storageClassName: 'gp2',
  },
  status: { phase: 'Bound' },
});

export const eventsClaims = [0, 1, 2].flatMap(n => [
  claim(`data-0-${CLUSTER}-kafka-${n}`, 'kafka'),
  claim(`data-${CLUSTER}-zookeeper-${n}`, 'zookeeper'),
]);
// Node n sits in the n-th zone.
export const eventsPersistentVolumes = eventsClaims.map((c, i) =>
  persistentVolume(
    c.metadata.name,
    ZONES[Number(c.metadata.name.slice(-1))],
    `vol-0e0e0e0e0e0e0e00${i.toString(16)}`,
  ),
);

const pod = (component: 'kafka' | 'zookeeper', n: number) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: `${CLUSTER}-${component}-${n}`,
    namespace: NAMESPACE,
    labels: labels(component),
  },
  spec: {
    nodeName: `ip-10-30-${n + 1}-12.eu-central-1.compute.internal`,
    volumes: [
      {
        name: component === 'kafka' ? 'data-0' : 'data',
        persistentVolumeClaim: {
          claimName:
            component === 'kafka'
              ? `data-0-${CLUSTER}-kafka-${n}`
              : `data-${CLUSTER}-zookeeper-${n}`,
        },
      },
    ],
  },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'True' }],
    containerStatuses: [{ name: component, ready: true, restartCount: 1 }],
  },
});

export const eventsPods = [0, 1, 2].flatMap(n => [
  pod('kafka', n),
  pod('zookeeper', n),
]);

export const eventsStorageClasses = [
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'gp2' },
    provisioner: 'kubernetes.io/aws-ebs',
    parameters: { fsType: 'ext4' },
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'WaitForFirstConsumer',
  },
];

export const eventsTopics = [
  {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaTopic',
    metadata: {
      name: 'page-views',
      namespace: NAMESPACE,
      labels: { 'strimzi.io/cluster': CLUSTER },
      generation: 2,
    },
    spec: {
      partitions: 24,
      replicas: 3,
      config: { 'retention.ms': '86400000', 'cleanup.policy': 'delete' },
    },
    status: {
      conditions: [{ type: 'Ready', status: 'True' }],
      observedGeneration: 2,
      topicName: 'page-views',
      topicId: 'R1c2V3b4N5m6Q7w8E9r0Tg',
    },
  },
];

/** Every object of the fixture, by kind. */
export const eventsObjectsByKind: Partial<
  // Argo CD Applications are their own fixture: a cluster without Argo CD is the default.
  Record<Exclude<KafkaViewObjectKind, 'Application'>, KubernetesObject[]>
> = {
  Kafka: [eventsKafka],
  KafkaTopic: eventsTopics,
  Pod: eventsPods,
  PersistentVolumeClaim: eventsClaims,
  PersistentVolume: eventsPersistentVolumes,
  StorageClass: eventsStorageClasses,
};
