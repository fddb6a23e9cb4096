import { startKubeLoopback, type KubeLoopback } from '../KubeLoopback';
import { rawClient, waitFor } from '../__testUtils__/rawClient';
import { humanDuration, jsonPath } from './printerColumns';
import { negotiateTable } from './table';

const KUBECTL_TABLE =
  'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

describe('printer columns', () => {
  it('humanizes ages like Kubernetes', () => {
    const s = 1000;
    expect(humanDuration(5 * s)).toBe('5s');
    expect(humanDuration(119 * s)).toBe('119s');
    expect(humanDuration(150 * s)).toBe('2m30s');
    expect(humanDuration(45 * 60 * s)).toBe('45m');
    expect(humanDuration(5.5 * 3600 * s)).toBe('5h30m');
    expect(humanDuration(30 * 3600 * s)).toBe('30h');
    expect(humanDuration(3 * 86400 * s + 7200 * s)).toBe('3d2h');
    expect(humanDuration(177 * 86400 * s)).toBe('177d');
    expect(humanDuration(800 * 86400 * s)).toBe('2y70d');
  });

  it('evaluates the JSONPath forms of the Strimzi columns', () => {
    const topic = {
      metadata: { labels: { 'strimzi.io/cluster': 'orders' } },
      status: {
        conditions: [
          { type: 'Warning', status: 'True' },
          { type: 'Ready', status: 'False' },
        ],
      },
    };
    expect(jsonPath(topic, '.metadata.labels.strimzi\\.io/cluster')).toBe(
      'orders',
    );
    expect(
      jsonPath(topic, '.status.conditions[?(@.type=="Ready")].status'),
    ).toBe('False');
    expect(jsonPath(topic, '.status.conditions[*].type')).toBe('Warning');
    expect(jsonPath(topic, '.spec.partitions')).toBeUndefined();
  });

  it('takes a Table only when the client prefers it', () => {
    expect(negotiateTable(KUBECTL_TABLE)).toBe('v1');
    expect(negotiateTable('application/json')).toBeUndefined();
    expect(negotiateTable(undefined)).toBeUndefined();
  });
});

describe('Table responses', () => {
  let server: KubeLoopback;
  let client: ReturnType<typeof rawClient>;

  beforeEach(async () => {
    server = await startKubeLoopback({
      objects: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kafka' } },
        {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'data-0', namespace: 'kafka' },
          spec: {
            storageClassName: 'gp3',
            volumeName: 'pvc-1',
            resources: { requests: { storage: '1Ti' } },
          },
          status: {
            phase: 'Bound',
            accessModes: ['ReadWriteOnce'],
            capacity: { storage: '1Ti' },
          },
        },
      ],
    });
    client = rawClient(server);
  });
  afterEach(() => server.close());

  it('lists as a Table with the built-in printer columns', async () => {
    const res = await client.request(
      'GET',
      '/api/v1/namespaces/kafka/persistentvolumeclaims',
      {
        accept: KUBECTL_TABLE,
      },
    );
    expect(res.body.kind).toBe('Table');
    expect(
      res.body.columnDefinitions
        .filter((c: any) => c.priority === 0)
        .map((c: any) => c.name),
    ).toEqual([
      'Name',
      'Status',
      'Volume',
      'Capacity',
      'Access Modes',
      'StorageClass',
      'VolumeAttributesClass',
      'Age',
    ]);
    expect(res.body.rows[0].cells.slice(0, 7)).toEqual([
      'data-0',
      'Bound',
      'pvc-1',
      '1Ti',
      'RWO',
      'gp3',
      '<unset>',
    ]);
    expect(res.body.rows[0].object).toMatchObject({
      kind: 'PartialObjectMetadata',
      metadata: { name: 'data-0' },
    });
  });

  it('watches as Tables, column definitions in the first event only', async () => {
    const watch = await client.watch(
      '/apis/kafka.strimzi.io/v1/namespaces/kafka/kafkatopics?watch=true',
    );
    await watch.close();
    const res = await fetch(
      `${server.url}/apis/kafka.strimzi.io/v1/namespaces/kafka/kafkatopics?watch=true`,
      { headers: { accept: KUBECTL_TABLE } },
    );
    const reader = res.body!.getReader();
    const events: any[] = [];
    let buffer = '';
    const read = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += new TextDecoder().decode(value);
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        events.push(...lines.map(l => JSON.parse(l)));
      }
    })();
    for (const name of ['a', 'b']) {
      server.apply({
        apiVersion: 'kafka.strimzi.io/v1',
        kind: 'KafkaTopic',
        metadata: {
          name,
          namespace: 'kafka',
          labels: { 'strimzi.io/cluster': 'orders' },
        },
        spec: { partitions: 6, replicas: 3 },
      });
    }
    await waitFor(() => events.length === 2, 'two events');
    await reader.cancel();
    await read.catch(() => undefined);
    expect(events[0].object.columnDefinitions.map((c: any) => c.name)).toEqual([
      'Name',
      'Cluster',
      'Partitions',
      'Replication factor',
      'Ready',
      'Age',
    ]);
    expect(events[0].object.rows[0].cells.slice(0, 5)).toEqual([
      'a',
      'orders',
      6,
      3,
      null,
    ]);
    expect(events[1].object.columnDefinitions).toBeNull();
  });
});
