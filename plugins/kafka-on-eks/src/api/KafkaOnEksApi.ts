import { createApiRef } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  ClusterChangesResponse,
  ClusterRequestResponse,
  KafkaClusterMetrics,
  KafkaClusterView,
  KafkaRebalanceAction,
  KafkaRebalanceView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * An answer of {@link KafkaOnEksApi.getClusterMetrics}: new metrics with
 * their `ETag`, or, for a matching `etag`, word that nothing changed (a 304
 * without a body: keep the metrics you have).
 *
 * @public
 */
export type KafkaClusterMetricsAnswer =
  | { notModified: false; metrics: KafkaClusterMetrics; etag?: string }
  | { notModified: true; etag: string };

/**
 * Reads the live Kafka view of catalog entities from the kafka-on-eks backend.
 *
 * @public
 */
export interface KafkaOnEksApi {
  /**
   * The view of the Kafka an entity's annotations point at. Rejects with a
   * `ResponseError` (from `@backstage/errors`) on a non-2xx answer, so callers
   * can tell apart 400 (annotations missing), 403 (the permission
   * `kafka-on-eks.cluster.read` is denied) and 404 (no such entity, or its
   * Kubernetes cluster is not configured) by `error.statusCode`.
   */
  getClusterView(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<KafkaClusterView>;

  /**
   * The request the cluster's GitOps repository holds on its main branch
   * (`kafka-on-eks.yaml`): the starting point of a day-2 change. Rejects
   * with a `ResponseError` as {@link KafkaOnEksApi.getClusterView} does.
   */
  getClusterRequest(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<ClusterRequestResponse>;

  /**
   * The cluster's open changes: pull requests (or, for a local repository,
   * unmerged branches) whose head branch starts with `kafka-on-eks/`.
   * Rejects with a `ResponseError` as {@link KafkaOnEksApi.getClusterView}
   * does; a host that cannot be listed answers `supported: false` instead.
   */
  getClusterChanges(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<ClusterChangesResponse>;

  /**
   * The Prometheus metrics of the entity's Kafka (lag, volume fill, broker
   * throughput), as the backend last collected them. With `etag` (from an
   * earlier answer) the request carries `If-None-Match`, and an unchanged
   * answer is `notModified`. A Prometheus that fails is a warning in the
   * metrics, not a rejection; rejects with a `ResponseError` as
   * {@link KafkaOnEksApi.getClusterView} does.
   */
  getClusterMetrics(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal; etag?: string },
  ): Promise<KafkaClusterMetricsAnswer>;

  /**
   * Approves, stops or refreshes a KafkaRebalance of the entity's Kafka
   * (Strimzi's `strimzi.io/rebalance` annotation); resolves with the
   * rebalance as the cluster now has it. Rejects with a `ResponseError`:
   * 403 without `kafka-on-eks.rebalance.update`, 404 for a rebalance of
   * another Kafka, 409 when its state does not accept the action.
   */
  requestRebalanceAction(
    entityRef: CompoundEntityRef | string,
    rebalance: string,
    action: KafkaRebalanceAction,
  ): Promise<KafkaRebalanceView>;
}

/**
 * The {@link KafkaOnEksApi}: override it in an app to point the tab elsewhere
 * or mock it in tests.
 *
 * @public
 */
export const kafkaOnEksApiRef = createApiRef<KafkaOnEksApi>({
  id: 'plugin.kafka-on-eks.service',
});
