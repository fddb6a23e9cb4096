/**
 * Replication settings that follow from the broker count. Three replicas
 * survive one broker loss while still accepting writes (min ISR 2); fewer
 * brokers get what they can hold.
 *
 * @public
 */
export interface ReplicationSettings {
  /** `default.replication.factor`, and the internal topics' factor. */
  replicationFactor: number;
  /** `min.insync.replicas`: one below the factor, at least 1. */
  minInSyncReplicas: number;
}

/** @public */
export function replicationFor(brokerReplicas: number): ReplicationSettings {
  const replicationFactor = Math.max(1, Math.min(3, brokerReplicas));
  return {
    replicationFactor,
    minInSyncReplicas: Math.max(1, replicationFactor - 1),
  };
}

/**
 * A topic's `min.insync.replicas`: the cluster's, but always below the
 * topic's own factor so a single broker loss never blocks producers.
 *
 * @public
 */
export function topicMinInSyncReplicas(
  topicReplicationFactor: number,
  cluster: ReplicationSettings,
): number {
  return Math.max(
    1,
    Math.min(cluster.minInSyncReplicas, topicReplicationFactor - 1),
  );
}
