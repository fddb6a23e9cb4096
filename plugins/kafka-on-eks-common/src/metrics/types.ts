import type { KafkaLocation } from '../annotations';

/**
 * Operational metrics of one Kafka, computed by the backend from the
 * Prometheus of its cluster on a schedule (never per page view). Served at
 * `GET /api/kafka-on-eks/v1/entities/:kind/:namespace/:name/metrics`.
 *
 * @public
 */
export interface KafkaClusterMetrics {
  location: KafkaLocation;
  /**
   * Changes whenever the backend finished a new query set for the cluster
   * (or failed one): the route's `ETag` is derived from it.
   */
  revision: number;
  /**
   * The evaluation time of the query set these numbers come from; undefined
   * before the first successful one.
   */
  observedAt?: string;
  /** How often the backend asks Prometheus, in seconds. */
  refreshSeconds: number;
  /** Lag per consumer group and topic, largest time lag first. */
  consumerGroups: KafkaConsumerGroupLagMetrics[];
  /** Produce rate and the largest consumer lag per topic, by name. */
  topics: KafkaTopicMetrics[];
  /** Fill and forecast per PVC of the Kafka's nodes, by name. */
  volumes: KafkaVolumeUsageMetrics[];
  /** Bytes in and out per broker pod, by name. */
  brokers: KafkaBrokerThroughputMetrics[];
  /** Prometheus problems and volume health warnings. */
  warnings: KafkaMetricsWarning[];
}

/** One point of a consumer group's lag trend. @public */
export interface KafkaLagTrendPoint {
  /** ISO time of the point. */
  at: string;
  lag: number;
}

/** How far one consumer group is behind on one topic. @public */
export interface KafkaConsumerGroupLagMetrics {
  group: string;
  topic: string;
  /** Messages behind, summed over the topic's partitions (`kafka_consumergroup_lag`). */
  lag: number;
  /**
   * Estimated seconds behind: lag divided by the topic's produce rate.
   * 0 when nothing is behind; undefined when messages are behind but nothing
   * is being produced (no rate to divide by).
   */
  timeLagSeconds?: number;
  /** The topic's produce rate in messages per second, over the last 5 minutes. */
  produceRatePerSecond?: number;
  /** The lag over the last hour, oldest first, one point per 5 minutes. */
  trend: KafkaLagTrendPoint[];
}

/** What is written to one topic and how far its readers are behind. @public */
export interface KafkaTopicMetrics {
  topic: string;
  /** Messages per second, from `rate(kafka_topic_partition_current_offset[5m])`. */
  produceRatePerSecond?: number;
  /** The largest lag of any consumer group on the topic; undefined with no group. */
  maxConsumerLag?: number;
}

/** At 85 % used or more; under 7 days to full. @public */
export type KafkaVolumeUsageWarningType =
  | 'volume-nearly-full'
  | 'volume-full-soon';

/** Fill and forecast of one PVC, from the kubelet's volume stats. @public */
export interface KafkaVolumeUsageMetrics {
  pvc: string;
  usedBytes: number;
  capacityBytes: number;
  /** 0 to 100. */
  usedPercent: number;
  /**
   * Bytes per day, the slope of a linear regression of used bytes over the
   * last 24 hours (`deriv`); undefined with too little history.
   */
  growthBytesPerDay?: number;
  /** Days until used reaches capacity at that growth; undefined when not growing. */
  daysToFull?: number;
  warnings: KafkaVolumeUsageWarningType[];
}

/** Bytes per second in and out of one broker, over the last 5 minutes. @public */
export interface KafkaBrokerThroughputMetrics {
  /** The broker's pod, `<cluster>-<pool>-<nodeId>`. */
  pod: string;
  nodeId?: number;
  bytesInPerSecond?: number;
  bytesOutPerSecond?: number;
}

/** What a {@link KafkaMetricsWarning} is about. @public */
export type KafkaMetricsWarningType =
  | 'prometheus-not-configured'
  | 'prometheus-unavailable'
  | 'metrics-not-collected-yet'
  | KafkaVolumeUsageWarningType;

/** A Prometheus problem of a cluster, or a volume health warning. @public */
export interface KafkaMetricsWarning {
  type: KafkaMetricsWarningType;
  /** The Kubernetes cluster the warning is about. */
  cluster: string;
  /** The PVC, for volume warnings. */
  pvc?: string;
  message: string;
}

/** Used share at and above which a volume is nearly full. @public */
export const VOLUME_NEARLY_FULL_PERCENT = 85;
/** Days to full below which a volume fills soon. @public */
export const VOLUME_FULL_SOON_DAYS = 7;
