/**
 * A Strimzi 1.2.0 (`kafka.strimzi.io/v1`) Kafka `orders` in namespace `kafka`
 * on EKS in eu-west-1, as the API server returns it (managedFields left
 * out): 3 controllers (ids 0-2), 3 brokers (ids 3-5) with a two-volume JBOD,
 * one zone per node id modulo 3.
 *
 * Facts the tests rely on:
 * - brokers-4's st1 volume is being expanded (1200Gi requested, 1000Gi now);
 * - brokers-5's gp3 volume waits for its file system to grow;
 * - brokers-3's gp3 volume uses the `gp3-fast` VolumeAttributesClass;
 * - controllers-1's PV carries the older EBS CSI zone key;
 * - brokers-5 is running but not ready;
 * - the brokers pool requires the `kafka-on-eks/pool: brokers` nodes (as
 *   generated pools do): the three the pods run on, and a fourth in
 *   eu-west-1c that is cordoned; a system node carries no pool label, and
 *   the controllers pool requires no particular nodes;
 * - its topics and rebalances are in `ordersTopics.ts`.
 */
import type { KafkaViewObjectKind } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { KubernetesObject } from '../kubernetesObjects';
import {
  ordersRebalances,
  ordersTopics,
  otherKafkaTopics,
} from './ordersTopics';

export { ordersRebalances, ordersTopics, otherKafkaTopics };

const NAMESPACE = 'kafka';
const CLUSTER = 'orders';
const ZONES = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];
const NODES = [
  'ip-10-20-1-17.eu-west-1.compute.internal',
  'ip-10-20-2-41.eu-west-1.compute.internal',
  'ip-10-20-3-88.eu-west-1.compute.internal',
];

const strimziLabels = (pool: string, role: 'broker' | 'controller') => ({
  'app.kubernetes.io/instance': CLUSTER,
  'app.kubernetes.io/managed-by': 'strimzi-cluster-operator',
  'app.kubernetes.io/name': 'kafka',
  'app.kubernetes.io/part-of': `strimzi-${CLUSTER}`,
  'strimzi.io/cluster': CLUSTER,
  'strimzi.io/component-type': 'kafka',
  'strimzi.io/kind': 'Kafka',
  'strimzi.io/name': `${CLUSTER}-kafka`,
  'strimzi.io/pool-name': pool,
  [`strimzi.io/${role}-role`]: 'true',
});

export const ordersKafka = {
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'Kafka',
  metadata: {
    name: CLUSTER,
    namespace: NAMESPACE,
    uid: '5f0c2d7e-8a41-4c39-9b8e-2f6a1d3c4b5e',
    generation: 4,
    resourceVersion: '8812734',
    creationTimestamp: '2026-09-02T09:14:31Z',
  },
  spec: {
    kafka: {
      version: '4.3.1',
      metadataVersion: '4.3-IV0',
      listeners: [
        { name: 'plain', port: 9092, type: 'internal', tls: false },
        {
          name: 'tls',
          port: 9093,
          type: 'internal',
          tls: true,
          authentication: { type: 'tls' },
        },
        {
          name: 'external',
          port: 9094,
          type: 'loadbalancer',
          tls: true,
          authentication: { type: 'scram-sha-512' },
        },
      ],
      config: {
        'default.replication.factor': 3,
        'offsets.topic.replication.factor': 3,
        'transaction.state.log.replication.factor': 3,
        'transaction.state.log.min.isr': 2,
      },
      rack: { topologyKey: 'topology.kubernetes.io/zone' },
    },
    entityOperator: { topicOperator: {}, userOperator: {} },
    cruiseControl: {},
  },
  status: {
    conditions: [
      {
        type: 'Warning',
        status: 'True',
        reason: 'KafkaMinInsyncReplicas',
        message:
          'min.insync.replicas option is not configured. It defaults to 1 which does not guarantee reliability and availability of your data. It is recommended to configure the min.insync.replicas option in the Kafka custom resource.',
        lastTransitionTime: '2026-11-20T08:12:44.512Z',
      },
      {
        type: 'Ready',
        status: 'True',
        lastTransitionTime: '2026-11-20T08:12:44.531Z',
      },
    ],
    observedGeneration: 3,
    listeners: [
      {
        name: 'plain',
        addresses: [{ host: 'orders-kafka-bootstrap.kafka.svc', port: 9092 }],
        bootstrapServers: 'orders-kafka-bootstrap.kafka.svc:9092',
      },
      {
        name: 'tls',
        addresses: [{ host: 'orders-kafka-bootstrap.kafka.svc', port: 9093 }],
        bootstrapServers: 'orders-kafka-bootstrap.kafka.svc:9093',
        certificates: [
          '-----BEGIN CERTIFICATE-----\nMIIFLTCCAxWgAwIBAgIUZ3k...\n-----END CERTIFICATE-----\n',
        ],
      },
      {
        name: 'external',
        addresses: [
          {
            host: 'a3f1c9e2b7d84a0c9e5f-1427718392.eu-west-1.elb.amazonaws.com',
            port: 9094,
          },
        ],
        bootstrapServers:
          'a3f1c9e2b7d84a0c9e5f-1427718392.eu-west-1.elb.amazonaws.com:9094',
        certificates: [
          '-----BEGIN CERTIFICATE-----\nMIIFLTCCAxWgAwIBAgIUZ3k...\n-----END CERTIFICATE-----\n',
        ],
      },
    ],
    kafkaNodePools: [{ name: 'brokers' }, { name: 'controllers' }],
    clusterId: 'Hq3n8mVfQJ2dXk1pLr7sYw',
    operatorLastSuccessfulVersion: '1.2.0',
    kafkaVersion: '4.3.1',
    kafkaMetadataVersion: '4.3-IV0',
    autoRebalance: {
      state: 'Idle',
      lastTransitionTime: '2026-11-20T08:12:44.531Z',
    },
  },
};

