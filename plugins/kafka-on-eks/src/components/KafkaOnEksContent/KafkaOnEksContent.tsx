import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { readKafkaLocation } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { useKafkaClusterView } from '../../hooks';
import { ClusterViewErrorState } from '../ClusterViewErrorState';
import { KafkaClusterDetails } from './KafkaClusterDetails';

/**
 * Props of {@link KafkaOnEksContent}.
 *
 * @public
 */
export interface KafkaOnEksContentProps {
  /** How often to refresh while the page is visible; default 5,000 ms. */
  pollIntervalMs?: number;
}

/**
 * The Kafka tab of an entity: the live view of the Strimzi Kafka its
 * annotations point at, refreshed while the page is visible.
 *
 * @public
 */
export function KafkaOnEksContent(props: KafkaOnEksContentProps) {
  const { entity } = useEntity();
  const location = readKafkaLocation(entity);
  if (!location.ok) {
    return (
      <MissingAnnotationEmptyState annotation={location.missingAnnotations} />
    );
  }
  return (
    <LiveKafkaCluster
      entityRef={stringifyEntityRef(entity)}
      pollIntervalMs={props.pollIntervalMs}
    />
  );
}

function LiveKafkaCluster(props: {
  entityRef: string;
  pollIntervalMs?: number;
}) {
  const { view, error, loading, receivedAt } = useKafkaClusterView(
    props.entityRef,
    { pollIntervalMs: props.pollIntervalMs },
  );
  if (loading) return <Progress />;
  if (!view) return <ClusterViewErrorState error={error!} />;
  return (
    <KafkaClusterDetails
      view={view}
      receivedAt={receivedAt}
      refreshError={error}
    />
  );
}
