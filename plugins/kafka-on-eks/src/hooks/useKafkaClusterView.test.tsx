import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { TestApiProvider } from '@backstage/frontend-test-utils';
import { ordersClusterView } from '../__fixtures__';
import { answeringApi } from '../__testUtils__/renderForEntity';
import { kafkaOnEksApiRef } from '../api';
import { useKafkaClusterView } from './useKafkaClusterView';

let hidden = false;
beforeAll(() => {
  Object.defineProperty(document, 'hidden', {
    configurable: true,
    get: () => hidden,
  });
});
afterEach(() => {
  hidden = false;
});

function setHidden(value: boolean) {
  hidden = value;
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

function renderView(api: ReturnType<typeof answeringApi>) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[kafkaOnEksApiRef, api]]}>
      {children}
    </TestApiProvider>
  );
  return renderHook(
    () =>
      useKafkaClusterView('resource:default/orders-kafka', {
        pollIntervalMs: 20,
      }),
    { wrapper },
  );
}

describe('useKafkaClusterView', () => {
  it('polls while the page is visible and pauses while it is hidden', async () => {
    const api = answeringApi(ordersClusterView);
    const { result } = renderView(api);
    await waitFor(() => expect(result.current.view).toBeDefined());
    await waitFor(() =>
      expect(api.getClusterView.mock.calls.length).toBeGreaterThan(2),
    );

    setHidden(true);
    const callsWhenHidden = api.getClusterView.mock.calls.length;
    await act(() => sleep(150));
    expect(api.getClusterView.mock.calls.length).toBe(callsWhenHidden);
    // The last data stays while paused.
    expect(result.current.view?.location.kafka).toBe('orders');

    setHidden(false);
    await waitFor(() =>
      expect(api.getClusterView.mock.calls.length).toBeGreaterThan(
        callsWhenHidden,
      ),
    );
  });

  it('keeps the same topics array when a poll brings the same topics', async () => {
    const again = JSON.parse(JSON.stringify(ordersClusterView));
    const api = answeringApi(ordersClusterView, again);
    const { result } = renderView(api);
    await waitFor(() => expect(result.current.view).toBeDefined());
    const firstTopics = result.current.view!.topics;
    await waitFor(() =>
      expect(api.getClusterView.mock.calls.length).toBeGreaterThan(2),
    );
    expect(result.current.view!.topics).toBe(firstTopics);
  });

  it('reports the first error as not loading, without a view', async () => {
    const { result } = renderView(answeringApi(new Error('boom')));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.view).toBeUndefined();
    expect(result.current.error?.message).toBe('boom');
  });
});
