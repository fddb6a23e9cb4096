import { useMemo } from 'react';
import { Table, type TableColumn } from '@backstage/core-components';
import type { KafkaBrokerThroughputMetrics } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { formatBytes } from '../../format';

type BrokerRow = KafkaBrokerThroughputMetrics & { id: string };

/** Bytes per second, or `—` when the broker reported none. */
export function formatByteRate(bytesPerSecond: number | undefined): string {
  return bytesPerSecond === undefined
    ? '—'
    : `${formatBytes(bytesPerSecond)}/s`;
}

const columns: TableColumn<BrokerRow>[] = [
  { title: 'Broker pod', field: 'pod', highlight: true },
  { title: 'Node id', field: 'nodeId', type: 'numeric', emptyValue: '—' },
  {
    title: 'Bytes in',
    field: 'bytesInPerSecond',
    type: 'numeric',
    render: b => formatByteRate(b.bytesInPerSecond),
  },
  {
    title: 'Bytes out',
    field: 'bytesOutPerSecond',
    type: 'numeric',
    render: b => formatByteRate(b.bytesOutPerSecond),
  },
];

const OPTIONS = { paging: false, search: false, padding: 'dense' } as const;

/**
 * What each broker receives from producers and sends to consumers and
 * followers, over the last 5 minutes (Strimzi's example JMX metrics).
 */
export function BrokerThroughputTable(props: {
  brokers: KafkaBrokerThroughputMetrics[];
}) {
  const rows = useMemo(
    () => props.brokers.map(broker => ({ ...broker, id: broker.pod })),
    [props.brokers],
  );
  return (
    <Table<BrokerRow>
      title="Broker throughput"
      columns={columns}
      data={rows}
      options={OPTIONS}
    />
  );
}
