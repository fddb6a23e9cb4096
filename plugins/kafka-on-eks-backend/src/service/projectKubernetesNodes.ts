import type {
  KafkaPoolKubernetesNodesView,
  KafkaZoneNodeCountView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { isNodeReady, type NodeFacts } from './kubernetesNodes';
import { matchesPlacement, type NodePlacement } from './nodePlacement';
import { compareText } from './sorting';

/**
 * The nodes a placement admits, counted in total, Ready and per zone.
 * Undefined when the nodes are unknown (never listed) or the pool asks for
 * no particular nodes: then the count would be every node of the cluster.
 */
export function projectKubernetesNodes(
  placement: NodePlacement | undefined,
  nodes: readonly NodeFacts[] | undefined,
): KafkaPoolKubernetesNodesView | undefined {
  if (!placement || !nodes) return undefined;
  const byZone: Record<string, KafkaZoneNodeCountView> = {};
  const readyNodeNames: string[] = [];
  let total = 0;
  for (const node of nodes) {
    if (!matchesPlacement(placement, node)) continue;
    const ready = isNodeReady(node);
    total += 1;
    if (ready) readyNodeNames.push(node.name);
    if (node.zone) {
      const zone = (byZone[node.zone] ??= { total: 0, ready: 0 });
      zone.total += 1;
      if (ready) zone.ready += 1;
    }
  }
  const zones = Object.keys(byZone).sort(compareText);
  return {
    total,
    ready: readyNodeNames.length,
    byZone: Object.fromEntries(zones.map(zone => [zone, byZone[zone]])),
    readyNodeNames: readyNodeNames.sort(compareText),
  };
}
