import { EmptyState, ResponseErrorPanel } from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import { kafkaClusterReadPermission } from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * The tab when the backend gave no view: a 403 names the permission, a 404
 * (unconfigured cluster, unknown entity) and a 400 show the backend's own
 * message, which names the cluster or annotation to fix.
 */
export function ClusterViewErrorState(props: { error: Error }) {
  const { error } = props;
  if (!ResponseError.is(error)) {
    return (
      <ResponseErrorPanel
        error={error}
        title="Could not load the Kafka cluster"
      />
    );
  }
  const reason = error.cause.message;
  switch (error.statusCode) {
    case 403:
      return (
        <EmptyState
          missing="info"
          title="You may not read this Kafka cluster"
          description={
            <>
              The permission <code>{kafkaClusterReadPermission.name}</code> is
              not granted to you for this entity. Ask its owners or your
              Backstage administrators for access.
            </>
          }
        />
      );
    case 404:
      return (
        <EmptyState
          missing="data"
          title="No Kafka cluster to show"
          description={reason}
        />
      );
    case 400:
      return (
        <EmptyState
          missing="field"
          title="The entity does not say where its Kafka runs"
          description={reason}
        />
      );
    default:
      return (
        <ResponseErrorPanel
          error={error}
          title="Could not load the Kafka cluster"
        />
      );
  }
}
