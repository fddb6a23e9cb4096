import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CLUSTER_CHANGE_KINDS,
  type ClusterChangeKind,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * `ui:options` of the `KafkaClusterChange` field: which fields of the form
 * hold the cluster and the change kind.
 *
 * @public
 */
export interface ClusterChangeFieldOptions {
  /** The form field with the cluster's entity ref; `cluster` by default. */
  clusterField?: string;
  /** The form field with the change kind; `change` by default. */
  changeField?: string;
  /** The form field with values to start the editor with; `prefill` by default. */
  prefillField?: string;
}

/** What the rest of the form says the change is about. */
export interface ChangeTarget {
  /** The cluster entity, as a full entity ref; absent until one is picked. */
  entityRef?: string;
  kind?: ClusterChangeKind;
  /** The editor's starting values from a link (see `clusterChangeLink`). */
  prefill: Record<string, unknown>;
}

const KINDS = new Set<string>(CLUSTER_CHANGE_KINDS.map(k => k.kind));

/**
 * Reads the cluster and the change kind from the whole form's data: the
 * scaffolder passes it to every field as `formContext.formData`, and to a
 * field's validation as `formData`.
 */
export function changeTargetOf(
  formData: unknown,
  options: ClusterChangeFieldOptions = {},
): ChangeTarget {
  const data =
    typeof formData === 'object' && formData !== null
      ? (formData as Record<string, unknown>)
      : {};
  const cluster = data[options.clusterField ?? 'cluster'];
  const kind = data[options.changeField ?? 'change'];
  const prefill = data[options.prefillField ?? 'prefill'];
  return {
    entityRef: typeof cluster === 'string' ? fullEntityRef(cluster) : undefined,
    kind:
      typeof kind === 'string' && KINDS.has(kind)
        ? (kind as ClusterChangeKind)
        : undefined,
    prefill:
      typeof prefill === 'object' && prefill !== null && !Array.isArray(prefill)
        ? (prefill as Record<string, unknown>)
        : {},
  };
}

// The template's picker filters on Resources; a short ref means one.
function fullEntityRef(ref: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, {
        defaultKind: 'resource',
        defaultNamespace: 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

/** The field's `ui:options`, from its uiSchema. */
export function fieldOptionsOf(uiSchema: unknown): ClusterChangeFieldOptions {
  const options = (uiSchema as { 'ui:options'?: unknown } | undefined)?.[
    'ui:options'
  ];
  if (typeof options !== 'object' || options === null) return {};
  const pick = (key: keyof ClusterChangeFieldOptions) => {
    const value = (options as Record<string, unknown>)[key];
    return typeof value === 'string' && value ? value : undefined;
  };
  return {
    clusterField: pick('clusterField'),
    changeField: pick('changeField'),
    prefillField: pick('prefillField'),
  };
}
