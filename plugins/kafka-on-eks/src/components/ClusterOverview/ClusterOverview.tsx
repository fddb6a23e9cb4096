import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { KafkaClusterView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { FreshnessIndicator } from '../FreshnessIndicator';
import { KafkaReadinessStatus } from '../KafkaReadinessStatus';
import { ListenersTable } from './ListenersTable';

const idList = (ids: number[]) => (ids.length > 0 ? ids.join(', ') : '—');

/**
 * Status, versions, the KRaft quorum and brokers, and where clients connect.
 */
export function ClusterOverview(props: {
  view: KafkaClusterView;
  receivedAt?: number;
}) {
  const { view, receivedAt } = props;
  const { kafka } = view;
  const facts: Record<string, unknown> = {
    Status: <KafkaReadinessStatus kafka={kafka} />,
    Kafka: `${view.location.namespace}/${view.location.kafka} on ${view.location.cluster}`,
  };
  if (kafka.found) {
    Object.assign(facts, {
      'Kafka version': kafka.kafkaVersion ?? '—',
      'Metadata version': kafka.metadataVersion ?? '—',
      'Operator version': kafka.operatorVersion ?? '—',
      'Strimzi API': view.strimziApiVersion
        ? `kafka.strimzi.io/${view.strimziApiVersion}`
        : '—',
      'Controller quorum': `node ids ${idList(kafka.controllerNodeIds)}`,
      Brokers: `node ids ${idList(kafka.brokerNodeIds)}`,
      Reconciled: kafka.reconciled
        ? 'yes'
        : `no: generation ${kafka.generation ?? '?'}, operator at ${
            kafka.observedGeneration ?? '?'
          }`,
    });
    if (kafka.clusterId) facts['Cluster id'] = kafka.clusterId;
    if (kafka.autoRebalanceState) {
      facts['Auto-rebalance'] = kafka.autoRebalanceState;
    }
  } else if (view.strimziApiVersion) {
    facts['Strimzi API'] = `kafka.strimzi.io/${view.strimziApiVersion}`;
  }
  for (const rebalance of view.rebalances) {
    facts[`Rebalance ${rebalance.name}`] = `${rebalance.mode}${
      rebalance.brokers.length
        ? ` (brokers ${rebalance.brokers.join(', ')})`
        : ''
    }: ${rebalance.state ?? 'unknown'}`;
  }

  return (
    <InfoCard
      title="Overview"
      subheader={<FreshnessIndicator view={view} receivedAt={receivedAt} />}
    >
      <Grid container spacing={3}>
        <Grid item xs={12} lg={5}>
          <StructuredMetadataTable
            metadata={facts}
            options={{ titleFormat: key => key }}
          />
        </Grid>
        <Grid item xs={12} lg={7}>
          <Typography variant="subtitle2" gutterBottom>
            Bootstrap servers
          </Typography>
          <ListenersTable listeners={kafka.found ? kafka.listeners : []} />
        </Grid>
      </Grid>
    </InfoCard>
  );
}
