import {
  namespace,
  pvc,
  topic,
  topicInformer,
  topicRef,
  useLoopbackServers,
} from './__testUtils__/clientNode';
import { waitFor } from './__testUtils__/rawClient';
import { type KubeLoopback } from './index';

// @kubernetes/client-node's informer, unmodified, against the server: the
// list/watch protocol end to end.

describe('client-node informers against kube-loopback', () => {
  let server: KubeLoopback;
  const start = useLoopbackServers();

  beforeEach(async () => {
    server = await start({
      objects: [
        namespace('kafka'),
        pvc('data-0-orders-kafka-broker-0', 'orders'),
        topic('orders.created'),
      ],
    });
  });

  it('runs an informer: ADDED, MODIFIED after a status patch, DELETED, all through one list', async () => {
    const { informer, seen, stop } = topicInformer(server);
    await informer.start();
    await waitFor(() => server.openWatches() === 1, 'the watch');

    server.apply(topic('orders.paid'));
    server.patchStatus(topicRef('orders.paid'), {
      conditions: [{ type: 'Ready', status: 'True' }],
      topicName: 'orders.paid',
    });
    await waitFor(
      () => seen.includes('update orders.paid'),
      'the status change',
    );
    expect(
      (informer.get('orders.paid', 'kafka') as any)?.status?.conditions?.[0]
        ?.type,
    ).toBe('Ready');
    server.delete(topicRef('orders.paid'));
    await waitFor(() => seen.includes('delete orders.paid'), 'the delete');
    await stop();

    expect(seen).toEqual([
      'add orders.created',
      'add orders.paid',
      'update orders.paid',
      'delete orders.paid',
    ]);
    // One list, one watch: every change came through the watch.
    expect(server.requests().byResource.kafkatopics).toEqual({
      list: 1,
      watch: 1,
    });
  });

  it('recovers from a dropped watch by watching again, without a new list', async () => {
    const { informer, seen, stop } = topicInformer(server);
    await informer.start();
    await waitFor(() => server.openWatches() === 1, 'the watch');
    expect(server.dropWatches()).toBe(1);
    server.apply(topic('after-drop'));
    await waitFor(
      () => seen.includes('add after-drop'),
      'the change after the drop',
    );
    await stop();
    expect(server.requests().byResource.kafkatopics).toEqual({
      list: 1,
      watch: 2,
    });
  });

  it('relists after a 410 when its resourceVersion fell out of the history', async () => {
    const small = await start({
      watchHistorySize: 5,
      objects: [namespace('kafka'), topic('first')],
    });
    const errors: unknown[] = [];
    const { informer, seen, stop } = topicInformer(small, e => errors.push(e));
    await informer.start();
    await waitFor(() => small.openWatches() === 1, 'the watch');

    // The watch breaks and cannot come back while many changes happen.
    small.setFaults({ error500: ['kafkatopics'], dropWatches: true });
    await waitFor(() => errors.length > 0, 'the failed re-watch');
    for (let i = 0; i < 10; i++) small.apply(topic(`burst-${i}`));
    small.delete(topicRef('first'));
    small.clearFaults();

    await waitFor(
      () => seen.includes('delete first') && seen.includes('add burst-9'),
      'the relist',
    );
    await stop();
    const counts = small.requests().byResource.kafkatopics;
    expect(counts.list).toBe(2);
    expect(
      informer
        .list('kafka')
        .map(t => t.metadata?.name)
        .sort(),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `burst-${i}`).sort());
  });
});
