import { startKubeLoopback, type KubeLoopback } from '../KubeLoopback';
import { rawClient, waitFor } from '../__testUtils__/rawClient';

const TOPICS = '/apis/kafka.strimzi.io/v1/namespaces/kafka/kafkatopics';
const KAFKAS = '/apis/kafka.strimzi.io/v1/namespaces/kafka/kafkas';

describe('authentication, faults, accounting and the control endpoint', () => {
  let server: KubeLoopback;
  let client: ReturnType<typeof rawClient>;

  beforeEach(async () => {
    server = await startKubeLoopback({
      token: 'secret',
      objects: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kafka' } },
      ],
      forbidden: [
        {
          resource: 'kafkatopics.kafka.strimzi.io',
          verbs: ['get'],
          namespace: 'kafka',
        },
      ],
    });
    client = rawClient(server, 'secret');
  });
  afterEach(() => server.close());

  it('answers 401 Unauthorized without or with a wrong token', async () => {
    for (const token of [null, 'wrong']) {
      const res = await client.request('GET', TOPICS, { token });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'Unauthorized',
        reason: 'Unauthorized',
        code: 401,
      });
    }
  });

  it('accepts anonymous requests when allowed, but never a wrong token', async () => {
    const open = await startKubeLoopback({ token: 'secret', anonymous: true });
    try {
      const raw = rawClient(open);
      expect((await raw.request('GET', '/api/v1/namespaces')).status).toBe(200);
      expect(
        (await raw.request('GET', '/api/v1/namespaces', { token: 'wrong' }))
          .status,
      ).toBe(401);
    } finally {
      await open.close();
    }
  });

  it('forbids per resource, verb and namespace with the RBAC message', async () => {
    const res = await client.request('GET', `${TOPICS}/orders`);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      reason: 'Forbidden',
      message:
        'kafkatopics.kafka.strimzi.io "orders" is forbidden: User "system:serviceaccount:backstage:backstage" cannot get resource "kafkatopics" in API group "kafka.strimzi.io" in the namespace "kafka"',
      details: {
        name: 'orders',
        group: 'kafka.strimzi.io',
        kind: 'kafkatopics',
      },
    });
    expect((await client.request('GET', TOPICS)).status).toBe(200);
  });

  it('goes down and comes back on the same port, the control endpoint still answering', async () => {
    const watch = await client.watch(`${TOPICS}?watch=true`);
    const down = await client.request('PUT', '/_loopback/faults', {
      body: { down: true },
      token: null,
    });
    expect(down.body).toMatchObject({ down: true });
    await watch.done;
    await expect(client.request('GET', TOPICS)).rejects.toThrow();
    await client.request('DELETE', '/_loopback/faults', { token: null });
    expect((await client.request('GET', TOPICS)).status).toBe(200);
  });

  it('delays responses while slow', async () => {
    server.setFaults({ slowMs: 300 });
    const started = Date.now();
    await client.request('GET', TOPICS);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('fails one resource with 500 while others work', async () => {
    server.setFaults({ error500: ['kafkatopics'] });
    const failed = await client.request('GET', TOPICS);
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({
      kind: 'Status',
      reason: 'InternalError',
      code: 500,
    });
    expect((await client.request('GET', KAFKAS)).status).toBe(200);
  });

  it('counts requests by verb and resource', async () => {
    server.resetRequests();
    await client.request('GET', '/apis');
    await client.request('GET', TOPICS);
    await client.request('POST', KAFKAS, {
      body: {
        apiVersion: 'kafka.strimzi.io/v1',
        kind: 'Kafka',
        metadata: { name: 'k' },
        spec: {},
      },
    });
    await client.request('PATCH', `${KAFKAS}/k/status`, {
      body: { status: { clusterId: 'x' } },
      contentType: 'application/merge-patch+json',
    });
    const watch = await client.watch(`${TOPICS}?watch=true`);
    await watch.close();
    expect(server.requests()).toMatchObject({
      total: 5,
      byVerb: { discovery: 1, list: 1, create: 1, patch: 1, watch: 1 },
      byResource: {
        kafkatopics: { list: 1, watch: 1 },
        kafkas: { create: 1 },
        'kafkas/status': { patch: 1 },
      },
    });
  });

  it('drives the server through the control endpoint', async () => {
    const control = (method: string, path: string, body?: unknown) =>
      client.request(method, `/_loopback/${path}`, { body, token: null });
    const yaml =
      'apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata: {name: a, namespace: kafka}\n---\n' +
      'apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata: {name: b, namespace: kafka}\n';
    const applied = await control('POST', 'apply', yaml);
    expect(applied.body.items.map((i: any) => i.metadata.name)).toEqual([
      'a',
      'b',
    ]);
    const ref = {
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaTopic',
      namespace: 'kafka',
      name: 'a',
    };
    const status = await control('POST', 'patch-status', {
      ...ref,
      status: { topicName: 'a' },
    });
    expect(status.body.status).toEqual({ topicName: 'a' });
    expect((await control('POST', 'delete', ref)).body).toEqual({
      deleted: true,
    });
    const watch = await client.watch(`${TOPICS}?watch=true`);
    await waitFor(() => server.openWatches() === 1, 'the watch');
    expect((await control('POST', 'drop-watches')).body).toEqual({
      dropped: 1,
    });
    await watch.done;
    expect((await control('GET', 'requests')).body.byVerb.watch).toBe(1);
    expect((await control('PUT', 'faults', { slowMs: -1 })).status).toBe(400);
    expect((await control('GET', 'nope')).status).toBe(404);
  });
});
