import type { ClusterChangeKind } from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * The change template's page with the form filled in: the scaffolder reads
 * the `formData` query parameter as JSON and starts the form from it.
 */
export function clusterChangeLink(
  templatePage: string,
  entityRef: string,
  change: ClusterChangeKind,
  prefill?: Record<string, unknown>,
): string {
  const formData = { cluster: entityRef, change, ...(prefill && { prefill }) };
  return `${templatePage}?${new URLSearchParams({
    formData: JSON.stringify(formData),
  })}`;
}
