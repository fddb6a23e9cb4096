import { startKubeLoopback, type KubeLoopback } from '../KubeLoopback';
import { rawClient } from '../__testUtils__/rawClient';

const TOPICS = '/apis/kafka.strimzi.io/v1/namespaces/kafka/kafkatopics';
const PVCS = '/api/v1/namespaces/kafka/persistentvolumeclaims';

const topic = (name: string, partitions = 3) => ({
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'KafkaTopic',
  metadata: { name, labels: { 'strimzi.io/cluster': 'orders' } },
  spec: { partitions, replicas: 3 },
});

describe('writes', () => {
  let server: KubeLoopback;
  let client: ReturnType<typeof rawClient>;

  beforeEach(async () => {
    server = await startKubeLoopback({
      objects: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kafka' } },
        {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'data', namespace: 'kafka' },
          spec: { resources: { requests: { storage: '100Gi' } } },
        },
      ],
    });
    client = rawClient(server);
  });
  afterEach(() => server.close());

  it('creates with POST (201) and refuses a duplicate with 409 AlreadyExists', async () => {
    const created = await client.request('POST', TOPICS, { body: topic('t') });
    expect(created.status).toBe(201);
    expect(created.body.metadata).toMatchObject({
      name: 't',
      namespace: 'kafka',
      generation: 1,
    });
    expect(created.body.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    const again = await client.request('POST', TOPICS, { body: topic('t') });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'AlreadyExists',
      message: 'kafkatopics.kafka.strimzi.io "t" already exists',
      details: { name: 't', group: 'kafka.strimzi.io', kind: 'kafkatopics' },
      code: 409,
    });
  });

  it('drops the status a client sends on create, and defaults phases', async () => {
    const topicRes = await client.request('POST', TOPICS, {
      body: { ...topic('t'), status: { topicName: 'forged' } },
    });
    expect(topicRes.body.status).toBeUndefined();
    const pvc = await client.request('POST', PVCS, {
      body: {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'new' },
        spec: { resources: { requests: { storage: '1Gi' } } },
        status: { phase: 'Bound' },
      },
    });
    expect(pvc.body.status).toEqual({ phase: 'Pending' });
  });

  it('refuses objects in a namespace that does not exist', async () => {
    const res = await client.request(
      'POST',
      '/apis/kafka.strimzi.io/v1/namespaces/nowhere/kafkatopics',
      { body: topic('t') },
    );
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('namespaces "nowhere" not found');
  });

  it('replaces with PUT under optimistic concurrency', async () => {
    const created = (await client.request('POST', TOPICS, { body: topic('t') }))
      .body;
    const updated = await client.request('PUT', `${TOPICS}/t`, {
      body: { ...created, spec: { partitions: 6, replicas: 3 } },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.metadata.generation).toBe(2);
    const stale = await client.request('PUT', `${TOPICS}/t`, {
      body: { ...created, spec: { partitions: 9, replicas: 3 } },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.reason).toBe('Conflict');
    const unversioned = await client.request('PUT', `${TOPICS}/t`, {
      body: topic('t', 12),
    });
    expect(unversioned.status).toBe(422);
    expect(unversioned.body.message).toContain('metadata.resourceVersion');
  });

  it('patches with merge, JSON and strategic patches; strategic is refused for custom resources', async () => {
    await client.request('POST', TOPICS, { body: topic('t') });
    const merge = await client.request('PATCH', `${TOPICS}/t`, {
      body: { spec: { partitions: 6 }, metadata: { labels: { extra: 'yes' } } },
      contentType: 'application/merge-patch+json',
    });
    expect(merge.body.spec).toEqual({ partitions: 6, replicas: 3 });
    expect(merge.body.metadata.labels.extra).toBe('yes');
    const json = await client.request('PATCH', `${TOPICS}/t`, {
      body: [{ op: 'replace', path: '/spec/partitions', value: 8 }],
      contentType: 'application/json-patch+json',
    });
    expect(json.body.spec.partitions).toBe(8);
    const strategicCr = await client.request('PATCH', `${TOPICS}/t`, {
      body: { spec: { partitions: 9 } },
      contentType: 'application/strategic-merge-patch+json',
    });
    expect(strategicCr.status).toBe(415);
    expect(strategicCr.body.reason).toBe('UnsupportedMediaType');
    const strategicPvc = await client.request('PATCH', `${PVCS}/data`, {
      body: { metadata: { labels: { a: 'b' } }, $setElementOrder: [] },
      contentType: 'application/strategic-merge-patch+json',
    });
    expect(strategicPvc.status).toBe(200);
    expect(strategicPvc.body.metadata.labels).toEqual({ a: 'b' });
  });

  it('applies server-side: creates, then merges fields', async () => {
    const body = JSON.stringify({
      ...topic('ssa'),
      metadata: { name: 'ssa', namespace: 'kafka' },
    });
    const create = await client.request(
      'PATCH',
      `${TOPICS}/ssa?fieldManager=test`,
      {
        body,
        contentType: 'application/apply-patch+yaml',
      },
    );
    expect(create.status).toBe(201);
    const yaml =
      'apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata:\n  name: ssa\nspec:\n  partitions: 12\n';
    const update = await client.request(
      'PATCH',
      `${TOPICS}/ssa?fieldManager=test`,
      {
        body: yaml,
        contentType: 'application/apply-patch+yaml',
      },
    );
    expect(update.status).toBe(200);
    expect(update.body.spec).toEqual({ partitions: 12, replicas: 3 });
    const noManager = await client.request('PATCH', `${TOPICS}/ssa`, {
      body: yaml,
      contentType: 'application/apply-patch+yaml',
    });
    expect(noManager.status).toBe(400);
  });

  it('changes only status through /status, without bumping generation', async () => {
    const created = (await client.request('POST', TOPICS, { body: topic('t') }))
      .body;
    const res = await client.request('PUT', `${TOPICS}/t/status`, {
      body: {
        ...created,
        spec: { partitions: 99 },
        status: { topicName: 't', conditions: [] },
      },
    });
    expect(res.body.spec.partitions).toBe(3);
    expect(res.body.status).toEqual({ topicName: 't', conditions: [] });
    expect(res.body.metadata.generation).toBe(1);
    const viaMain = await client.request('PATCH', `${TOPICS}/t`, {
      body: { status: { topicName: 'ignored' } },
      contentType: 'application/merge-patch+json',
    });
    expect(viaMain.body.status.topicName).toBe('t');
  });

  it('deletes: a Status for custom resources, the object for built-in kinds', async () => {
    await client.request('POST', TOPICS, { body: topic('t') });
    const cr = await client.request('DELETE', `${TOPICS}/t`);
    expect(cr.body).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 't', group: 'kafka.strimzi.io', kind: 'kafkatopics' },
    });
    const pvc = await client.request('DELETE', `${PVCS}/data`);
    expect(pvc.body).toMatchObject({
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data' },
    });
    const gone = await client.request('DELETE', `${PVCS}/data`);
    expect(gone.status).toBe(404);
    expect(gone.body.message).toBe('persistentvolumeclaims "data" not found');
  });

  it('computes dry runs without storing them', async () => {
    const res = await client.request('POST', `${TOPICS}?dryRun=All`, {
      body: topic('dry'),
    });
    expect(res.status).toBe(201);
    expect((await client.request('GET', `${TOPICS}/dry`)).status).toBe(404);
  });

  it('refuses bodies that do not match the URL', async () => {
    const wrongNs = await client.request('POST', TOPICS, {
      body: { ...topic('t'), metadata: { name: 't', namespace: 'other' } },
    });
    expect(wrongNs.status).toBe(400);
    const wrongKind = await client.request('POST', TOPICS, {
      body: { ...topic('t'), kind: 'Kafka' },
    });
    expect(wrongKind.status).toBe(400);
    const wrongName = await client.request('PUT', `${TOPICS}/a`, {
      body: topic('b'),
    });
    expect(wrongName.status).toBe(400);
  });
});