const nodePool = (
  name: string,
  roles: string[],
  nodeIds: number[],
  storage: object,
  resources: object,
  template?: object,
) => ({
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'KafkaNodePool',
  metadata: {
    name,
    namespace: NAMESPACE,
    labels: { 'strimzi.io/cluster': CLUSTER },
    annotations: { 'strimzi.io/next-node-ids': '[6-100]' },
    generation: 2,
  },
  spec: {
    replicas: nodeIds.length,
    roles,
    storage,
    resources,
    ...(template && { template }),
  },
  status: {
    observedGeneration: 2,
    nodeIds,
    clusterId: 'Hq3n8mVfQJ2dXk1pLr7sYw',
    roles,
    replicas: nodeIds.length,
    labelSelector: `strimzi.io/cluster=${CLUSTER},strimzi.io/name=${CLUSTER}-kafka,strimzi.io/kind=Kafka,strimzi.io/pool-name=${name}`,
  },
});

export const controllersPool = nodePool(
  'controllers',
  ['controller'],
  [0, 1, 2],
  {
    type: 'persistent-claim',
    size: '20Gi',
    class: 'gp3',
    deleteClaim: true,
    kraftMetadata: 'shared',
  },
  { requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '2Gi' } },
);

export const brokersPool = nodePool(
  'brokers',
  ['broker'],
  [3, 4, 5],
  {
    type: 'jbod',
    volumes: [
      {
        id: 0,
        type: 'persistent-claim',
        size: '600Gi',
        class: 'gp3',
        deleteClaim: false,
        kraftMetadata: 'shared',
      },
      {
        id: 1,
        type: 'persistent-claim',
        size: '1200Gi',
        class: 'st1',
        deleteClaim: true,
      },
    ],
  },
  { requests: { cpu: 2, memory: '8Gi' }, limits: { memory: '8Gi' } },
  {
    pod: {
      tolerations: [
        {
          key: 'dedicated',
          operator: 'Equal',
          value: 'kafka',
          effect: 'NoSchedule',
        },
      ],
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              {
                matchExpressions: [
                  {
                    key: 'kafka-on-eks/pool',
                    operator: 'In',
                    values: ['brokers'],
                  },
                ],
              },
            ],
          },
        },
      },
    },
  },
);

interface VolumeSpec {
  pool: 'controllers' | 'brokers';
  nodeId: number;
  volumeId?: number;
  storageClass: string;
  requested: string;
  capacity: string;
  ebsVolumeId: string;
  zoneKey?: string;
  conditions?: object[];
  volumeAttributesClassName?: string;
  reclaimPolicy?: string;
}

