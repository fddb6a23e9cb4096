/**
 * History of one Kafka (`orders` in namespace `kafka`), as the metrics
 * Kafka Exporter, the brokers and the kubelet expose, with a sample every
 * minute ending at `end`. Every series is linear in time, so the numbers
 * the backend must report are worked out by hand in the test.
 */
export const GIB = 2 ** 30;
export const MIB = 2 ** 20;

const MINUTE = 60;
const DAY = 86_400;

interface HistorySeries {
  name: string;
  labels: Record<string, string>;
  /** Value at `s` seconds before the end. */
  value(secondsBefore: number): number;
  /** How far back the series goes, in seconds. */
  history: number;
}

const kafka = (cluster: string) => ({
  namespace: 'kafka',
  strimzi_io_cluster: cluster,
});
const claim = (pvc: string) => ({
  namespace: 'kafka',
  persistentvolumeclaim: pvc,
});

const SERIES: HistorySeries[] = [
  // Volumes: 24 h and a bit of history (deriv reads 24 h).
  ...[
    // 50 GiB used of 100, growing 10 GiB a day.
    ['data-orders-brokers-0', 50 * GIB, 10 * GIB, 100 * GIB],
    // 90 GiB used of 100, growing 0.5 GiB a day.
    ['data-orders-brokers-1', 90 * GIB, 0.5 * GIB, 100 * GIB],
    // 20 GiB of 100, flat.
    ['data-orders-brokers-2', 20 * GIB, 0, 100 * GIB],
    // Another Kafka whose name starts with "orders-": not orders' volume.
    ['data-orders-eu-brokers-0', 9.5 * GIB, 0, 10 * GIB],
  ].flatMap(([pvc, used, perDay, capacity]) => [
    {
      name: 'kubelet_volume_stats_used_bytes',
      labels: claim(pvc as string),
      value: (s: number) => (used as number) - ((perDay as number) * s) / DAY,
      history: DAY + 10 * MINUTE,
    },
    {
      name: 'kubelet_volume_stats_capacity_bytes',
      labels: claim(pvc as string),
      value: () => capacity as number,
      history: DAY + 10 * MINUTE,
    },
  ]),
  // Topic offsets: orders.events gains 5 messages/s on each of 2
  // partitions; orders.audit gets nothing.
  ...['0', '1'].map(partition => ({
    name: 'kafka_topic_partition_current_offset',
    labels: { ...kafka('orders'), topic: 'orders.events', partition },
    value: (s: number) => 1_000_000 - 5 * s,
    history: 10 * MINUTE,
  })),
  {
    name: 'kafka_topic_partition_current_offset',
    labels: { ...kafka('orders'), topic: 'orders.audit', partition: '0' },
    value: () => 500,
    history: 10 * MINUTE,
  },
  // Consumer lag over the last 65 minutes: billing falls behind by 40
  // messages a minute (16 on partition 0, 24 on partition 1).
  {
    name: 'kafka_consumergroup_lag',
    labels: {
      ...kafka('orders'),
      consumergroup: 'billing',
      topic: 'orders.events',
      partition: '0',
    },
    value: s => 1200 - 16 * (s / MINUTE),
    history: 65 * MINUTE,
  },
  {
    name: 'kafka_consumergroup_lag',
    labels: {
      ...kafka('orders'),
      consumergroup: 'billing',
      topic: 'orders.events',
      partition: '1',
    },
    value: s => 1800 - 24 * (s / MINUTE),
    history: 65 * MINUTE,
  },
  {
    name: 'kafka_consumergroup_lag',
    labels: {
      ...kafka('orders'),
      consumergroup: 'fast',
      topic: 'orders.events',
      partition: '0',
    },
    value: () => 0,
    history: 65 * MINUTE,
  },
  {
    name: 'kafka_consumergroup_lag',
    labels: {
      ...kafka('orders'),
      consumergroup: 'audit-reader',
      topic: 'orders.audit',
      partition: '0',
    },
    value: () => 40,
    history: 65 * MINUTE,
  },
  // The other Kafka of the namespace, and one in another namespace.
  {
    name: 'kafka_consumergroup_lag',
    labels: {
      ...kafka('orders-eu'),
      consumergroup: 'billing',
      topic: 'orders.events',
      partition: '0',
    },
    value: () => 99_999,
    history: 65 * MINUTE,
  },
  {
    name: 'kafka_consumergroup_lag',
    labels: {
      namespace: 'other',
      strimzi_io_cluster: 'orders',
      consumergroup: 'billing',
      topic: 'orders.events',
      partition: '0',
    },
    value: () => 77_777,
    history: 65 * MINUTE,
  },
  // Broker 0 takes 1 MiB/s in and sends 2 MiB/s out; the per-topic series
  // (with a topic label) must not be added to the totals.
  {
    name: 'kafka_server_brokertopicmetrics_bytesin_total',
    labels: { ...kafka('orders'), pod: 'orders-brokers-0' },
    value: s => 10 * GIB - MIB * s,
    history: 10 * MINUTE,
  },
  {
    name: 'kafka_server_brokertopicmetrics_bytesin_total',
    labels: {
      ...kafka('orders'),
      pod: 'orders-brokers-0',
      topic: 'orders.events',
    },
    value: s => 10 * GIB - MIB * s,
    history: 10 * MINUTE,
  },
  {
    name: 'kafka_server_brokertopicmetrics_bytesout_total',
    labels: { ...kafka('orders'), pod: 'orders-brokers-0' },
    value: s => 20 * GIB - 2 * MIB * s,
    history: 10 * MINUTE,
  },
];

/** The history as OpenMetrics text, for `promtool tsdb create-blocks-from openmetrics`. */
export function kafkaHistoryOpenMetrics(end: Date): string {
  const endSeconds = Math.floor(end.getTime() / 1000);
  const lines: string[] = [];
  const families = [...new Set(SERIES.map(s => s.name))];
  for (const family of families) {
    // Gauges: OpenMetrics counters would need the _total suffix split off.
    lines.push(`# TYPE ${family} gauge`);
    for (const series of SERIES.filter(s => s.name === family)) {
      const labels = Object.entries(series.labels)
        .map(([k, v]) => `${k}="${v}"`)
        .join(',');
      for (let s = series.history; s >= 0; s -= MINUTE) {
        lines.push(`${family}{${labels}} ${series.value(s)} ${endSeconds - s}`);
      }
    }
  }
  lines.push('# EOF', '');
  return lines.join('\n');
}
