import { mockServices } from '@backstage/backend-test-utils';
import { GIB, MIB, kafkaHistoryOpenMetrics } from './__fixtures__/kafkaHistory';
import {
  freeLoopbackPort,
  startFixtureExporter,
  startPrometheus,
  waitFor,
  type FixtureExporter,
  type RunningPrometheus,
} from './__fixtures__/realPrometheus';
import { MetricsCollector } from './MetricsCollector';
import {
  createPrometheusClient,
  type PrometheusClient,
} from './PrometheusClient';

jest.setTimeout(120_000);

const context = {
  clusterByName: () => undefined,
  clusterCredentials: async () => ({ type: 'anonymous' as const }),
};

// History ends on a whole minute, two minutes ago: the backfilled blocks
// hold it all, and the collector asks at exactly that time.
const END = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 120_000);

function liveExposition(lag: number, usedBytes: number) {
  return {
    exporter: [
      '# TYPE kafka_consumergroup_lag gauge',
      `kafka_consumergroup_lag{consumergroup="payments",topic="events.in",partition="0"} ${lag}`,
      '',
    ].join('\n'),
    kubelet: [
      '# TYPE kubelet_volume_stats_used_bytes gauge',
      `kubelet_volume_stats_used_bytes{namespace="live",persistentvolumeclaim="data-events-brokers-0"} ${usedBytes}`,
      '# TYPE kubelet_volume_stats_capacity_bytes gauge',
      `kubelet_volume_stats_capacity_bytes{namespace="live",persistentvolumeclaim="data-events-brokers-0"} ${
        100 * GIB
      }`,
      '',
    ].join('\n'),
  };
}

let prometheus: RunningPrometheus;
let exporter: FixtureExporter;
let kubelet: FixtureExporter;

beforeAll(async () => {
  const live = liveExposition(100, 10 * GIB);
  exporter = await startFixtureExporter(live.exporter);
  kubelet = await startFixtureExporter(live.kubelet);
  prometheus = await startPrometheus({
    backfill: kafkaHistoryOpenMetrics(END),
    scrapeConfigs: [
      {
        // What Strimzi's PodMonitor adds to Kafka Exporter's series.
        job_name: 'kafka-exporter',
        static_configs: [
          {
            targets: [exporter.target],
            labels: { namespace: 'live', strimzi_io_cluster: 'events' },
          },
        ],
      },
      {
        // The kubelet's series carry namespace and PVC themselves.
        job_name: 'kubelet',
        honor_labels: true,
        static_configs: [{ targets: [kubelet.target] }],
      },
    ],
  });
});
afterAll(async () => {
  await prometheus?.close();
  await exporter?.close();
  await kubelet?.close();
});

function collectorAt(now: () => Date) {
  const client = createPrometheusClient(
    { cluster: 'orders-eks', authProvider: 'none', url: prometheus.url },
    context,
  );
  return new MetricsCollector(
    new Map([['orders-eks', client]]),
    mockServices.logger.mock(),
    { now },
  );
}

