import {
  requestWarnings,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * The request's warnings, which the form showed too: what this cluster
 * gives up by its owner's choice. Fixed text from the validator, with field
 * paths.
 */
export function warningsSection(request: KafkaClusterRequest): string {
  const warnings = requestWarnings(request);
  if (warnings.length === 0) {
    return 'None: three zones, a replication factor of 3 with `min.insync.replicas` 2, and a Kubernetes version with more than 90 days of standard support left.';
  }
  return warnings.map(w => `- **\`${w.path}\`**: ${w.message}`).join('\n');
}
