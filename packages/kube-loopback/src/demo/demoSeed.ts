import {
  DEMO_CLUSTERS,
  DEMO_NAMESPACE as NS,
  KAFKA_VERSION,
  METADATA_VERSION,
  NOT_READY_TOPIC,
  REPLICAS_CHANGE_TOPIC,
  UNMANAGED_TOPIC,
  type DemoCluster,
  type DemoPool,
} from './demoClusters';
import {
  addMinutes,
  kafkaId,
  namespacedMeta as meta,
  strimziLabels,
  uuidFor,
} from './demoIds';
import { KAFKA_POOL_NODE_LABEL } from '../nodes/kubernetesNode';
import { demoNode } from './demoNodes';
import { DEMO_KAFKA_TAINT_TOLERATION, demoPod } from './demoPods';
import { demoStorageClasses, demoVolumes } from './demoStorage';

/**
 * The demo portal's cluster: pure and deterministic (ids are hashes of
 * names), so regenerating `demo/` changes nothing unless this file does.
 */

function kafka(cluster: DemoCluster): object {
  const bootstrap = `${cluster.name}-kafka-bootstrap.${NS}.svc`;
  const readyAt = addMinutes(cluster.createdAt, 7);
  const failingPod = `${cluster.name}-${cluster.pools[0].name}-${cluster.crashLooping}`;
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    metadata: meta(cluster.name, cluster.createdAt),
    spec: {
      kafka: {
        version: KAFKA_VERSION,
        metadataVersion: METADATA_VERSION,
        listeners: [
          { name: 'plain', port: 9092, type: 'internal', tls: false },
          { name: 'tls', port: 9093, type: 'internal', tls: true },
        ],
        config: {
          'default.replication.factor': 3,
          'min.insync.replicas': 2,
          'offsets.topic.replication.factor': 3,
          'transaction.state.log.min.isr': 2,
          'transaction.state.log.replication.factor': 3,
        },
        rack: { topologyKey: 'topology.kubernetes.io/zone' },
      },
      entityOperator: { topicOperator: {}, userOperator: {} },
    },
    status: {
      conditions: cluster.ready
        ? [{ type: 'Ready', status: 'True', lastTransitionTime: readyAt }]
        : [
            {
              type: 'NotReady',
              status: 'True',
              lastTransitionTime: '2026-11-26T22:41:09Z',
              reason: 'TimeoutException',
              message: `Exceeded timeout of 300000ms while waiting for Pods resource ${failingPod} in namespace ${NS} to be ready`,
            },
          ],
      observedGeneration: 1,
      listeners: [
        { name: 'plain', port: 9092 },
        { name: 'tls', port: 9093 },
      ].map(l => ({
        name: l.name,
        addresses: [{ host: bootstrap, port: l.port }],
        bootstrapServers: `${bootstrap}:${l.port}`,
      })),
      kafkaNodePools: cluster.pools
        .map(p => ({ name: p.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      clusterId: kafkaId(cluster.name),
      operatorLastSuccessfulVersion: cluster.operatorLastSuccessfulVersion,
      kafkaVersion: KAFKA_VERSION,
      kafkaMetadataVersion: METADATA_VERSION,
    },
  };
}

function nodePool(cluster: DemoCluster, pool: DemoPool): object {
  const labels = strimziLabels(cluster.name, pool.name);
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaNodePool',
    metadata: meta(pool.name, cluster.createdAt, {
      labels: { 'strimzi.io/cluster': cluster.name },
    }),
    spec: {
      replicas: pool.nodeIds.length,
      roles: [pool.role],
      storage: {
        type: 'jbod',
        volumes: [
          {
            id: 0,
            type: 'persistent-claim',
            size: pool.volume.size,
            class: pool.volume.storageClass,
            ...(pool.volume.volumeAttributesClass
              ? { volumeAttributesClass: pool.volume.volumeAttributesClass }
              : {}),
            deleteClaim: false,
            kraftMetadata: 'shared',
          },
        ],
      },
      resources: {
        requests: { cpu: pool.resources.cpu, memory: pool.resources.memory },
        limits: { memory: pool.resources.memory },
      },
      // Only on the pool's own node groups, as the generated pools are.
      template: {
        pod: {
          tolerations: [DEMO_KAFKA_TAINT_TOLERATION],
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [
                  {
                    matchExpressions: [
                      {
                        key: KAFKA_POOL_NODE_LABEL,
                        operator: 'In',
                        values: [pool.name],
                      },
                    ],
                  },
                ],
              },
            },
          },
        },
      },
    },
    status: {
      conditions: [],
      observedGeneration: 1,
      nodeIds: pool.nodeIds,
      clusterId: kafkaId(cluster.name),
      roles: [pool.role],
      replicas: pool.nodeIds.length,
      labelSelector: Object.entries(labels)
        .filter(([k]) =>
          [
            'strimzi.io/cluster',
            'strimzi.io/name',
            'strimzi.io/kind',
            'strimzi.io/pool-name',
          ].includes(k),
        )
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    },
  };
}

