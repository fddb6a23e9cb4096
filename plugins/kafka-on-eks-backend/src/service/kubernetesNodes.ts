import type { Node } from './kubernetesObjects';

// The well-known zone label, then the one it replaced (Kubernetes < 1.17).
const ZONE_LABELS = [
  'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/zone',
];

/**
 * What the view needs of a Kubernetes Node, and all the index keeps: a
 * node's status carries images and heartbeats the view never reads.
 */
export interface NodeFacts {
  name: string;
  labels: Readonly<Record<string, string>>;
  zone?: string;
  /** The `Ready` condition is `True`. */
  readyCondition: boolean;
  /** Cordoned: no new pod is scheduled on it. */
  unschedulable: boolean;
}

export function nodeFactsOf(node: Node): NodeFacts | undefined {
  const name = node.metadata?.name;
  if (!name) return undefined;
  const labels = node.metadata?.labels ?? {};
  const zone = ZONE_LABELS.map(key => labels[key]).find(Boolean);
  return {
    name,
    labels,
    ...(zone && { zone }),
    readyCondition:
      node.status?.conditions?.find(c => c.type === 'Ready')?.status === 'True',
    unschedulable: node.spec?.unschedulable === true,
  };
}

/** Ready for a new pod: its kubelet reports Ready and it is not cordoned. */
export const isNodeReady = (node: NodeFacts) =>
  node.readyCondition && !node.unschedulable;

/** True when nothing the view reads differs, e.g. after a heartbeat. */
export function sameNodeFacts(a: NodeFacts, b: NodeFacts): boolean {
  const aKeys = Object.keys(a.labels);
  return (
    a.name === b.name &&
    a.zone === b.zone &&
    a.readyCondition === b.readyCondition &&
    a.unschedulable === b.unschedulable &&
    aKeys.length === Object.keys(b.labels).length &&
    aKeys.every(key => a.labels[key] === b.labels[key])
  );
}
