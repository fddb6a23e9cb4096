import type { ChangeApplier, ClusterChange } from './types';

const APPLIED_BY: Record<ChangeApplier, string> = {
  argocd: 'Argo CD, on merge',
  terraform: 'terraform apply, by hand',
  catalog: 'the catalog, on its next refresh',
};

/**
 * The pull request description of a change, in markdown: every change with
 * who applies it and what happens, then the order of operations.
 *
 * @public
 */
export function changeSummaryMarkdown(plan: {
  changes: ClusterChange[];
  followUps: string[];
}): string {
  const lines = ['## What this changes', ''];
  for (const change of plan.changes) {
    lines.push(
      `- \`${change.path}\` (${APPLIED_BY[change.appliedBy]}): ${
        change.summary
      }`,
    );
  }
  const appliers = new Set(plan.changes.map(c => c.appliedBy));
  const order: string[] = [];
  if (appliers.has('argocd')) {
    order.push(
      'Merge: Argo CD syncs the Kafka manifests within a few minutes; the Kafka tab shows the result.',
    );
  } else {
    order.push('Merge: Argo CD finds nothing to sync in the Kafka manifests.');
  }
  order.push(...plan.followUps);
  lines.push('', '## Order of operations', '');
  order.forEach((step, index) => lines.push(`${index + 1}. ${step}`));
  if (plan.changes.some(c => c.destructive)) {
    lines.push(
      '',
      '> **This change deletes data when it merges.** Check the removals above before approving.',
    );
  }
  return `${lines.join('\n')}\n`;
}
