import { startKubeLoopback, type KubeLoopback } from '../KubeLoopback';
import { rawClient, waitFor } from '../__testUtils__/rawClient';

const TOPICS = '/apis/kafka.strimzi.io/v1/namespaces/kafka/kafkatopics';

function topic(
  name: string,
  labels: Record<string, string> = {},
  partitions = 3,
) {
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name, namespace: 'kafka', labels },
    spec: { partitions },
  };
}

const ref = (name: string) => ({
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'KafkaTopic',
  namespace: 'kafka',
  name,
});

describe('list', () => {
  let server: KubeLoopback;
  let client: ReturnType<typeof rawClient>;

  beforeEach(async () => {
    server = await startKubeLoopback({
      watchHistorySize: 20,
      objects: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kafka' } },
        ...['t1', 't2', 't3', 't4', 't5'].map((n, i) =>
          topic(n, { 'strimzi.io/cluster': i % 2 ? 'payments' : 'orders' }),
        ),
      ],
    });
    client = rawClient(server);
  });
  afterEach(() => server.close());

  it('answers a <Kind>List with the global resourceVersion', async () => {
    const res = await client.request('GET', TOPICS);
    expect(res.body).toMatchObject({
      kind: 'KafkaTopicList',
      apiVersion: 'kafka.strimzi.io/v1',
      metadata: { resourceVersion: server.resourceVersion() },
    });
    expect(res.body.items[0]).toMatchObject({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaTopic',
    });
    // Built-in kinds drop apiVersion and kind from list items, like the real server.
    const ns = await client.request('GET', '/api/v1/namespaces');
    expect(ns.body.kind).toBe('NamespaceList');
    expect(ns.body.items[0].kind).toBeUndefined();
  });

  it('filters with label and field selectors', async () => {
    const names = async (query: string) =>
      (await client.request('GET', `${TOPICS}?${query}`)).body.items.map(
        (i: any) => i.metadata.name,
      );
    expect(
      await names('labelSelector=strimzi.io%2Fcluster%3Dpayments'),
    ).toEqual(['t2', 't4']);
    expect(
      await names('labelSelector=strimzi.io%2Fcluster%20notin%20(payments)'),
    ).toEqual(['t1', 't3', 't5']);
    expect(await names('fieldSelector=metadata.name%3Dt3')).toEqual(['t3']);
    expect(
      await names(
        'fieldSelector=metadata.name!%3Dt3,metadata.namespace%3Dkafka',
      ),
    ).toEqual(['t1', 't2', 't4', 't5']);
    const bad = await client.request(
      'GET',
      `${TOPICS}?fieldSelector=spec.partitions%3D3`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('field label not supported: spec.partitions');
  });

  it('pages from one snapshot; remainingItemCount only without a selector', async () => {
    const first = await client.request('GET', `${TOPICS}?limit=2`);
    expect(first.body.metadata.remainingItemCount).toBe(3);
    const token = first.body.metadata.continue;
    server.delete(ref('t3'));
    const second = await client.request(
      'GET',
      `${TOPICS}?limit=2&continue=${token}`,
    );
    expect(second.body.items.map((i: any) => i.metadata.name)).toEqual([
      't3',
      't4',
    ]);
    expect(second.body.metadata.resourceVersion).toBe(
      first.body.metadata.resourceVersion,
    );
    const selected = await client.request(
      'GET',
      `${TOPICS}?limit=1&labelSelector=strimzi.io%2Fcluster`,
    );
    expect(selected.body.metadata.continue).toBeTruthy();
    expect(selected.body.metadata.remainingItemCount).toBeUndefined();
  });

  it('answers 410 Expired for a continue token older than the history, 400 for garbage', async () => {
    const first = await client.request('GET', `${TOPICS}?limit=2`);
    for (let i = 0; i < 25; i++) server.apply(topic('churn', {}, i + 1));
    const stale = await client.request(
      'GET',
      `${TOPICS}?limit=2&continue=${first.body.metadata.continue}`,
    );
    expect(stale.status).toBe(410);
    expect(stale.body).toMatchObject({
      kind: 'Status',
      reason: 'Expired',
      code: 410,
    });
    expect(stale.body.metadata.continue).toBeTruthy();
    const garbage = await client.request(
      'GET',
      `${TOPICS}?limit=2&continue=bm9wZQ`,
    );
    expect(garbage.status).toBe(400);
    expect(garbage.body.message).toMatch(
      /^invalid continue token: continue key is not valid/,
    );
  });

  it('serves an exact older snapshot with resourceVersionMatch=Exact', async () => {
    const rv = server.resourceVersion();
    server.delete(ref('t1'));
    const res = await client.request(
      'GET',
      `${TOPICS}?resourceVersion=${rv}&resourceVersionMatch=Exact`,
    );
    expect(res.body.items.map((i: any) => i.metadata.name)).toContain('t1');
    const tooNew = await client.request(
      'GET',
      `${TOPICS}?resourceVersion=999999`,
    );
    expect(tooNew.status).toBe(504);
  });
});