describe('metrics from a real Prometheus (backfilled history)', () => {
  const location = {
    cluster: 'orders-eks',
    namespace: 'kafka',
    kafka: 'orders',
  };

  it('computes lag, time lag and the lag trend per group and topic', async () => {
    const collector = collectorAt(() => END);
    await collector.collect('orders-eks');
    const metrics = collector.metrics(location);

    expect(
      metrics.warnings.filter(w => w.type.startsWith('prometheus')),
    ).toEqual([]);
    expect(metrics.observedAt).toBe(END.toISOString());
    // orders.events gains 5 messages/s on each of 2 partitions: 10/s.
    // billing: 1200 + 1800 = 3000 behind at the end; 3000 / 10 = 300 s.
    // audit-reader: 40 behind on a topic nothing is written to: no estimate,
    // and it sorts first (the worst case). fast: 0 behind, 0 s.
    // Other Kafkas (orders-eu, orders in namespace other) do not appear.
    expect(
      metrics.consumerGroups.map(g => [
        g.group,
        g.topic,
        g.lag,
        g.timeLagSeconds,
      ]),
    ).toEqual([
      ['audit-reader', 'orders.audit', 40, undefined],
      ['billing', 'orders.events', 3000, expect.closeTo(300, 6)],
      ['fast', 'orders.events', 0, 0],
    ]);
    const billing = metrics.consumerGroups[1];
    expect(billing.produceRatePerSecond).toBeCloseTo(10, 6);
    // 40 messages a minute more each minute: 55 minutes ago it was
    // 3000 - 55 * 40 = 800, then +200 every 5 minutes up to 3000 now.
    expect(billing.trend.map(p => p.lag)).toEqual([
      800, 1000, 1200, 1400, 1600, 1800, 2000, 2200, 2400, 2600, 2800, 3000,
    ]);
    expect(billing.trend[11].at).toBe(END.toISOString());
    expect(billing.trend[0].at).toBe(
      new Date(END.getTime() - 55 * 60_000).toISOString(),
    );

    // The topics' lag column: the largest group lag on each.
    expect(metrics.topics).toEqual([
      { topic: 'orders.audit', produceRatePerSecond: 0, maxConsumerLag: 40 },
      {
        topic: 'orders.events',
        produceRatePerSecond: expect.closeTo(10, 6),
        maxConsumerLag: 3000,
      },
    ]);
  });

  it('computes usage, growth per day, days to full and the two warnings per volume', async () => {
    const collector = collectorAt(() => END);
    await collector.collect('orders-eks');
    const metrics = collector.metrics(location);

    // data-orders-eu-brokers-0 is the other Kafka's, though it starts
    // with "data-orders-".
    expect(metrics.volumes.map(v => v.pvc)).toEqual([
      'data-orders-brokers-0',
      'data-orders-brokers-1',
      'data-orders-brokers-2',
    ]);
    const [b0, b1, b2] = metrics.volumes;
    // 50 of 100 GiB, +10 GiB/day: 50 % and 50 / 10 = 5 days (< 7: warning).
    expect(b0.usedBytes).toBe(50 * GIB);
    expect(b0.capacityBytes).toBe(100 * GIB);
    expect(b0.usedPercent).toBeCloseTo(50, 6);
    expect(b0.growthBytesPerDay! / GIB).toBeCloseTo(10, 3);
    expect(b0.daysToFull).toBeCloseTo(5, 3);
    expect(b0.warnings).toEqual(['volume-full-soon']);
    // 90 of 100 GiB (>= 85 %: warning), +0.5 GiB/day: 10 / 0.5 = 20 days.
    expect(b1.usedPercent).toBeCloseTo(90, 6);
    expect(b1.growthBytesPerDay! / GIB).toBeCloseTo(0.5, 3);
    expect(b1.daysToFull).toBeCloseTo(20, 2);
    expect(b1.warnings).toEqual(['volume-nearly-full']);
    // 20 % and flat: no forecast, no warning.
    expect(b2.usedPercent).toBeCloseTo(20, 6);
    expect(b2.growthBytesPerDay).toBeCloseTo(0, 3);
    expect(b2.daysToFull).toBeUndefined();
    expect(b2.warnings).toEqual([]);

    expect(metrics.warnings.map(w => [w.type, w.pvc])).toEqual([
      ['volume-full-soon', 'data-orders-brokers-0'],
      ['volume-nearly-full', 'data-orders-brokers-1'],
    ]);
  });

  it('reports bytes in and out per broker from the broker totals only', async () => {
    const collector = collectorAt(() => END);
    await collector.collect('orders-eks');
    const [broker] = collector.metrics(location).brokers;
    // 1 MiB/s in, 2 MiB/s out; the per-topic series is not added again.
    expect(broker.pod).toBe('orders-brokers-0');
    expect(broker.nodeId).toBe(0);
    expect(broker.bytesInPerSecond! / MIB).toBeCloseTo(1, 6);
    expect(broker.bytesOutPerSecond! / MIB).toBeCloseTo(2, 6);
  });
  it('keeps the last numbers through a failure, with a warning, under a new revision', async () => {
    const real = createPrometheusClient(
      { cluster: 'orders-eks', authProvider: 'none', url: prometheus.url },
      context,
    );
    let failing = false;
    // Our own client interface, switched to fail after one query set.
    const flaky: PrometheusClient = {
      description: real.description,
      query: (q, time) =>
        failing
          ? Promise.reject(new Error('Prometheus at test: cannot connect'))
          : real.query(q, time),
      queryRange: (q, range) =>
        failing
          ? Promise.reject(new Error('Prometheus at test: cannot connect'))
          : real.queryRange(q, range),
    };
    const collector = new MetricsCollector(
      new Map([['orders-eks', flaky]]),
      mockServices.logger.mock(),
      { now: () => END },
    );
    await collector.collect('orders-eks');
    const before = collector.metricsJson(location);
    failing = true;
    await collector.collect('orders-eks');
    const after = collector.metrics(location);
    expect(after.revision).toBe(2);
    expect(collector.metricsJson(location).etag).not.toBe(before.etag);
    expect(after.observedAt).toBe(END.toISOString());
    expect(after.consumerGroups.map(g => g.lag)).toEqual([40, 3000, 0]);
    expect(after.warnings[0]).toEqual({
      type: 'prometheus-unavailable',
      cluster: 'orders-eks',
      message: `Prometheus at test: cannot connect (asked at ${END.toISOString()}); the numbers are those of ${END.toISOString()}`,
    });
  });
});