function topic(cluster: DemoCluster, name: string, index: number): object {
  const createdAt = addMinutes(cluster.createdAt, 60 * 24 * index + 11);
  const replicas = name === NOT_READY_TOPIC ? 4 : 3;
  const conditionAt = addMinutes(createdAt, 1);
  let status: Record<string, unknown> = {
    conditions: [
      { type: 'Ready', status: 'True', lastTransitionTime: conditionAt },
    ],
    observedGeneration: 1,
    topicName: name,
    topicId: kafkaId(`${cluster.name}/${name}`),
  };
  if (name === NOT_READY_TOPIC) {
    status = {
      conditions: [
        {
          type: 'Ready',
          status: 'False',
          lastTransitionTime: conditionAt,
          reason: 'KafkaError',
          message:
            'org.apache.kafka.common.errors.InvalidReplicationFactorException: Unable to replicate the partition 4 time(s): The target replication factor of 4 cannot be reached because only 3 broker(s) are registered.',
        },
      ],
      observedGeneration: 1,
      topicName: name,
    };
  } else if (name === REPLICAS_CHANGE_TOPIC) {
    // Replication factor 2 -> 3, being moved by Cruise Control.
    status.replicasChange = {
      targetReplicas: 3,
      state: 'ongoing',
      sessionId: uuidFor(`cruise-control:${name}`),
    };
    status.observedGeneration = 2;
  } else if (name === UNMANAGED_TOPIC) {
    status.conditions = [
      { type: 'Unmanaged', status: 'True', lastTransitionTime: conditionAt },
    ];
  }
  const dlq = name.endsWith('.dlq');
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: meta(name, createdAt, {
      labels: { 'strimzi.io/cluster': cluster.name },
      ...(name === UNMANAGED_TOPIC
        ? { annotations: { 'strimzi.io/managed': 'false' } }
        : {}),
      // No strimzi.io/topic-operator finalizer: with no operator to remove
      // it, `kubectl delete kt` would wait forever.
      // The replication factor was raised from 2, which bumped the generation.
      ...(name === REPLICAS_CHANGE_TOPIC ? { generation: 2 } : {}),
    }),
    spec: {
      partitions: dlq ? 3 : [6, 12, 24][index % 3],
      replicas,
      config: {
        'retention.ms': dlq ? 1209600000 : 604800000,
        'min.insync.replicas': 2,
        'cleanup.policy':
          name.includes('snapshot') || name.includes('balances')
            ? 'compact'
            : 'delete',
      },
    },
    status,
  };
}

export interface DemoSeedFile {
  file: string;
  objects: object[];
}

/** The demo folder: file name to objects, in load order. */
export function demoSeed(): DemoSeedFile[] {
  const files: DemoSeedFile[] = [
    {
      file: '00-namespace.yaml',
      objects: [
        {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: {
            name: NS,
            uid: uuidFor(`namespace/${NS}`),
            creationTimestamp: '2026-01-12T16:05:02Z',
          },
        },
      ],
    },
    { file: '10-storage-classes.yaml', objects: demoStorageClasses() },
  ];
  DEMO_CLUSTERS.forEach((cluster, i) => {
    const n = 20 + i;
    files.push(
      {
        file: `${n}-${cluster.name}.yaml`,
        objects: [
          kafka(cluster),
          ...cluster.pools.map(p => nodePool(cluster, p)),
        ],
      },
      {
        file: `${n + 10}-${cluster.name}-topics.yaml`,
        objects: cluster.topics.map((t, j) => topic(cluster, t, j)),
      },
      {
        file: `${n + 20}-${cluster.name}-pods.yaml`,
        objects: cluster.pools.flatMap(p =>
          p.nodeIds.map(id => demoPod(cluster, p, id)),
        ),
      },
      {
        file: `${n + 30}-${cluster.name}-volumes.yaml`,
        objects: cluster.pools.flatMap(p =>
          p.nodeIds.flatMap(id => demoVolumes(cluster, p, id)),
        ),
      },
      {
        file: `${n + 40}-${cluster.name}-nodes.yaml`,
        objects: cluster.pools.flatMap(p =>
          p.nodeIds.map(id => demoNode(cluster, p, id)),
        ),
      },
    );
  });
  return files;
}
