import { mockServices } from '@backstage/backend-test-utils';
import { MetricsCollector } from './MetricsCollector';
import type { PrometheusClient } from './PrometheusClient';

/** Our own client interface, counting what the collector asks. */
function countingClient() {
  const asked: string[] = [];
  const client: PrometheusClient = {
    description: 'Prometheus at test',
    query: async q => {
      asked.push(q);
      return [];
    },
    queryRange: async q => {
      asked.push(q);
      return [];
    },
  };
  return { client, asked };
}

const location = { cluster: 'a', namespace: 'kafka', kafka: 'orders' };

describe('MetricsCollector', () => {
  afterEach(() => jest.useRealTimers());

  it('runs one query set per cluster per period, and none per read', async () => {
    jest.useFakeTimers();
    const a = countingClient();
    const b = countingClient();
    const collector = new MetricsCollector(
      new Map([
        ['a', a.client],
        ['b', b.client],
      ]),
      mockServices.logger.mock(),
      { refreshSeconds: 60 },
    );
    collector.start();
    await jest.advanceTimersByTimeAsync(0);
    // 8 queries: lag, lag trend, produce rate, used, capacity, growth, bytes in, bytes out.
    expect(a.asked).toHaveLength(8);
    expect(b.asked).toHaveLength(8);

    for (let i = 0; i < 100; i++) collector.metricsJson(location);
    expect(a.asked).toHaveLength(8);
    expect(collector.metrics(location).revision).toBe(1);

    await jest.advanceTimersByTimeAsync(59_000);
    expect(a.asked).toHaveLength(8);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(a.asked).toHaveLength(16);
    expect(collector.metrics(location).revision).toBe(2);

    await collector.stop();
    await jest.advanceTimersByTimeAsync(600_000);
    expect(a.asked).toHaveLength(16);
  });

  it('joins a query set that is running instead of starting a second', async () => {
    const a = countingClient();
    const collector = new MetricsCollector(
      new Map([['a', a.client]]),
      mockServices.logger.mock(),
    );
    await Promise.all([collector.collect('a'), collector.collect('a')]);
    expect(a.asked).toHaveLength(8);
    expect(collector.metrics(location).revision).toBe(1);
  });

  it('serves the same body and ETag until the next query set', async () => {
    const a = countingClient();
    const collector = new MetricsCollector(
      new Map([['a', a.client]]),
      mockServices.logger.mock(),
    );
    const before = collector.metricsJson(location);
    expect(JSON.parse(before.body).warnings[0].type).toBe(
      'metrics-not-collected-yet',
    );
    await collector.collect('a');
    const first = collector.metricsJson(location);
    expect(first.etag).not.toBe(before.etag);
    expect(collector.metricsJson(location)).toBe(first);
    await collector.collect('a');
    expect(collector.metricsJson(location).etag).not.toBe(first.etag);
  });

  it('says so for a cluster without a Prometheus', () => {
    const collector = new MetricsCollector(
      new Map(),
      mockServices.logger.mock(),
    );
    expect(
      collector.metrics({ ...location, cluster: 'elsewhere' }).warnings,
    ).toEqual([
      {
        type: 'prometheus-not-configured',
        cluster: 'elsewhere',
        message:
          "No Prometheus is configured for cluster 'elsewhere' (kafkaOnEks.prometheus)",
      },
    ]);
  });
});