const claimName = (v: VolumeSpec) =>
  v.volumeId === undefined
    ? `data-${CLUSTER}-${v.pool}-${v.nodeId}`
    : `data-${v.volumeId}-${CLUSTER}-${v.pool}-${v.nodeId}`;
const volumeName = (v: VolumeSpec) =>
  `pvc-${v.ebsVolumeId.slice(4, 12)}-7b1e-4c2a-9d3f-${v.ebsVolumeId.slice(
    -12,
  )}`;

const claim = (v: VolumeSpec) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: {
    name: claimName(v),
    namespace: NAMESPACE,
    labels: strimziLabels(
      v.pool,
      v.pool === 'brokers' ? 'broker' : 'controller',
    ),
    annotations: {
      'pv.kubernetes.io/bind-completed': 'yes',
      'pv.kubernetes.io/bound-by-controller': 'yes',
      'strimzi.io/delete-claim': String(v.pool === 'controllers'),
      'volume.beta.kubernetes.io/storage-provisioner': 'ebs.csi.aws.com',
      'volume.kubernetes.io/selected-node': NODES[v.nodeId % 3],
      'volume.kubernetes.io/storage-provisioner': 'ebs.csi.aws.com',
    },
    finalizers: ['kubernetes.io/pvc-protection'],
  },
  spec: {
    accessModes: ['ReadWriteOnce'],
    resources: { requests: { storage: v.requested } },
    storageClassName: v.storageClass,
    volumeMode: 'Filesystem',
    volumeName: volumeName(v),
    ...(v.volumeAttributesClassName && {
      volumeAttributesClassName: v.volumeAttributesClassName,
    }),
  },
  status: {
    phase: 'Bound',
    accessModes: ['ReadWriteOnce'],
    capacity: { storage: v.capacity },
    ...(v.conditions && { conditions: v.conditions }),
    ...(v.volumeAttributesClassName && {
      currentVolumeAttributesClassName: v.volumeAttributesClassName,
    }),
  },
});

const persistentVolume = (v: VolumeSpec) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: {
    name: volumeName(v),
    annotations: {
      'pv.kubernetes.io/provisioned-by': 'ebs.csi.aws.com',
      'volume.kubernetes.io/provisioner-deletion-secret-name': '',
    },
    finalizers: ['external-provisioner.volume.kubernetes.io/finalizer'],
  },
  spec: {
    accessModes: ['ReadWriteOnce'],
    capacity: { storage: v.capacity },
    claimRef: {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      name: claimName(v),
      namespace: NAMESPACE,
    },
    csi: {
      driver: 'ebs.csi.aws.com',
      fsType: 'ext4',
      volumeAttributes: {
        'storage.kubernetes.io/csiProvisionerIdentity':
          '1763021400312-4191-ebs.csi.aws.com',
      },
      volumeHandle: v.ebsVolumeId,
    },
    nodeAffinity: {
      required: {
        nodeSelectorTerms: [
          {
            matchExpressions: [
              {
                key: v.zoneKey ?? 'topology.kubernetes.io/zone',
                operator: 'In',
                values: [ZONES[v.nodeId % 3]],
              },
            ],
          },
        ],
      },
    },
    persistentVolumeReclaimPolicy: v.reclaimPolicy ?? 'Delete',
    storageClassName: v.storageClass,
    volumeMode: 'Filesystem',
  },
  status: { phase: 'Bound' },
});

const volumes: VolumeSpec[] = [
  ...[0, 1, 2].map(nodeId => ({
    pool: 'controllers' as const,
    nodeId,
    storageClass: 'gp3',
    requested: '20Gi',
    capacity: '20Gi',
    ebsVolumeId: `vol-0c0ffee0000000c0${nodeId}`,
    ...(nodeId === 1 && { zoneKey: 'topology.ebs.csi.aws.com/zone' }),
  })),
  ...[3, 4, 5].map(nodeId => ({
    pool: 'brokers' as const,
    nodeId,
    volumeId: 0,
    storageClass: 'gp3',
    requested: '600Gi',
    capacity: nodeId === 5 ? '500Gi' : '600Gi',
    ebsVolumeId: `vol-0b0ffee0000000a0${nodeId}`,
    ...(nodeId === 3 && { volumeAttributesClassName: 'gp3-fast' }),
    ...(nodeId === 5 && {
      conditions: [
        {
          type: 'FileSystemResizePending',
          status: 'True',
          message:
            'Waiting for user to (re-)start a pod to finish file system resize of volume on node.',
          lastTransitionTime: '2026-11-21T10:02:11Z',
        },
      ],
    }),
  })),
  ...[3, 4, 5].map(nodeId => ({
    pool: 'brokers' as const,
    nodeId,
    volumeId: 1,
    storageClass: 'st1',
    requested: '1200Gi',
    capacity: nodeId === 4 ? '1000Gi' : '1200Gi',
    ebsVolumeId: `vol-0b0ffee0000000b0${nodeId}`,
    reclaimPolicy: 'Retain',
    ...(nodeId === 4 && {
      conditions: [
        {
          type: 'Resizing',
          status: 'True',
          lastTransitionTime: '2026-11-21T10:05:40Z',
        },
      ],
    }),
  })),
];

