import { useMemo } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  StatusError,
  StatusOK,
  StatusWarning,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  MissingAnnotationEmptyState,
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import {
  findHealthWarnings,
  kafkaClusterReadPermission,
  readKafkaLocation,
  type KafkaClusterView,
  type KafkaHealthWarning,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { formatBytes } from '../../format';
import { useKafkaClusterView } from '../../hooks';
import { FreshnessIndicator } from '../FreshnessIndicator';
import { KafkaReadinessStatus } from '../KafkaReadinessStatus';

/**
 * Props of {@link KafkaOnEksOverviewCard}.
 *
 * @public
 */
export interface KafkaOnEksOverviewCardProps {
  /** How often to refresh while the page is visible; default 5,000 ms. */
  pollIntervalMs?: number;
}

/**
 * A compact summary of the entity's Kafka for the overview page, linking to
 * the Kafka tab.
 *
 * @public
 */
export function KafkaOnEksOverviewCard(props: KafkaOnEksOverviewCardProps) {
  const { entity } = useEntity();
  const entityRoute = useRouteRef(entityRouteRef);
  const location = readKafkaLocation(entity);
  return (
    <InfoCard
      title="Kafka on EKS"
      deepLink={{
        title: 'Open the Kafka tab',
        link: `${entityRoute(entityRouteParams(entity))}/kafka`,
      }}
    >
      {location.ok ? (
        <KafkaSummary
          entityRef={stringifyEntityRef(entity)}
          pollIntervalMs={props.pollIntervalMs}
        />
      ) : (
        <MissingAnnotationEmptyState annotation={location.missingAnnotations} />
      )}
    </InfoCard>
  );
}

function KafkaSummary(props: { entityRef: string; pollIntervalMs?: number }) {
  const { view, error, loading, receivedAt } = useKafkaClusterView(
    props.entityRef,
    { pollIntervalMs: props.pollIntervalMs },
  );
  if (loading) return <Progress />;
  if (!view) {
    return (
      <Typography variant="body2" color="textSecondary">
        {loadErrorText(error!)}
      </Typography>
    );
  }
  return <SummaryFacts view={view} receivedAt={receivedAt} />;
}

function loadErrorText(error: Error): string {
  if (!ResponseError.is(error)) return error.message;
  if (error.statusCode === 403) {
    return `You may not read this Kafka cluster (permission ${kafkaClusterReadPermission.name}).`;
  }
  return error.cause.message;
}

function SummaryFacts(props: { view: KafkaClusterView; receivedAt?: number }) {
  const { view, receivedAt } = props;
  const warnings = useMemo(() => findHealthWarnings(view), [view]);
  const { kafka } = view;
  const totalBytes = view.volumes.reduce(
    (sum, v) => sum + (v.capacity?.bytes ?? v.requested?.bytes ?? 0),
    0,
  );
  const unreachable = view.errors.find(e => e.scope === 'cluster');
  const facts: Record<string, unknown> = {
    Status: <KafkaReadinessStatus kafka={kafka} compact />,
  };
  if (kafka.found) {
    facts.Versions = [
      `Kafka ${kafka.kafkaVersion ?? '?'}`,
      `metadata ${kafka.metadataVersion ?? '?'}`,
      `operator ${kafka.operatorVersion ?? '?'}`,
    ].join(' · ');
    facts.Nodes = `${kafka.brokerNodeIds.length} brokers, ${kafka.controllerNodeIds.length} controllers`;
  }
  facts.Topics = view.topics.length.toLocaleString('en-US');
  facts.Volumes = `${view.volumes.length} (${formatBytes(totalBytes)})`;
  facts.Health = <HealthSummary warnings={warnings} />;
  if (unreachable) {
    facts.Cluster = (
      <StatusError>{unreachable.type}: last data shown</StatusError>
    );
  }
  facts.Data = <FreshnessIndicator view={view} receivedAt={receivedAt} />;
  return (
    <StructuredMetadataTable
      dense
      metadata={facts}
      options={{ titleFormat: key => key }}
    />
  );
}

function HealthSummary(props: { warnings: KafkaHealthWarning[] }) {
  const { warnings } = props;
  if (warnings.length === 0) return <StatusOK>no warnings</StatusOK>;
  // Sorted worst first.
  const Status = warnings[0].severity === 'error' ? StatusError : StatusWarning;
  return <Status>{plural(warnings.length, 'health warning')}</Status>;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
