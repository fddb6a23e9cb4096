import { ZONE_LABEL } from './kubernetesNode';

export interface NodeSelectorRequirement {
  key?: string;
  operator?: string;
  values?: string[];
}

/** A pod's `affinity.nodeAffinity`, as Strimzi's pod template carries it. */
export interface NodeAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: {
    nodeSelectorTerms?: Array<{ matchExpressions?: NodeSelectorRequirement[] }>;
  };
}

/**
 * Labels a node needs for a pod with this required node affinity to be
 * scheduled on it: those of the first term that labels alone can satisfy
 * (terms are ORed, the expressions of a term ANDed). Undefined when nothing
 * is required, or when no term can be met. The zone is left out: the node
 * goes where the pod is placed.
 */
export function labelsForNodeAffinity(
  affinity: NodeAffinity | undefined,
): Record<string, string> | undefined {
  const terms =
    affinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms ?? [];
  for (const term of terms) {
    const labels = labelsForTerm(term.matchExpressions ?? []);
    if (labels) return labels;
  }
  return undefined;
}

function labelsForTerm(
  expressions: NodeSelectorRequirement[],
): Record<string, string> | undefined {
  // A term without expressions matches no node.
  if (expressions.length === 0) return undefined;
  const excluded = (key: string) =>
    expressions
      .filter(e => e.key === key && e.operator === 'NotIn')
      .flatMap(e => e.values ?? []);
  const labels: Record<string, string> = {};
  for (const { key, operator, values = [] } of expressions) {
    if (!key) return undefined;
    const number = Number.parseInt(values[0] ?? '', 10);
    switch (operator) {
      case 'In': {
        const value = values.find(v => !excluded(key).includes(v));
        if (value === undefined) return undefined;
        labels[key] = value;
        break;
      }
      case 'Exists':
        labels[key] ??= 'true';
        break;
      case 'Gt':
        if (Number.isNaN(number)) return undefined;
        labels[key] = String(number + 1);
        break;
      case 'Lt':
        if (Number.isNaN(number)) return undefined;
        labels[key] = String(number - 1);
        break;
      case 'NotIn':
      case 'DoesNotExist':
        // Met by leaving the label off.
        break;
      default:
        return undefined;
    }
  }
  for (const { key, operator } of expressions) {
    if (operator === 'DoesNotExist' && key && key in labels) return undefined;
  }
  delete labels[ZONE_LABEL];
  return labels;
}