export const ordersClaims = volumes.map(claim);
export const ordersPersistentVolumes = volumes.map(persistentVolume);

const pod = (pool: 'controllers' | 'brokers', nodeId: number) => {
  const jbodIds = pool === 'brokers' ? [0, 1] : [];
  const ready = !(pool === 'brokers' && nodeId === 5);
  const condition = (type: string, status = 'True') => ({
    type,
    status,
    lastTransitionTime: '2026-11-20T08:10:02Z',
  });
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${CLUSTER}-${pool}-${nodeId}`,
      namespace: NAMESPACE,
      labels: {
        ...strimziLabels(pool, pool === 'brokers' ? 'broker' : 'controller'),
        'statefulset.kubernetes.io/pod-name': `${CLUSTER}-${pool}-${nodeId}`,
        'strimzi.io/pod-name': `${CLUSTER}-${pool}-${nodeId}`,
      },
      ownerReferences: [
        {
          apiVersion: 'core.strimzi.io/v1',
          kind: 'StrimziPodSet',
          name: `${CLUSTER}-${pool}`,
          controller: true,
        },
      ],
    },
    spec: {
      hostname: `${CLUSTER}-${pool}-${nodeId}`,
      nodeName: NODES[nodeId % 3],
      subdomain: `${CLUSTER}-kafka-brokers`,
      volumes: [
        ...(jbodIds.length === 0
          ? [
              {
                name: 'data',
                persistentVolumeClaim: {
                  claimName: `data-${CLUSTER}-${pool}-${nodeId}`,
                },
              },
            ]
          : jbodIds.map(id => ({
              name: `data-${id}`,
              persistentVolumeClaim: {
                claimName: `data-${id}-${CLUSTER}-${pool}-${nodeId}`,
              },
            }))),
        {
          name: 'strimzi-tmp',
          emptyDir: { medium: 'Memory', sizeLimit: '5Mi' },
        },
        {
          name: 'cluster-ca',
          secret: {
            defaultMode: 292,
            secretName: `${CLUSTER}-cluster-ca-cert`,
          },
        },
      ],
    },
    status: {
      phase: 'Running',
      conditions: [
        condition('PodReadyToStartContainers'),
        condition('Initialized'),
        condition('Ready', ready ? 'True' : 'False'),
        condition('ContainersReady', ready ? 'True' : 'False'),
        condition('PodScheduled'),
      ],
      containerStatuses: [
        { name: 'kafka', ready, restartCount: ready ? 0 : 4, started: ready },
      ],
      hostIP: '10.20.1.17',
      podIP: `10.20.${(nodeId % 3) + 1}.${100 + nodeId}`,
      qosClass: 'Burstable',
    },
  };
};

export const ordersPods = [
  ...[0, 1, 2].map(id => pod('controllers', id)),
  ...[3, 4, 5].map(id => pod('brokers', id)),
  // Not a node: must not be taken for one, even though its name ends in digits.
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'orders-entity-operator-6d7f9c8b5-48213',
      namespace: NAMESPACE,
      labels: {
        'strimzi.io/cluster': CLUSTER,
        'strimzi.io/kind': 'Kafka',
        'strimzi.io/name': 'orders-entity-operator',
      },
    },
    spec: { nodeName: NODES[0] },
    status: {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'True' }],
    },
  },
];

const node = (
  name: string,
  zone: string,
  options: { pool?: string; unschedulable?: boolean } = {},
) => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: {
    name,
    labels: {
      'kubernetes.io/hostname': name,
      'kubernetes.io/os': 'linux',
      'node.kubernetes.io/instance-type': 'r7i.xlarge',
      'topology.kubernetes.io/region': 'eu-west-1',
      'topology.kubernetes.io/zone': zone,
      ...(options.pool && { 'kafka-on-eks/pool': options.pool }),
    },
  },
  spec: {
    providerID: `aws:///${zone}/i-0${name.slice(3, 12).replace(/-/g, '0')}`,
    ...(options.unschedulable && { unschedulable: true }),
  },
  status: {
    conditions: [
      { type: 'MemoryPressure', status: 'False' },
      { type: 'DiskPressure', status: 'False' },
      { type: 'Ready', status: 'True', reason: 'KubeletReady' },
    ],
    nodeInfo: { kubeletVersion: 'v1.34.2-eks-3025e55' },
  },
});

