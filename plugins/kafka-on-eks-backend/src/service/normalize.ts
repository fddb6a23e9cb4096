import type { StrimziApiVersion } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type {
  KubernetesObject,
  StrimziKafka,
  StrimziKafkaNodePool,
  StrimziStorage,
} from './kubernetesObjects';

/** The one API version the projection reads. */
export const STRIMZI_V1 = 'kafka.strimzi.io/v1';
const STRIMZI_V1BETA2 = 'kafka.strimzi.io/v1beta2';

/**
 * The name of the pool Strimzi itself derives from a Kafka without
 * KafkaNodePools; its pods and PVCs are named `<cluster>-kafka-<n>`.
 */
export const LEGACY_POOL_NAME = 'kafka';

/** The Strimzi API version an object was read with, if it is a Strimzi one. */
export function strimziApiVersionOf(
  object: KubernetesObject,
): StrimziApiVersion | undefined {
  if (object.apiVersion === STRIMZI_V1) return 'v1';
  if (object.apiVersion === STRIMZI_V1BETA2) return 'v1beta2';
  return undefined;
}

/** A Kafka in the v1 shape, with what v1 moved out of it. */
export interface NormalizedKafka {
  kafka: StrimziKafka;
  servedAs?: StrimziApiVersion;
  /**
   * For a v1beta2 Kafka that sizes its brokers itself
   * (`spec.kafka.replicas/storage/resources`, removed in v1): the node pool
   * Strimzi derives from them. Used only when the Kafka has no KafkaNodePools.
   */
  legacyNodePool?: StrimziKafkaNodePool;
}

// v1beta2-only fields this projection must not see (v1 removed them).
interface V1beta2KafkaSpecKafka {
  replicas?: number;
  storage?: StrimziStorage;
  resources?: StrimziNodePoolSpec['resources'];
  [field: string]: unknown;
}
type StrimziNodePoolSpec = NonNullable<StrimziKafkaNodePool['spec']>;

/**
 * A Kafka of either version in the v1 shape. v1 objects are returned as they
 * are (no copy); v1beta2 objects are copied, never changed in place, because
 * they are the informer's cached objects.
 */
export function normalizeKafka(object: StrimziKafka): NormalizedKafka {
  const servedAs = strimziApiVersionOf(object);
  if (servedAs !== 'v1beta2') return { kafka: object, servedAs };

  const raw = object as any;
  const { replicas, storage, resources, ...kafkaSpec }: V1beta2KafkaSpecKafka =
    raw.spec?.kafka ?? {};
  const { zookeeper: _zookeeper, ...spec } = raw.spec ?? {};
  const { kafkaMetadataState: _state, ...status } = raw.status ?? {};

  const kafka: StrimziKafka = {
    ...object,
    apiVersion: STRIMZI_V1,
    spec: { ...spec, kafka: kafkaSpec },
    ...(raw.status && {
      status: {
        ...status,
        // v1beta2 listener status repeated the name as a deprecated `type`.
        listeners: status.listeners?.map(
          ({ type: _type, ...listener }: any) => listener,
        ),
      },
    }),
  };

  const usesNodePools =
    object.metadata?.annotations?.['strimzi.io/node-pools'] === 'enabled';
  const legacyNodePool =
    !usesNodePools && (replicas !== undefined || storage !== undefined)
      ? legacyPoolOf(object, { replicas, storage, resources })
      : undefined;
  return { kafka, servedAs, legacyNodePool };
}

function legacyPoolOf(
  kafka: StrimziKafka,
  spec: Pick<V1beta2KafkaSpecKafka, 'replicas' | 'storage' | 'resources'>,
): StrimziKafkaNodePool {
  const replicas = typeof spec.replicas === 'number' ? spec.replicas : 0;
  return {
    apiVersion: STRIMZI_V1,
    kind: 'KafkaNodePool',
    metadata: {
      name: LEGACY_POOL_NAME,
      namespace: kafka.metadata?.namespace,
      labels: { 'strimzi.io/cluster': kafka.metadata?.name ?? '' },
    },
    spec: {
      replicas,
      // Without node pools a Kafka runs ZooKeeper: its pods are brokers only.
      roles: ['broker'],
      storage: spec.storage && normalizeStorage(spec.storage),
      resources: spec.resources,
    },
    // Brokers of a Kafka without pools are numbered 0 to replicas - 1.
    status: {
      nodeIds: Array.from({ length: replicas }, (_, id) => id),
      roles: ['broker'],
      replicas,
    },
  };
}

/** v1beta2's per-broker `overrides` of the storage class are gone in v1. */
function normalizeStorage(storage: StrimziStorage): StrimziStorage {
  const { overrides: _overrides, ...rest } = storage as StrimziStorage & {
    overrides?: unknown;
  };
  return rest.volumes
    ? { ...rest, volumes: rest.volumes.map(normalizeStorage) }
    : rest;
}

/** A KafkaNodePool of either version in the v1 shape. */
export function normalizeNodePool(
  object: StrimziKafkaNodePool,
): StrimziKafkaNodePool {
  if (strimziApiVersionOf(object) !== 'v1beta2') return object;
  return {
    ...object,
    apiVersion: STRIMZI_V1,
    ...(object.spec && {
      spec: {
        ...object.spec,
        storage: object.spec.storage && normalizeStorage(object.spec.storage),
      },
    }),
  };
}

/**
 * KafkaTopic and KafkaRebalance: their v1beta2 and v1 fields the view reads
 * are the same, so only the apiVersion changes.
 */
export function normalizeStrimziObject<T extends KubernetesObject>(
  object: T,
): T {
  if (strimziApiVersionOf(object) !== 'v1beta2') return object;
  return { ...object, apiVersion: STRIMZI_V1 };
}
