import type { NodeFacts } from './kubernetesNodes';
import type {
  NodeSelectorRequirement,
  NodeSelectorTerm,
  StrimziKafka,
  StrimziKafkaNodePool,
  StrimziPodTemplate,
} from './kubernetesObjects';

/**
 * Which nodes a pool's pods may be scheduled on, as the scheduler's
 * NodeAffinity filter decides it: the required node affinity's terms are
 * ORed, the requirements within a term ANDed; a `nodeSelector` must match
 * too. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/
 */
export interface NodePlacement {
  nodeSelectorTerms?: NodeSelectorTerm[];
  nodeSelector?: Record<string, string>;
}

/**
 * The placement of a pool's pods: its own pod template, else the Kafka's
 * (Strimzi uses the pool's `template.pod` instead of the Kafka's when set).
 * Undefined when nothing is required: any node may then host the pool.
 * With rack awareness Strimzi adds that a node must have the rack's key.
 */
export function nodePlacementOf(
  pool: StrimziKafkaNodePool,
  kafka: StrimziKafka | undefined,
): NodePlacement | undefined {
  const template: StrimziPodTemplate | undefined =
    pool.spec?.template?.pod ?? kafka?.spec?.kafka?.template?.pod;
  const required =
    template?.affinity?.nodeAffinity
      ?.requiredDuringSchedulingIgnoredDuringExecution;
  const nodeSelector =
    template?.nodeSelector && Object.keys(template.nodeSelector).length > 0
      ? template.nodeSelector
      : undefined;
  if (!required && !nodeSelector) return undefined;
  const rackKey = kafka?.spec?.kafka?.rack?.topologyKey;
  const rack: NodeSelectorRequirement[] = rackKey
    ? [{ key: rackKey, operator: 'Exists' }]
    : [];
  return {
    ...(required && {
      nodeSelectorTerms: (required.nodeSelectorTerms ?? []).map(term => ({
        ...term,
        matchExpressions: [...(term.matchExpressions ?? []), ...rack],
      })),
    }),
    ...(nodeSelector && { nodeSelector }),
  };
}

export function matchesPlacement(
  placement: NodePlacement,
  node: NodeFacts,
): boolean {
  const selected = Object.entries(placement.nodeSelector ?? {}).every(
    ([key, value]) => node.labels[key] === value,
  );
  if (!selected) return false;
  const terms = placement.nodeSelectorTerms;
  return terms === undefined || terms.some(term => matchesTerm(term, node));
}

/** A term with no requirements matches no node, as in Kubernetes. */
function matchesTerm(term: NodeSelectorTerm, node: NodeFacts): boolean {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return false;
  return (
    expressions.every(r => matchesRequirement(r, node.labels[r.key ?? ''])) &&
    // metadata.name is the one node field Kubernetes selects on.
    fields.every(
      r =>
        r.key === 'metadata.name' &&
        (r.operator === 'In' || r.operator === 'NotIn') &&
        matchesRequirement(r, node.name),
    )
  );
}

const INTEGER = /^[+-]?\d+$/;

/**
 * One requirement against a label value (undefined: the node lacks the
 * label). A malformed requirement, which the API server would have
 * refused, matches nothing.
 */
export function matchesRequirement(
  requirement: NodeSelectorRequirement,
  value: string | undefined,
): boolean {
  const { key, operator, values = [] } = requirement;
  if (!key) return false;
  switch (operator) {
    case 'In':
      return values.length > 0 && value !== undefined && values.includes(value);
    case 'NotIn':
      return (
        values.length > 0 && (value === undefined || !values.includes(value))
      );
    case 'Exists':
      return values.length === 0 && value !== undefined;
    case 'DoesNotExist':
      return values.length === 0 && value === undefined;
    case 'Gt':
    case 'Lt': {
      if (values.length !== 1 || !INTEGER.test(values[0])) return false;
      if (value === undefined || !INTEGER.test(value)) return false;
      const [have, limit] = [Number(value), Number(values[0])];
      return operator === 'Gt' ? have > limit : have < limit;
    }
    default:
      return false;
  }
}
