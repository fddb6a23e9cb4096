/**
 * The query set the collector runs once per cluster per period, over every
 * namespace at once (a fixed number of queries however many Kafkas share
 * the Prometheus); results are split per Kafka afterwards.
 *
 * Names: Kafka Exporter's own (`kafka_consumergroup_lag`,
 * `kafka_topic_partition_current_offset`), the kubelet's volume stats, and
 * the broker throughput counters as Strimzi 1.2.0's example metrics config
 * (and our generated one) names them. Series are told apart by the labels
 * Strimzi's example PodMonitors add: `namespace` and `strimzi_io_cluster`;
 * the kubelet's by `namespace` and `persistentvolumeclaim`.
 */
const KAFKA = 'namespace, strimzi_io_cluster';
const PVC = 'namespace, persistentvolumeclaim';

/** Window of the produce and byte rates. */
export const RATE_WINDOW = '5m';
/** The lag trend: the last hour, one point per 5 minutes (12 points). */
export const LAG_TREND_STEP_SECONDS = 300;
export const LAG_TREND_POINTS = 12;

const consumerGroupLag = `sum by (${KAFKA}, consumergroup, topic) (kafka_consumergroup_lag)`;

export const QUERIES = {
  consumerGroupLag,
  consumerGroupLagTrend: consumerGroupLag,
  produceRate: `sum by (${KAFKA}, topic) (rate(kafka_topic_partition_current_offset[${RATE_WINDOW}]))`,
  volumeUsedBytes: `max by (${PVC}) (kubelet_volume_stats_used_bytes)`,
  volumeCapacityBytes: `max by (${PVC}) (kubelet_volume_stats_capacity_bytes)`,
  // deriv: the slope of a least-squares fit over all of the last 24 h, so a
  // compaction or a burst an hour ago moves it little (delta or rate would
  // use the two ends only). predict_linear is the same fit projected to one
  // fixed horizon; the slope gives growth per day and, with the free bytes,
  // days to full for any horizon, from one query.
  volumeGrowthBytesPerDay: `max by (${PVC}) (deriv(kubelet_volume_stats_used_bytes[24h])) * 86400`,
  // Series without a topic label are the broker totals; the per-topic ones
  // would count every byte twice.
  brokerBytesIn: `sum by (${KAFKA}, pod) (rate(kafka_server_brokertopicmetrics_bytesin_total{topic=""}[${RATE_WINDOW}]))`,
  brokerBytesOut: `sum by (${KAFKA}, pod) (rate(kafka_server_brokertopicmetrics_bytesout_total{topic=""}[${RATE_WINDOW}]))`,
} as const;
