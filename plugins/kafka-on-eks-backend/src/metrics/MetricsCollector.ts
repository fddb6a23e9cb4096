import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  KafkaClusterMetrics,
  KafkaLocation,
  KafkaMetricsWarning,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { createHash } from 'node:crypto';
import { kafkaMetricsOf, type ClusterMetricsSample } from './kafkaMetricsOf';
import type { PrometheusClient } from './PrometheusClient';
import { LAG_TREND_POINTS, LAG_TREND_STEP_SECONDS, QUERIES } from './queries';

/** How often each cluster's query set runs, by default. */
export const DEFAULT_REFRESH_SECONDS = 60;

interface ClusterState {
  client: PrometheusClient;
  /** Bumped after every query set, answered or failed. */
  revision: number;
  /** The last answered query set: kept through failures, with a warning. */
  sample?: ClusterMetricsSample;
  failure?: { message: string; at: Date };
  running?: Promise<void>;
  timer?: NodeJS.Timeout;
}

/** One query set against one Prometheus, all queries at the same time. */
async function runQuerySet(
  client: PrometheusClient,
  time: Date,
): Promise<ClusterMetricsSample> {
  const start = new Date(
    time.getTime() - (LAG_TREND_POINTS - 1) * LAG_TREND_STEP_SECONDS * 1000,
  );
  const [
    consumerGroupLag,
    consumerGroupLagTrend,
    produceRate,
    volumeUsedBytes,
    volumeCapacityBytes,
    volumeGrowthBytesPerDay,
    brokerBytesIn,
    brokerBytesOut,
  ] = await Promise.all([
    client.query(QUERIES.consumerGroupLag, time),
    client.queryRange(QUERIES.consumerGroupLagTrend, {
      start,
      end: time,
      stepSeconds: LAG_TREND_STEP_SECONDS,
    }),
    client.query(QUERIES.produceRate, time),
    client.query(QUERIES.volumeUsedBytes, time),
    client.query(QUERIES.volumeCapacityBytes, time),
    client.query(QUERIES.volumeGrowthBytesPerDay, time),
    client.query(QUERIES.brokerBytesIn, time),
    client.query(QUERIES.brokerBytesOut, time),
  ]);
  return {
    time,
    consumerGroupLag,
    consumerGroupLagTrend,
    produceRate,
    volumeUsedBytes,
    volumeCapacityBytes,
    volumeGrowthBytesPerDay,
    brokerBytesIn,
    brokerBytesOut,
  };
}

/**
 * Asks each cluster's Prometheus on a fixed period (one query set per
 * cluster per period, never per page view) and keeps the answers. Views of
 * a Kafka are cut from them and serialized once per revision.
 */
export class MetricsCollector {
  private readonly clusters = new Map<string, ClusterState>();
  private readonly bodies = new Map<
    string,
    { revision: number; body: string; etag: string }
  >();
  private started = false;
  private readonly refreshSeconds: number;
  private readonly now: () => Date;

  constructor(
    clients: Map<string, PrometheusClient>,
    private readonly logger: LoggerService,
    options: { refreshSeconds?: number; now?: () => Date } = {},
  ) {
    for (const [cluster, client] of clients) {
      this.clusters.set(cluster, { client, revision: 0 });
    }
    this.refreshSeconds = options.refreshSeconds ?? DEFAULT_REFRESH_SECONDS;
    this.now = options.now ?? (() => new Date());
  }

  /** The clusters that have a Prometheus. */
  clusterNames(): string[] {
    return [...this.clusters.keys()];
  }

  start(): void {
    this.started = true;
    for (const cluster of this.clusters.keys()) this.schedule(cluster, 0);
  }

  async stop(): Promise<void> {
    this.started = false;
    for (const state of this.clusters.values()) clearTimeout(state.timer);
    await Promise.all([...this.clusters.values()].map(s => s.running));
  }

