import {
  daysBetween,
  eksVersionSupport,
  STANDARD_SUPPORT_WARNING_DAYS,
} from './eksVersions';
import { replicationFor, topicMinInSyncReplicas } from './replication';
import type { KafkaClusterRequest, RequestWarning } from './types';

/**
 * What the owner of a two-zone cluster gives up, in one sentence: shown in
 * the form, the generated README and, from the live view, on the entity page.
 *
 * @public
 */
export const TWO_ZONE_WARNING =
  'Two zones give no zone-failure tolerance: the 3 or 5 KRaft controllers land 2 + 1 (or 3 + 2), so losing the zone with more of them loses the controller quorum and stops the cluster, and a replication factor 3 topic keeps only one in-sync replica, below min.insync.replicas 2, so producers with acks=all stop too. Use 3 zones for a cluster that must survive a zone outage.';

/**
 * Warnings of a valid request: allowed, but its owner must know. Pure; the
 * support warning counts from the request's own `generatedOn`.
 *
 * @public
 */
export function requestWarnings(
  request: KafkaClusterRequest,
): RequestWarning[] {
  const warnings: RequestWarning[] = [];
  if (request.zones < 3) {
    warnings.push({ path: 'zones', message: TWO_ZONE_WARNING });
  }
  const support = eksVersionSupport(request.kubernetesVersion);
  if (support) {
    const days = daysBetween(request.generatedOn, support.endOfStandardSupport);
    if (days > 0 && days < STANDARD_SUPPORT_WARNING_DAYS) {
      warnings.push({
        path: 'kubernetesVersion',
        message: `${support.version} leaves EKS standard support on ${support.endOfStandardSupport}, in ${days} days: plan the upgrade to the next minor (the cluster's upgrade policy is STANDARD, so EKS upgrades it itself on that day)`,
      });
    }
  }
  const cluster = replicationFor(request.brokers.replicas);
  const replicationTwo = (factor: number) =>
    `replication factor 2 keeps min.insync.replicas at ${topicMinInSyncReplicas(
      factor,
      cluster,
    )}: after one broker loss a single copy accepts writes, and losing that one too loses acknowledged data. Use 3 with at least 3 brokers`;
  if (cluster.replicationFactor === 2) {
    warnings.push({
      path: 'brokers.replicas',
      message: `2 brokers give the cluster's default ${replicationTwo(2)}`,
    });
  }
  request.topics.forEach((topic, index) => {
    if (topic.replicationFactor === 2 && cluster.replicationFactor !== 2) {
      warnings.push({
        path: `topics[${index}].replicationFactor`,
        message: replicationTwo(2),
      });
    }
  });
  return warnings;
}
