import { useMemo } from 'react';
import { Table, type TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { KafkaConsumerGroupLagMetrics } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { formatTimeLag } from '../../format';
import { LagSparkline } from './LagSparkline';
import { NoBreakName } from '../TopicsTable/NoBreakName';
import { usePagedTableOptions } from '../pagedTableOptions';

type GroupRow = KafkaConsumerGroupLagMetrics & { id: string };

function rateText(rate: number | undefined): string {
  if (rate === undefined) return 'no produce rate';
  return `${Number(rate.toFixed(1)).toLocaleString('en-US')} msg/s produced`;
}

const columns: TableColumn<GroupRow>[] = [
  {
    title: 'Consumer group',
    field: 'group',
    highlight: true,
    render: row => <NoBreakName name={row.group} />,
  },
  {
    title: 'Topic',
    field: 'topic',
    render: row => <NoBreakName name={row.topic} />,
  },
  {
    title: 'Lag (messages)',
    field: 'lag',
    type: 'numeric',
    searchable: false,
    render: row => row.lag.toLocaleString('en-US'),
  },
  {
    title: 'Time lag (est.)',
    field: 'timeLagSeconds',
    type: 'numeric',
    searchable: false,
    // No estimate (behind, nothing produced) sorts as the worst.
    customSort: (a, b) =>
      (a.timeLagSeconds ?? Infinity) - (b.timeLagSeconds ?? Infinity),
    render: row => (
      <>
        {formatTimeLag(row.timeLagSeconds)}
        <Typography variant="caption" component="div" color="textSecondary">
          {rateText(row.produceRatePerSecond)}
        </Typography>
      </>
    ),
  },
  {
    title: 'Last hour',
    field: 'trend',
    sorting: false,
    searchable: false,
    render: row => <LagSparkline trend={row.trend} />,
  },
];

/**
 * Lag per consumer group and topic from the cluster's Prometheus (Kafka
 * Exporter), worst first as the backend sorts it, with the time it would
 * take to catch up at the topic's produce rate.
 */
export function ConsumerGroupsTable(props: {
  consumerGroups: KafkaConsumerGroupLagMetrics[];
}) {
  const { consumerGroups } = props;
  const rows = useMemo(
    () =>
      consumerGroups.map(group => ({
        ...group,
        id: `${group.group}\u0000${group.topic}`,
      })),
    [consumerGroups],
  );
  const options = usePagedTableOptions(consumerGroups.length);
  return (
    <Table<GroupRow>
      title={`Consumer groups (${consumerGroups.length})`}
      columns={columns}
      data={rows}
      options={options}
      emptyContent={
        <Typography variant="body2" style={{ padding: 16 }}>
          No consumer group lag reported by Kafka Exporter.
        </Typography>
      }
    />
  );
}
