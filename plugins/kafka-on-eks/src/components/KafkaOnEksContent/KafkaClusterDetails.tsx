import { useCallback, useMemo } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import {
  findHealthWarnings,
  type KafkaClusterView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { clusterChangeLink, useChangeTemplatePage } from '../ChangeClusterMenu';
import { ClusterOverview } from '../ClusterOverview';
import { HealthWarningsPanel } from '../HealthWarningsPanel';
import { NodePoolsTable } from '../NodePoolsTable';
import { TopicsTable } from '../TopicsTable';
import { ViewErrorsPanel } from '../ViewErrorsPanel';
import { VolumesTable } from '../VolumesTable';

/**
 * Everything the view holds, errors and warnings first. Renders whatever the
 * backend still has when parts of the cluster could not be read.
 */
export function KafkaClusterDetails(props: {
  view: KafkaClusterView;
  receivedAt?: number;
  refreshError?: Error;
}) {
  const { view, receivedAt, refreshError } = props;
  const warnings = useMemo(() => findHealthWarnings(view), [view]);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const templatePage = useChangeTemplatePage();
  // Stable while nothing changes, so the topics table keeps its state.
  const editTopic = useCallback(
    (topic: string) =>
      clusterChangeLink(templatePage!, entityRef, 'edit-topic', { topic }),
    [templatePage, entityRef],
  );
  return (
    <Grid container spacing={3}>
      {(view.errors.length > 0 || refreshError) && (
        <Grid item xs={12}>
          <ViewErrorsPanel view={view} refreshError={refreshError} />
        </Grid>
      )}
      {warnings.length > 0 && (
        <Grid item xs={12}>
          <HealthWarningsPanel warnings={warnings} />
        </Grid>
      )}
      <Grid item xs={12}>
        <ClusterOverview view={view} receivedAt={receivedAt} />
      </Grid>
      <Grid item xs={12}>
        <NodePoolsTable nodePools={view.nodePools} />
      </Grid>
      <Grid item xs={12}>
        <TopicsTable
          topics={view.topics}
          editTopicLink={templatePage ? editTopic : undefined}
        />
      </Grid>
      <Grid item xs={12}>
        <VolumesTable volumes={view.volumes} />
      </Grid>
    </Grid>
  );
}
