import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { TestApiProvider } from '@backstage/frontend-test-utils';
import { ordersClusterMetrics, ordersClusterView } from '../__fixtures__';
import { answeringApi } from '../__testUtils__/renderForEntity';
import { kafkaOnEksApiRef, type KafkaClusterMetricsAnswer } from '../api';
import { useKafkaClusterMetrics } from './useKafkaClusterMetrics';

const ENTITY = 'resource:default/orders-kafka';

// Fake timers: the schedule is asserted by the clock, not by waiting.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function renderMetrics(api: ReturnType<typeof answeringApi>) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[kafkaOnEksApiRef, api]]}>
      {children}
    </TestApiProvider>
  );
  return renderHook(() => useKafkaClusterMetrics(ENTITY), { wrapper });
}

/** Lets the mocked request settle, and `ms` pass on the fake clock. */
async function advance(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

function answers(...list: KafkaClusterMetricsAnswer[]) {
  const api = answeringApi(ordersClusterView);
  list.forEach(answer => api.getClusterMetrics.mockResolvedValueOnce(answer));
  return api;
}

describe('useKafkaClusterMetrics', () => {
  it('asks again every refreshSeconds with the last ETag, and keeps the metrics on a 304', async () => {
    const api = answers(
      { notModified: false, metrics: ordersClusterMetrics, etag: '"m7"' },
      { notModified: true, etag: '"m7"' },
    );
    const { result } = renderMetrics(api);
    await advance(0);
    const first = result.current.metrics;
    expect(first).toEqual(ordersClusterMetrics);
    expect(api.getClusterMetrics).toHaveBeenCalledTimes(1);
    expect(api.getClusterMetrics.mock.calls[0][1]).toMatchObject({
      etag: undefined,
    });

    // refreshSeconds is 60: nothing before, one request at 60 s.
    await advance(59_000);
    expect(api.getClusterMetrics).toHaveBeenCalledTimes(1);
    await advance(1_000);
    expect(api.getClusterMetrics).toHaveBeenCalledTimes(2);
    expect(api.getClusterMetrics.mock.calls[1][1]).toMatchObject({
      etag: '"m7"',
    });
    // The 304 did not replace the metrics: the same object, no re-render work.
    expect(result.current.metrics).toBe(first);
    expect(result.current.error).toBeUndefined();
  });

  it('keeps the last metrics and tells the error when a refresh fails', async () => {
    const api = answers({
      notModified: false,
      metrics: ordersClusterMetrics,
      etag: '"m7"',
    });
    api.getClusterMetrics.mockRejectedValueOnce(new Error('Failed to fetch'));
    const { result } = renderMetrics(api);
    await advance(0);
    await advance(60_000);
    expect(result.current.error?.message).toBe('Failed to fetch');
    expect(result.current.metrics).toEqual(ordersClusterMetrics);
  });

  it('aborts its request and stops asking on unmount', async () => {
    const api = answeringApi(ordersClusterView);
    let signal: AbortSignal | undefined;
    api.getClusterMetrics.mockImplementationOnce(async (_ref, options) => {
      signal = options?.signal;
      return new Promise<KafkaClusterMetricsAnswer>(() => {});
    });
    const { unmount } = renderMetrics(api);
    await advance(0);
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
    await advance(600_000);
    expect(api.getClusterMetrics).toHaveBeenCalledTimes(1);
  });
});