describe('watch', () => {
  let server: KubeLoopback;
  let client: ReturnType<typeof rawClient>;

  beforeEach(async () => {
    server = await startKubeLoopback({
      watchHistorySize: 10,
      bookmarkIntervalMs: 50,
      objects: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kafka' } },
        topic('a', { team: 'x' }),
      ],
    });
    client = rawClient(server);
  });
  afterEach(() => server.close());

  it('streams chunked NDJSON: synthetic ADDED first without resourceVersion, then changes', async () => {
    const watch = await client.watch(`${TOPICS}?watch=true`);
    expect(watch.status).toBe(200);
    expect(watch.headers.get('transfer-encoding')).toBe('chunked');
    await waitFor(() => watch.events.length === 1, 'the synthetic ADDED');
    server.apply(topic('b'));
    server.patchStatus(ref('b'), {
      conditions: [{ type: 'Ready', status: 'True' }],
    });
    server.delete(ref('b'));
    await waitFor(() => watch.events.length === 4, 'the changes');
    await watch.close();
    expect(
      watch.events.map(e => `${e.type} ${e.object.metadata.name}`),
    ).toEqual(['ADDED a', 'ADDED b', 'MODIFIED b', 'DELETED b']);
    expect(watch.events[1].object.kind).toBe('KafkaTopic');
    const rvs = watch.events
      .slice(1)
      .map(e => Number(e.object.metadata.resourceVersion));
    expect(rvs).toEqual([...rvs].sort((x, y) => x - y));
  });

  it('replays events after a resourceVersion from the history', async () => {
    const rv = server.resourceVersion();
    server.apply(topic('b'));
    server.apply(topic('c'));
    const watch = await client.watch(`${TOPICS}?watch=1&resourceVersion=${rv}`);
    await waitFor(() => watch.events.length === 2, 'the replay');
    await watch.close();
    expect(
      watch.events.map(e => `${e.type} ${e.object.metadata.name}`),
    ).toEqual(['ADDED b', 'ADDED c']);
  });

  it('sends 410 Expired as an ERROR event in a 200 stream when the resourceVersion is too old', async () => {
    const rv = server.resourceVersion();
    for (let i = 0; i < 12; i++) server.apply(topic(`t${i}`));
    const watch = await client.watch(
      `${TOPICS}?watch=true&resourceVersion=${rv}`,
    );
    await watch.done;
    expect(watch.status).toBe(200);
    expect(watch.events).toEqual([
      {
        type: 'ERROR',
        object: {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: expect.stringMatching(
            /^too old resource version: \d+ \(\d+\)$/,
          ),
          reason: 'Expired',
          code: 410,
        },
      },
    ]);
  });

  it('turns selector changes into ADDED and DELETED for that watch', async () => {
    const watch = await client.watch(
      `${TOPICS}?watch=true&resourceVersion=${server.resourceVersion()}&labelSelector=team%3Dx`,
    );
    server.apply(topic('a', { team: 'y' }));
    server.apply(topic('a', { team: 'x' }));
    server.apply(topic('other', { team: 'y' }));
    await waitFor(() => watch.events.length === 2, 'the moves');
    await new Promise(r => setTimeout(r, 50));
    await watch.close();
    expect(
      watch.events.map(e => `${e.type} ${e.object.metadata.labels.team}`),
    ).toEqual(['DELETED x', 'ADDED x']);
  });

  it('sends bookmarks when allowed, and ends at timeoutSeconds', async () => {
    const watch = await client.watch(
      `${TOPICS}?watch=true&allowWatchBookmarks=true&timeoutSeconds=1&resourceVersion=${server.resourceVersion()}`,
    );
    await waitFor(
      () => watch.events.some(e => e.type === 'BOOKMARK'),
      'a bookmark',
    );
    expect(watch.events[0]).toEqual({
      type: 'BOOKMARK',
      object: {
        kind: 'KafkaTopic',
        apiVersion: 'kafka.strimzi.io/v1',
        metadata: { resourceVersion: server.resourceVersion() },
      },
    });
    await watch.done;
    expect(watch.ended()).toBe(true);
  });

  it('ends initial events with an annotated bookmark for sendInitialEvents', async () => {
    const watch = await client.watch(
      `${TOPICS}?watch=true&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan`,
    );
    await waitFor(() => watch.events.length === 2, 'the initial events');
    await watch.close();
    expect(watch.events[0].type).toBe('ADDED');
    expect(watch.events[1].object.metadata.annotations).toEqual({
      'k8s.io/initial-events-end': 'true',
    });
  });

  it('ends every stream without a final event on dropWatches', async () => {
    const watch = await client.watch(`${TOPICS}?watch=true`);
    await waitFor(() => server.openWatches() === 1, 'the watch');
    expect(server.dropWatches()).toBe(1);
    await watch.done;
    expect(watch.events.map(e => e.type)).toEqual(['ADDED']);
    expect(server.openWatches()).toBe(0);
  });
});
