import {
  gp3PerformanceOf,
  volumeAttributesClassName,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  KAFKA_NAMESPACE,
  KAFKA_POOL_NODE_LABEL,
  KAFKA_TAINT,
  ZONE_TOPOLOGY_KEY,
} from '../naming';
import {
  KAFKA_STORAGE_CLASSES,
  KEEP,
  POOLS,
  STRIMZI_CLUSTER_LABEL,
  STRIMZI_POOL_NAME_LABEL,
  SYNC_OPTIONS,
  type PoolRole,
} from './names';
import { podSizing } from './sizing';

interface PoolInput {
  role: PoolRole;
  replicas: number;
  instanceType: string;
  storageClass: string;
  volumeSizeGi: number;
  volumeAttributesClass?: string;
}

/**
 * Pod placement: only on the pool's own tainted nodes, spread evenly over
 * the zones. `minDomains` makes the scheduler count a zone without a free
 * node as empty, so pods wait for a node there rather than pile into the
 * zones that have one.
 */
function podTemplate(request: KafkaClusterRequest, role: PoolRole) {
  const pool = POOLS[role];
  return {
    tolerations: [
      {
        key: KAFKA_TAINT.key,
        operator: 'Equal',
        value: KAFKA_TAINT.value,
        effect: KAFKA_TAINT.effect,
      },
    ],
    affinity: {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            {
              matchExpressions: [
                { key: KAFKA_POOL_NODE_LABEL, operator: 'In', values: [pool] },
              ],
            },
          ],
        },
      },
    },
    topologySpreadConstraints: [
      {
        maxSkew: 1,
        topologyKey: ZONE_TOPOLOGY_KEY,
        whenUnsatisfiable: 'DoNotSchedule',
        minDomains: request.zones,
        labelSelector: {
          matchLabels: {
            [STRIMZI_CLUSTER_LABEL]: request.name,
            [STRIMZI_POOL_NAME_LABEL]: pool,
          },
        },
      },
    ],
  };
}

function nodePool(request: KafkaClusterRequest, input: PoolInput) {
  const sizing = podSizing(input.instanceType);
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaNodePool',
    metadata: {
      name: POOLS[input.role],
      namespace: KAFKA_NAMESPACE,
      labels: { [STRIMZI_CLUSTER_LABEL]: request.name },
      // Deleting a pool deletes its brokers: never by prune or app deletion.
      annotations: { [SYNC_OPTIONS]: KEEP },
    },
    spec: {
      replicas: input.replicas,
      roles: [input.role],
      // JBOD even with one disk, so volumes can be added later. Exactly one
      // volume per pool may hold the KRaft metadata log.
      storage: {
        type: 'jbod',
        volumes: [
          {
            id: 0,
            type: 'persistent-claim',
            class: input.storageClass,
            size: `${input.volumeSizeGi}Gi`,
            // Keep the data when the pool or the Kafka is deleted.
            deleteClaim: false,
            kraftMetadata: 'shared',
            ...(input.volumeAttributesClass && {
              volumeAttributesClass: input.volumeAttributesClass,
            }),
          },
        ],
      },
      resources: sizing.resources,
      jvmOptions: sizing.jvmOptions,
      template: { pod: podTemplate(request, input.role) },
    },
  };
}

/** The KRaft controller pool: always gp3 for the metadata log. */
export function controllerPool(request: KafkaClusterRequest) {
  const { controllers } = request;
  return nodePool(request, {
    role: 'controller',
    replicas: controllers.replicas,
    instanceType: controllers.instanceType,
    storageClass: KAFKA_STORAGE_CLASSES.gp3,
    volumeSizeGi: controllers.volumeSizeGi,
  });
}

/** The broker pool, on the chosen EBS type; provisioned gp3 IOPS/throughput via the VolumeAttributesClass. */
export function brokerPool(request: KafkaClusterRequest) {
  const { brokers } = request;
  const performance = gp3PerformanceOf(request.brokers);
  return nodePool(request, {
    role: 'broker',
    replicas: brokers.replicas,
    instanceType: brokers.instanceType,
    storageClass: KAFKA_STORAGE_CLASSES[brokers.storageClass],
    volumeSizeGi: brokers.volumeSizeGi,
    volumeAttributesClass:
      performance && volumeAttributesClassName(performance),
  });
}