export const ordersNodes = [
  ...NODES.map((name, i) => node(name, ZONES[i], { pool: 'brokers' })),
  // Being drained: Ready, but no new pod goes there.
  node('ip-10-20-3-120.eu-west-1.compute.internal', 'eu-west-1c', {
    pool: 'brokers',
    unschedulable: true,
  }),
  node('ip-10-20-1-200.eu-west-1.compute.internal', 'eu-west-1a'),
];

export const storageClasses = [
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: 'gp3',
      annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
    },
    provisioner: 'ebs.csi.aws.com',
    parameters: {
      type: 'gp3',
      iops: '6000',
      throughput: '250',
      encrypted: 'true',
      'csi.storage.k8s.io/fstype': 'ext4',
    },
    reclaimPolicy: 'Delete',
    allowVolumeExpansion: true,
    volumeBindingMode: 'WaitForFirstConsumer',
  },
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'st1' },
    provisioner: 'ebs.csi.aws.com',
    parameters: { Type: 'st1', encrypted: 'true' },
    reclaimPolicy: 'Retain',
    allowVolumeExpansion: true,
    volumeBindingMode: 'WaitForFirstConsumer',
  },
];

export const volumeAttributesClasses = [
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'VolumeAttributesClass',
    metadata: { name: 'gp3-fast' },
    driverName: 'ebs.csi.aws.com',
    parameters: { iops: '12000', throughput: '500' },
  },
];

/** Every object of the fixture, by kind, as one relist would deliver it. */
// Argo CD Applications are their own fixture: a cluster without Argo CD is the default.
export const ordersObjectsByKind: Record<
  Exclude<KafkaViewObjectKind, 'Application'>,
  KubernetesObject[]
> = {
  Kafka: [ordersKafka],
  KafkaNodePool: [controllersPool, brokersPool],
  KafkaTopic: [...ordersTopics, ...otherKafkaTopics],
  KafkaRebalance: ordersRebalances,
  Pod: ordersPods,
  PersistentVolumeClaim: ordersClaims,
  PersistentVolume: ordersPersistentVolumes,
  StorageClass: storageClasses,
  VolumeAttributesClass: volumeAttributesClasses,
  Node: ordersNodes,
};

/** The Argo CD Applications a generated repository creates for orders. */
export const ordersApplications = [
  {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: 'orders-kafka',
      namespace: 'argocd',
      labels: { 'kafka-on-eks/kafka': CLUSTER },
    },
    spec: { project: 'default' },
    status: {
      sync: { status: 'Synced', revision: '9f2c1e7' },
      health: { status: 'Healthy' },
      operationState: {
        phase: 'Succeeded',
        finishedAt: '2026-11-21T11:40:00Z',
      },
    },
  },
  {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: 'orders-strimzi',
      namespace: 'argocd',
      labels: { 'kafka-on-eks/kafka': CLUSTER },
    },
    spec: { project: 'default' },
    status: {
      sync: { status: 'OutOfSync', revision: '9f2c1e7' },
      health: { status: 'Degraded', message: 'Deployment has 0/1 ready' },
      operationState: {
        phase: 'Failed',
        message: 'one or more objects failed to apply',
        finishedAt: '2026-11-21T11:41:00Z',
      },
    },
  },
  {
    // Another Kafka's: must not show on orders.
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: 'events-kafka',
      namespace: 'argocd',
      labels: { 'kafka-on-eks/kafka': 'events' },
    },
    spec: { project: 'default' },
  },
];
