import type {
  KafkaClusterMetrics,
  KafkaLagTrendPoint,
  KafkaVolumeUsageMetrics,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { ordersClusterView } from './ordersClusterView';
import { ordersVolumes } from './ordersVolumes';

const GiB = 2 ** 30;
const OBSERVED_AT = Date.parse('2026-11-21T11:59:30.000Z');

/** Twelve points 5 minutes apart up to the observation, oldest first. */
function trend(lags: number[]): KafkaLagTrendPoint[] {
  return lags.map((lag, i) => ({
    at: new Date(
      OBSERVED_AT - (lags.length - 1 - i) * 5 * 60_000,
    ).toISOString(),
    lag,
  }));
}

/** A volume of `ordersVolumes` with its fill, as the backend computes it. */
function usage(
  pvc: string,
  usedGi: number,
  growthGiPerDay?: number,
): KafkaVolumeUsageMetrics {
  const volume = ordersVolumes.find(v => v.pvc === pvc)!;
  const capacityBytes = volume.capacity!.bytes!;
  const usedBytes = usedGi * GiB;
  const usedPercent = (usedBytes / capacityBytes) * 100;
  const growthBytesPerDay =
    growthGiPerDay === undefined ? undefined : growthGiPerDay * GiB;
  const daysToFull =
    growthBytesPerDay && growthBytesPerDay > 0
      ? (capacityBytes - usedBytes) / growthBytesPerDay
      : undefined;
  return {
    pvc,
    usedBytes,
    capacityBytes,
    usedPercent,
    ...(growthBytesPerDay !== undefined && { growthBytesPerDay }),
    ...(daysToFull !== undefined && { daysToFull }),
    warnings: [
      ...(usedPercent >= 85 ? ['volume-nearly-full' as const] : []),
      ...(daysToFull !== undefined && daysToFull < 7
        ? ['volume-full-soon' as const]
        : []),
    ],
  };
}

const volumes = [
  // 558 of 600 GiB (93 %), 12 GiB a day: full in 3.5 days.
  usage('data-0-orders-brokers-3', 558, 12),
  usage('data-0-orders-brokers-4', 300, 6),
  // Not growing: no forecast.
  usage('data-0-orders-brokers-5', 240),
  usage('data-1-orders-brokers-3', 120, 1),
  usage('data-1-orders-brokers-4', 118, 1),
  usage('data-1-orders-brokers-5', 121, 1),
  usage('data-orders-controllers-0', 1),
  usage('data-orders-controllers-1', 1),
  usage('data-orders-controllers-2', 1),
];

/**
 * The orders cluster's Prometheus metrics, consistent with
 * `ordersClusterView` (its location, topics, brokers and volumes): one group
 * 2 min 30 s behind on `orders.created`, one behind on `legacy-audit` where
 * nothing is produced (no time estimate), one caught up on `payments`, and
 * `data-0-orders-brokers-3` 93 % full and full in 3.5 days.
 */
export const ordersClusterMetrics: KafkaClusterMetrics = {
  location: ordersClusterView.location,
  revision: 7,
  observedAt: new Date(OBSERVED_AT).toISOString(),
  refreshSeconds: 60,
  consumerGroups: [
    {
      group: 'audit-archiver',
      topic: 'legacy-audit',
      lag: 4200,
      produceRatePerSecond: 0,
      trend: trend(Array(12).fill(4200)),
    },
    {
      group: 'orders-service',
      topic: 'orders.created',
      // 15,000 messages at 100 per second.
      lag: 15000,
      timeLagSeconds: 150,
      produceRatePerSecond: 100,
      trend: trend([
        900, 1200, 2000, 2600, 3900, 5200, 6100, 8000, 9400, 11800, 13200,
        15000,
      ]),
    },
    {
      group: 'billing',
      topic: 'payments',
      lag: 0,
      timeLagSeconds: 0,
      produceRatePerSecond: 20,
      trend: trend(Array(12).fill(0)),
    },
  ],
  topics: [
    { topic: 'clickstream', produceRatePerSecond: 500 },
    { topic: 'legacy-audit', produceRatePerSecond: 0, maxConsumerLag: 4200 },
    {
      topic: 'orders.created',
      produceRatePerSecond: 100,
      maxConsumerLag: 15000,
    },
    { topic: 'payments', produceRatePerSecond: 20, maxConsumerLag: 0 },
  ],
  volumes,
  brokers: [3, 4, 5].map(nodeId => ({
    pod: `orders-brokers-${nodeId}`,
    nodeId,
    bytesInPerSecond: nodeId * 1024 * 1024,
    bytesOutPerSecond: nodeId * 2 * 1024 * 1024,
  })),
  warnings: volumes.flatMap(volume =>
    volume.warnings.map(type => ({
      type,
      cluster: ordersClusterView.location.cluster,
      pvc: volume.pvc,
      message:
        type === 'volume-nearly-full'
          ? `${volume.pvc} is ${volume.usedPercent.toFixed(1)} % full`
          : `${volume.pvc} is full in ${volume.daysToFull!.toFixed(
              1,
            )} days at its growth of the last 24 h`,
    })),
  ),
};

/** The orders metrics when the cluster's Prometheus does not answer. */
export const prometheusUnavailableMetrics: KafkaClusterMetrics = {
  location: ordersClusterView.location,
  revision: 3,
  refreshSeconds: 60,
  consumerGroups: [],
  topics: [],
  volumes: [],
  brokers: [],
  warnings: [
    {
      type: 'prometheus-unavailable',
      cluster: 'prod-eu',
      message:
        'Prometheus http://prometheus.monitoring.svc:9090 answered 503 (asked at 2026-11-21T11:59:30.000Z)',
    },
  ],
};