  private schedule(cluster: string, delayMs: number) {
    const state = this.clusters.get(cluster)!;
    state.timer = setTimeout(async () => {
      await this.collect(cluster);
      if (this.started) this.schedule(cluster, this.refreshSeconds * 1000);
    }, delayMs);
    state.timer.unref?.();
  }

  /**
   * Runs one query set for a cluster now (a running one is joined, not
   * doubled). Never throws: a failure becomes the cluster's warning.
   */
  async collect(cluster: string): Promise<void> {
    const state = this.clusters.get(cluster);
    if (!state) return;
    if (state.running) {
      await state.running;
      return;
    }
    state.running = (async () => {
      const time = this.now();
      try {
        state.sample = await runQuerySet(state.client, time);
        state.failure = undefined;
      } catch (error) {
        const message = (error as Error).message;
        if (state.failure?.message !== message) {
          this.logger.warn(
            `kafka-on-eks: metrics of cluster '${cluster}' failed: ${message}`,
          );
        }
        state.failure = { message, at: time };
      }
      state.revision += 1;
    })();
    try {
      await state.running;
    } finally {
      state.running = undefined;
    }
  }

  /** The metrics of one Kafka, as JSON with its ETag; no Prometheus request. */
  metricsJson(location: KafkaLocation): { body: string; etag: string } {
    const state = this.clusters.get(location.cluster);
    const revision = state?.revision ?? 0;
    const key = JSON.stringify(location);
    const cached = this.bodies.get(key);
    if (cached && cached.revision === revision && state) return cached;
    const metrics = this.metrics(location);
    const body = JSON.stringify(metrics);
    const etag = `"${createHash('sha256')
      .update(body)
      .digest('base64url')
      .slice(0, 27)}"`;
    const entry = { revision, body, etag };
    // Unconfigured clusters have no revision to wait for: not cached.
    if (state) this.bodies.set(key, entry);
    return entry;
  }

  metrics(location: KafkaLocation): KafkaClusterMetrics {
    const state = this.clusters.get(location.cluster);
    const warnings: KafkaMetricsWarning[] = [];
    const empty = { consumerGroups: [], topics: [], volumes: [], brokers: [] };
    if (!state) {
      warnings.push({
        type: 'prometheus-not-configured',
        cluster: location.cluster,
        message: `No Prometheus is configured for cluster '${location.cluster}' (kafkaOnEks.prometheus)`,
      });
      return {
        location,
        revision: 0,
        refreshSeconds: this.refreshSeconds,
        ...empty,
        warnings,
      };
    }
    if (state.failure) {
      warnings.push({
        type: 'prometheus-unavailable',
        cluster: location.cluster,
        // The client's errors name the Prometheus already.
        message: `${
          state.failure.message
        } (asked at ${state.failure.at.toISOString()})${
          state.sample
            ? `; the numbers are those of ${state.sample.time.toISOString()}`
            : ''
        }`,
      });
    } else if (!state.sample) {
      warnings.push({
        type: 'metrics-not-collected-yet',
        cluster: location.cluster,
        message: `${state.client.description} has not been asked yet`,
      });
    }
    const numbers = state.sample
      ? kafkaMetricsOf(state.sample, location)
      : empty;
    for (const volume of numbers.volumes) {
      for (const type of volume.warnings) {
        warnings.push({
          type,
          cluster: location.cluster,
          pvc: volume.pvc,
          message:
            type === 'volume-nearly-full'
              ? `${volume.pvc} is ${volume.usedPercent.toFixed(1)} % full`
              : `${volume.pvc} is full in ${volume.daysToFull!.toFixed(
                  1,
                )} days at its growth of the last 24 h`,
        });
      }
    }
    return {
      location,
      revision: state.revision,
      ...(state.sample && { observedAt: state.sample.time.toISOString() }),
      refreshSeconds: this.refreshSeconds,
      ...numbers,
      warnings,
    };
  }
}
