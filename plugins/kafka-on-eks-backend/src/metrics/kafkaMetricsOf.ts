import {
  VOLUME_FULL_SOON_DAYS,
  VOLUME_NEARLY_FULL_PERCENT,
  type KafkaBrokerThroughputMetrics,
  type KafkaConsumerGroupLagMetrics,
  type KafkaLocation,
  type KafkaTopicMetrics,
  type KafkaVolumeUsageMetrics,
  type KafkaVolumeUsageWarningType,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { PrometheusSample, PrometheusSeries } from './PrometheusClient';

/** The answers to one query set for one cluster (see `QUERIES`). */
export interface ClusterMetricsSample {
  /** The evaluation time of every query of the set. */
  time: Date;
  consumerGroupLag: PrometheusSample[];
  consumerGroupLagTrend: PrometheusSeries[];
  produceRate: PrometheusSample[];
  volumeUsedBytes: PrometheusSample[];
  volumeCapacityBytes: PrometheusSample[];
  volumeGrowthBytesPerDay: PrometheusSample[];
  brokerBytesIn: PrometheusSample[];
  brokerBytesOut: PrometheusSample[];
}

/** The numbers of one Kafka, without the envelope (revision, warnings about Prometheus). */
export interface KafkaMetricsNumbers {
  consumerGroups: KafkaConsumerGroupLagMetrics[];
  topics: KafkaTopicMetrics[];
  volumes: KafkaVolumeUsageMetrics[];
  brokers: KafkaBrokerThroughputMetrics[];
}

function ofKafka<T extends { labels: Record<string, string> }>(
  series: T[],
  location: KafkaLocation,
): T[] {
  return series.filter(
    s =>
      s.labels.namespace === location.namespace &&
      s.labels.strimzi_io_cluster === location.kafka,
  );
}

function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/**
 * The Kafka a PVC belongs to, by the names Strimzi gives PVCs:
 * `data-<kafka>-<pool>-<id>` or `data-<volumeId>-<kafka>-<pool>-<id>`.
 * Kubelet series carry no Strimzi label, so among the Kafkas of the
 * namespace the longest matching name wins (`orders-eu` over `orders`).
 */
function kafkaOfClaim(claim: string, kafkas: string[]): string | undefined {
  const rest = claim.replace(/^data-/, '');
  if (rest === claim) return undefined;
  const candidates = kafkas.filter(
    k =>
      rest.startsWith(`${k}-`) ||
      new RegExp(`^\\d+-${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-`).test(
        rest,
      ),
  );
  return candidates.sort((a, b) => b.length - a.length)[0];
}

function volumesOf(
  sample: ClusterMetricsSample,
  location: KafkaLocation,
): KafkaVolumeUsageMetrics[] {
  const inNamespace = (s: PrometheusSample) =>
    s.labels.namespace === location.namespace;
  const kafkas = [
    ...new Set([
      location.kafka,
      ...[
        ...sample.consumerGroupLag,
        ...sample.produceRate,
        ...sample.brokerBytesIn,
        ...sample.brokerBytesOut,
      ]
        .filter(inNamespace)
        .map(s => s.labels.strimzi_io_cluster)
        .filter(Boolean),
    ]),
  ];
  const byClaim = (series: PrometheusSample[]) =>
    new Map(
      series
        .filter(inNamespace)
        .map(s => [s.labels.persistentvolumeclaim, s.value]),
    );
  const capacity = byClaim(sample.volumeCapacityBytes);
  const growth = byClaim(sample.volumeGrowthBytesPerDay);
  return sample.volumeUsedBytes
    .filter(inNamespace)
    .filter(
      s =>
        kafkaOfClaim(s.labels.persistentvolumeclaim ?? '', kafkas) ===
        location.kafka,
    )
    .flatMap(s => {
      const pvc = s.labels.persistentvolumeclaim;
      const capacityBytes = capacity.get(pvc);
      if (!capacityBytes) return [];
      const usedBytes = s.value;
      const usedPercent = (usedBytes / capacityBytes) * 100;
      const growthBytesPerDay = finite(growth.get(pvc));
      const daysToFull =
        growthBytesPerDay !== undefined && growthBytesPerDay > 0
          ? Math.max(0, capacityBytes - usedBytes) / growthBytesPerDay
          : undefined;
      const warnings: KafkaVolumeUsageWarningType[] = [];
      if (usedPercent >= VOLUME_NEARLY_FULL_PERCENT) {
        warnings.push('volume-nearly-full');
      }
      if (daysToFull !== undefined && daysToFull < VOLUME_FULL_SOON_DAYS) {
        warnings.push('volume-full-soon');
      }
      return [
        {
          pvc,
          usedBytes,
          capacityBytes,
          usedPercent,
          ...(growthBytesPerDay !== undefined && { growthBytesPerDay }),
          ...(daysToFull !== undefined && { daysToFull }),
          warnings,
        },
      ];
    })
    .sort((a, b) => a.pvc.localeCompare(b.pvc));
}

function consumerGroupsOf(
  sample: ClusterMetricsSample,
  location: KafkaLocation,
  produceRate: Map<string, number>,
): KafkaConsumerGroupLagMetrics[] {
  const key = (labels: Record<string, string>) =>
    JSON.stringify([labels.consumergroup, labels.topic]);
  const trends = new Map(
    ofKafka(sample.consumerGroupLagTrend, location).map(s => [
      key(s.labels),
      s.points
        .filter(p => Number.isFinite(p.value))
        .map(p => ({ at: new Date(p.time).toISOString(), lag: p.value })),
    ]),
  );
  return ofKafka(sample.consumerGroupLag, location)
    .map(s => {
      const { consumergroup: group, topic } = s.labels;
      const rate = produceRate.get(topic);
      const lag = s.value;
      let timeLagSeconds: number | undefined;
      if (lag <= 0) timeLagSeconds = 0;
      else if (rate !== undefined && rate > 0) timeLagSeconds = lag / rate;
      return {
        group,
        topic,
        lag,
        ...(timeLagSeconds !== undefined && { timeLagSeconds }),
        ...(rate !== undefined && { produceRatePerSecond: rate }),
        trend: trends.get(key(s.labels)) ?? [],
      };
    })
    .sort(
      (a, b) =>
        // Behind with nothing produced (no estimate) is the worst case.
        (b.timeLagSeconds ?? Infinity) - (a.timeLagSeconds ?? Infinity) ||
        b.lag - a.lag ||
        a.group.localeCompare(b.group) ||
        a.topic.localeCompare(b.topic),
    );
}

function brokersOf(
  sample: ClusterMetricsSample,
  location: KafkaLocation,
): KafkaBrokerThroughputMetrics[] {
  const byPod = new Map<string, KafkaBrokerThroughputMetrics>();
  const add = (
    series: PrometheusSample[],
    field: 'bytesInPerSecond' | 'bytesOutPerSecond',
  ) => {
    for (const s of ofKafka(series, location)) {
      const pod = s.labels.pod;
      if (!pod) continue;
      const nodeId = /-(\d+)$/.exec(pod)?.[1];
      const broker = byPod.get(pod) ?? {
        pod,
        ...(nodeId !== undefined && { nodeId: Number(nodeId) }),
      };
      const value = finite(s.value);
      if (value !== undefined) broker[field] = value;
      byPod.set(pod, broker);
    }
  };
  add(sample.brokerBytesIn, 'bytesInPerSecond');
  add(sample.brokerBytesOut, 'bytesOutPerSecond');
  return [...byPod.values()].sort((a, b) => a.pod.localeCompare(b.pod));
}

/** Splits one cluster's answers into the numbers of one Kafka. Pure. */
export function kafkaMetricsOf(
  sample: ClusterMetricsSample,
  location: KafkaLocation,
): KafkaMetricsNumbers {
  const produceRate = new Map(
    ofKafka(sample.produceRate, location)
      .filter(s => Number.isFinite(s.value))
      .map(s => [s.labels.topic, s.value]),
  );
  const consumerGroups = consumerGroupsOf(sample, location, produceRate);
  const topicNames = new Set([
    ...produceRate.keys(),
    ...consumerGroups.map(g => g.topic),
  ]);
  const topics = [...topicNames].sort().map(topic => {
    const lags = consumerGroups.filter(g => g.topic === topic).map(g => g.lag);
    const rate = produceRate.get(topic);
    return {
      topic,
      ...(rate !== undefined && { produceRatePerSecond: rate }),
      ...(lags.length > 0 && { maxConsumerLag: Math.max(...lags) }),
    };
  });
  return {
    consumerGroups,
    topics,
    volumes: volumesOf(sample, location),
    brokers: brokersOf(sample, location),
  };
}
