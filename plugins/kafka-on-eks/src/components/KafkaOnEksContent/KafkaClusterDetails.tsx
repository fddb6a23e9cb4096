import { useCallback, useMemo } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  findHealthWarnings,
  type KafkaClusterView,
  type KafkaTopicMetrics,
  type KafkaVolumeUsageMetrics,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { useKafkaClusterMetrics } from '../../hooks';
import { mergeHealthWarnings, metricsHealthWarnings } from '../../metrics';
import { BrokerThroughputTable } from '../BrokerThroughputTable';
import { clusterChangeLink, useChangeTemplatePage } from '../ChangeClusterMenu';
import { ConsumerGroupsTable } from '../ConsumerGroupsTable';
import { ClusterOverview } from '../ClusterOverview';
import { HealthWarningsPanel } from '../HealthWarningsPanel';
import { NodePoolsTable } from '../NodePoolsTable';
import { SectionNav, type TabSection } from '../SectionNav';
import { TopicsTable } from '../TopicsTable';
import { ViewErrorsPanel } from '../ViewErrorsPanel';
import { VolumesTable } from '../VolumesTable';

// Until the metrics arrive, and when they hold none: the lag and usage
// columns are there from the start, so the tables keep their page and sort.
const NO_TOPIC_METRICS: KafkaTopicMetrics[] = [];
const NO_VOLUME_USAGE: KafkaVolumeUsageMetrics[] = [];

// The parts of the tab a user can link to, as `#<id>`.
const SECTIONS: TabSection[] = [
  { id: 'overview', title: 'Overview' },
  { id: 'topics', title: 'Topics' },
  { id: 'consumer-groups', title: 'Consumer groups' },
  { id: 'storage', title: 'Storage' },
  // Rendered below these details by KafkaOnEksContent.
  { id: 'rebalances', title: 'Rebalances' },
  { id: 'gitops', title: 'GitOps sync' },
];

/**
 * Everything the view holds, errors and warnings first. Renders whatever the
 * backend still has when parts of the cluster could not be read. The
 * Prometheus metrics are fetched on their own schedule; without them (not
 * configured, unavailable) the rest shows as before, with a warning line.
 */
export function KafkaClusterDetails(props: {
  view: KafkaClusterView;
  receivedAt?: number;
  refreshError?: Error;
}) {
  const { view, receivedAt, refreshError } = props;
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const templatePage = useChangeTemplatePage();
  const { metrics, error: metricsError } = useKafkaClusterMetrics(entityRef);
  const warnings = useMemo(
    () =>
      mergeHealthWarnings(
        findHealthWarnings(view),
        metrics
          ? metricsHealthWarnings(
              metrics,
              templatePage
                ? volumeSizeGi =>
                    clusterChangeLink(templatePage, entityRef, 'grow-storage', {
                      volumeSizeGi,
                    })
                : undefined,
            )
          : [],
        metricsError
          ? [
              {
                severity: 'warning' as const,
                title: 'Metrics could not be loaded',
                detail: metricsError.message,
              },
            ]
          : [],
      ),
    [view, metrics, metricsError, templatePage, entityRef],
  );
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
        <SectionNav sections={SECTIONS} />
      </Grid>
      <Grid item xs={12} id="overview">
        <ClusterOverview view={view} receivedAt={receivedAt} />
      </Grid>
      <Grid item xs={12}>
        <NodePoolsTable nodePools={view.nodePools} />
      </Grid>
      {metrics && metrics.brokers.length > 0 && (
        <Grid item xs={12}>
          <BrokerThroughputTable brokers={metrics.brokers} />
        </Grid>
      )}
      <Grid item xs={12} id="topics">
        <TopicsTable
          topics={view.topics}
          topicMetrics={metrics?.topics ?? NO_TOPIC_METRICS}
          editTopicLink={templatePage ? editTopic : undefined}
        />
      </Grid>
      <Grid item xs={12} id="consumer-groups">
        {metrics ? (
          <ConsumerGroupsTable consumerGroups={metrics.consumerGroups} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            Consumer groups: {metricsError ? 'no metrics' : 'loading metrics…'}
          </Typography>
        )}
      </Grid>
      <Grid item xs={12} id="storage">
        <VolumesTable
          volumes={view.volumes}
          usage={metrics?.volumes ?? NO_VOLUME_USAGE}
        />
      </Grid>
    </Grid>
  );
}
