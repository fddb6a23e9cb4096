import type { KafkaClusterView } from '../view/types';
import type { LiveClusterFacts } from './types';

// Kubernetes' `status.modifyVolumeStatus.status` values of a modification
// that has not finished.
const MODIFICATION_UNFINISHED = new Set(['Pending', 'InProgress']);

/**
 * Ready broker nodes: the ready nodes of every pool with the broker role,
 * a node counted once when two pools match it. Unknown when a broker pool's
 * nodes are unknown (no required placement, or not read), or when the view
 * says the nodes, or the whole cluster, could not be read just now: a stale
 * count must not let more brokers in than there are nodes.
 */
function readyBrokerNodesOf(view: KafkaClusterView): number | undefined {
  if (view.errors.some(e => e.scope === 'Node' || e.scope === 'cluster')) {
    return undefined;
  }
  const brokerPools = view.nodePools.filter(p => p.roles.includes('broker'));
  if (brokerPools.length === 0) return undefined;
  const ready = new Set<string>();
  for (const pool of brokerPools) {
    if (!pool.kubernetesNodes) return undefined;
    pool.kubernetesNodes.readyNodeNames.forEach(name => ready.add(name));
  }
  return ready.size;
}

/**
 * What the day-2 change rules need from a cluster's live view: the Ready
 * broker nodes (for a broker count increase) and whether a broker volume is
 * still being resized or modified. A fact the view cannot tell is left out.
 *
 * @public
 */
export function liveFactsFromView(view: KafkaClusterView): LiveClusterFacts {
  const readyBrokerNodes = readyBrokerNodesOf(view);
  const volumesUnknown = view.errors.some(
    e => e.scope === 'PersistentVolumeClaim' || e.scope === 'cluster',
  );
  return {
    ...(readyBrokerNodes !== undefined && { readyBrokerNodes }),
    ...(!volumesUnknown && {
      volumeModificationPending: view.volumes.some(
        volume =>
          volume.resizePending ||
          MODIFICATION_UNFINISHED.has(volume.modifyVolumeStatus ?? ''),
      ),
    }),
  };
}
