import type { KubernetesObject } from './kubernetesObjects';

/** Label Strimzi puts on everything it manages for one Kafka. */
export const CLUSTER_LABEL = 'strimzi.io/cluster';
/** Label Strimzi puts on the pods and PVCs of a node pool. */
export const POOL_LABEL = 'strimzi.io/pool-name';
/** `"false"` tells the topic operator to leave a KafkaTopic alone. */
export const MANAGED_ANNOTATION = 'strimzi.io/managed';

/** Where a pod or PVC sits in a Kafka: its pool, node id and JBOD volume id. */
export interface StrimziNodePlacement {
  pool?: string;
  nodeId?: number;
  volumeId?: number;
}

const TRAILING_NODE_ID = /-(\d+)$/;

/**
 * Reads `<cluster>-<pool>-<nodeId>`, the name Strimzi gives a node's pod.
 * The pool label wins over the name; the name's pool part may name no pool
 * (an operator pod whose random suffix is all digits), so callers match it
 * against the pools they know.
 */
export function placementOfPod(
  pod: KubernetesObject,
  kafka: string,
): StrimziNodePlacement {
  return placementOfNodeName(
    pod.metadata?.name ?? '',
    pod.metadata?.labels?.[POOL_LABEL],
    kafka,
  );
}

/**
 * Reads `data-<cluster>-<pool>-<nodeId>` (one volume) or
 * `data-<volumeId>-<cluster>-<pool>-<nodeId>` (JBOD), the names Strimzi gives
 * a node's PVCs. The cluster name is known, so a cluster name that starts
 * with digits is not mistaken for a volume id.
 */
export function placementOfClaim(
  claim: KubernetesObject,
  kafka: string,
): StrimziNodePlacement {
  const name = claim.metadata?.name ?? '';
  const poolLabel = claim.metadata?.labels?.[POOL_LABEL];
  if (!name.startsWith('data-')) return { pool: poolLabel };
  const rest = name.slice('data-'.length);
  if (rest.startsWith(`${kafka}-`)) {
    return placementOfNodeName(rest, poolLabel, kafka);
  }
  const jbod = /^(\d+)-(.*)$/.exec(rest);
  if (!jbod || !jbod[2].startsWith(`${kafka}-`)) return { pool: poolLabel };
  return {
    ...placementOfNodeName(jbod[2], poolLabel, kafka),
    volumeId: Number(jbod[1]),
  };
}

function placementOfNodeName(
  name: string,
  poolLabel: string | undefined,
  kafka: string,
): StrimziNodePlacement {
  const nodeIdMatch = TRAILING_NODE_ID.exec(name);
  const nodeId = nodeIdMatch ? Number(nodeIdMatch[1]) : undefined;
  if (poolLabel) return { pool: poolLabel, nodeId };
  if (!name.startsWith(`${kafka}-`) || !nodeIdMatch) return { nodeId };

  const pool = name.slice(kafka.length + 1, nodeIdMatch.index);
  return { pool: pool || undefined, nodeId };
}