describe('metrics from a real Prometheus (live scrapes)', () => {
  const location = {
    cluster: 'orders-eks',
    namespace: 'live',
    kafka: 'events',
  };

  it('follows values that change between scrapes', async () => {
    const collector = collectorAt(() => new Date());
    const lagOf = async (expected: number) => {
      await collector.collect('orders-eks');
      const metrics = collector.metrics(location);
      return metrics.consumerGroups[0]?.lag === expected ? metrics : undefined;
    };
    // The two targets are scraped apart: wait for both.
    let metrics = await waitFor(
      'the first scrape of both targets',
      async () => {
        const m = await lagOf(100);
        return m?.volumes[0] ? m : undefined;
      },
    );
    expect(metrics.volumes[0]).toMatchObject({
      pvc: 'data-events-brokers-0',
      usedBytes: 10 * GIB,
      warnings: [],
    });
    const revision = metrics.revision;

    // 250 behind and the volume at 95 of 100 GiB: >= 85 %, a warning.
    const next = liveExposition(250, 95 * GIB);
    exporter.set(next.exporter);
    kubelet.set(next.kubelet);
    metrics = await waitFor('a scrape of the changed values', async () => {
      const m = await lagOf(250);
      return m?.volumes[0]?.usedBytes === 95 * GIB ? m : undefined;
    });
    expect(metrics.revision).toBeGreaterThan(revision);
    expect(metrics.volumes[0].usedPercent).toBeCloseTo(95, 6);
    expect(metrics.warnings).toContainEqual(
      expect.objectContaining({
        type: 'volume-nearly-full',
        pvc: 'data-events-brokers-0',
      }),
    );
  });

  it('turns a Prometheus that does not answer into a per-cluster warning', async () => {
    const downUrl = `http://127.0.0.1:${await freeLoopbackPort()}`;
    const down = createPrometheusClient(
      // Nothing listens there: the connection is refused.
      { cluster: 'orders-eks', authProvider: 'none', url: downUrl },
      context,
    );
    const collector = new MetricsCollector(
      new Map([['orders-eks', down]]),
      mockServices.logger.mock(),
      { now: () => END },
    );
    await collector.collect('orders-eks');
    const metrics = collector.metrics(location);
    expect(metrics.consumerGroups).toEqual([]);
    expect(metrics.warnings).toEqual([
      expect.objectContaining({
        type: 'prometheus-unavailable',
        cluster: 'orders-eks',
        message: `Prometheus at ${downUrl}: cannot connect (ECONNREFUSED) (asked at ${END.toISOString()})`,
      }),
    ]);
  });
});
