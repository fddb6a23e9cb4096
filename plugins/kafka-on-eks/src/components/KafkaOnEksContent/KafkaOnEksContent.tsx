import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { readKafkaLocation } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Box from '@material-ui/core/Box';
import { useKafkaClusterView } from '../../hooks';
import { ChangeClusterMenu } from '../ChangeClusterMenu';
import { ClusterViewErrorState } from '../ClusterViewErrorState';
import { GitOpsSyncCard } from '../GitOpsSyncCard';
import { OpenChangesCard } from '../OpenChangesCard';
import { RebalancesCard } from '../RebalancesCard';
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
 * annotations point at, refreshed while the page is visible, with the
 * "Change this cluster" menu and the cluster's open changes.
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
    <>
      <Box display="flex" justifyContent="flex-end" mb={2}>
        <ChangeClusterMenu />
      </Box>
      <LiveKafkaCluster
        entityRef={stringifyEntityRef(entity)}
        pollIntervalMs={props.pollIntervalMs}
      />
      <Box mt={3}>
        <OpenChangesCard />
      </Box>
    </>
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
    <>
      <KafkaClusterDetails
        view={view}
        receivedAt={receivedAt}
        refreshError={error}
      />
      {/* Operations: rebalances and GitOps sync, below the details. */}
      <Box mt={3} display="grid" gridGap={24}>
        <div id="rebalances">
          <RebalancesCard
            rebalances={view.rebalances}
            autoRebalance={
              view.kafka.found ? view.kafka.autoRebalance : undefined
            }
          />
        </div>
        <div id="gitops">
          <GitOpsSyncCard gitops={view.gitops} />
        </div>
      </Box>
    </>
  );
}
