import fs from 'node:fs';
import { referencePath } from '@internal/reference-data';
import { parse } from 'yaml';
import { startKubeLoopback, type KubeLoopback } from '../KubeLoopback';
import { rawClient } from '../__testUtils__/rawClient';
import { AGGREGATED_V2 } from './discovery';

// What kubectl 1.32 sends to /api and /apis.
const KUBECTL_ACCEPT = `${AGGREGATED_V2},application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json`;

/** spec.names.shortNames of each Strimzi 1.2.0 CRD, by plural. */
function crdShortNames(): Record<string, string[]> {
  const dir = referencePath('strimzi-1.2.0/crds');
  return Object.fromEntries(
    fs.readdirSync(dir).map(file => {
      const text = fs.readFileSync(`${dir}/${file}`, 'utf8');
      // Only the head of each CRD: its schemas take a second to parse.
      const head = text.slice(0, text.indexOf('\n  versions:'));
      const { names } = parse(head).spec;
      return [names.plural, names.shortNames];
    }),
  );
}

describe('discovery', () => {
  let server: KubeLoopback;
  let client: ReturnType<typeof rawClient>;

  beforeAll(async () => {
    server = await startKubeLoopback({ token: 't' });
    client = rawClient(server, 't');
  });
  afterAll(() => server.close());

  it('answers /version without a token', async () => {
    const res = await client.request('GET', '/version', { token: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      major: '1',
      minor: '34',
      gitVersion: 'v1.34.2',
    });
  });

  it('serves the legacy documents to plain JSON clients', async () => {
    const api = await client.request('GET', '/api', {
      accept: 'application/json',
    });
    expect(api.body).toEqual({
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [
        { clientCIDR: '0.0.0.0/0', serverAddress: `127.0.0.1:${server.port}` },
      ],
    });
    const apis = await client.request('GET', '/apis');
    expect(apis.headers.get('content-type')).toBe('application/json');
    expect(apis.body.groups).toEqual([
      {
        name: 'storage.k8s.io',
        versions: [{ groupVersion: 'storage.k8s.io/v1', version: 'v1' }],
        preferredVersion: { groupVersion: 'storage.k8s.io/v1', version: 'v1' },
      },
      {
        name: 'kafka.strimzi.io',
        versions: [{ groupVersion: 'kafka.strimzi.io/v1', version: 'v1' }],
        preferredVersion: {
          groupVersion: 'kafka.strimzi.io/v1',
          version: 'v1',
        },
      },
    ]);
    const group = await client.request('GET', '/apis/kafka.strimzi.io');
    expect(group.body).toMatchObject({
      kind: 'APIGroup',
      name: 'kafka.strimzi.io',
    });
  });

  it('lists resources with the short names kubectl relies on', async () => {
    const core = await client.request('GET', '/api/v1');
    expect(core.body).toMatchObject({
      kind: 'APIResourceList',
      groupVersion: 'v1',
    });
    const byName = (list: any) =>
      Object.fromEntries(list.resources.map((r: any) => [r.name, r]));
    expect(byName(core.body)).toMatchObject({
      persistentvolumeclaims: {
        namespaced: true,
        kind: 'PersistentVolumeClaim',
        shortNames: ['pvc'],
      },
      persistentvolumes: { namespaced: false, shortNames: ['pv'] },
      namespaces: { namespaced: false, shortNames: ['ns'] },
      nodes: { namespaced: false, kind: 'Node', shortNames: ['no'] },
      'nodes/status': { verbs: ['get', 'patch', 'update'] },
      pods: { namespaced: true, shortNames: ['po'], singularName: 'pod' },
      'pods/status': { verbs: ['get', 'patch', 'update'] },
    });
    const storage = byName(
      (await client.request('GET', '/apis/storage.k8s.io/v1')).body,
    );
    expect(storage.storageclasses).toMatchObject({
      namespaced: false,
      shortNames: ['sc'],
    });
    expect(storage.volumeattributesclasses).toMatchObject({
      namespaced: false,
      kind: 'VolumeAttributesClass',
    });

    const strimzi = byName(
      (await client.request('GET', '/apis/kafka.strimzi.io/v1')).body,
    );
    const shortNames = crdShortNames();
    for (const plural of [
      'kafkas',
      'kafkanodepools',
      'kafkatopics',
      'kafkarebalances',
      'kafkausers',
    ]) {
      expect(strimzi[plural].shortNames).toEqual(shortNames[plural]);
      expect(strimzi[plural].verbs).toEqual(
        expect.arrayContaining(['list', 'watch', 'patch']),
      );
      expect(strimzi[`${plural}/status`]).toBeDefined();
    }
  });

  it('answers aggregated discovery when asked, as kubectl does', async () => {
    const apis = await client.request('GET', '/apis', {
      accept: KUBECTL_ACCEPT,
    });
    expect(apis.headers.get('content-type')).toBe(AGGREGATED_V2);
    expect(apis.body.kind).toBe('APIGroupDiscoveryList');
    const strimzi = apis.body.items.find(
      (g: any) => g.metadata.name === 'kafka.strimzi.io',
    );
    const topics = strimzi.versions[0].resources.find(
      (r: any) => r.resource === 'kafkatopics',
    );
    expect(topics).toMatchObject({
      responseKind: {
        group: 'kafka.strimzi.io',
        version: 'v1',
        kind: 'KafkaTopic',
      },
      scope: 'Namespaced',
      singularResource: 'kafkatopic',
      shortNames: ['kt'],
      subresources: [
        { subresource: 'status', verbs: ['get', 'patch', 'update'] },
      ],
    });
    const core = await client.request('GET', '/api', {
      accept: KUBECTL_ACCEPT,
    });
    expect(
      core.body.items[0].versions[0].resources.map((r: any) => r.resource),
    ).toEqual(expect.arrayContaining(['persistentvolumeclaims', 'nodes']));
    const nodes = core.body.items[0].versions[0].resources.find(
      (r: any) => r.resource === 'nodes',
    );
    expect(nodes).toMatchObject({
      scope: 'Cluster',
      singularResource: 'node',
      subresources: [{ subresource: 'status' }],
    });
  });

  it('falls back to legacy JSON, or 406 when only aggregated discovery is acceptable', async () => {
    const legacy = await startKubeLoopback({ aggregatedDiscovery: false });
    try {
      const raw = rawClient(legacy);
      const apis = await raw.request('GET', '/apis', {
        accept: KUBECTL_ACCEPT,
      });
      expect(apis.headers.get('content-type')).toBe('application/json');
      expect(apis.body.kind).toBe('APIGroupList');
      const onlyAggregated = await raw.request('GET', '/apis', {
        accept: AGGREGATED_V2,
      });
      expect(onlyAggregated.status).toBe(406);
      expect(onlyAggregated.body).toMatchObject({
        kind: 'Status',
        reason: 'NotAcceptable',
      });
    } finally {
      await legacy.close();
    }
  });

  it('answers versions and paths it does not serve with a NotFound Status', async () => {
    for (const path of [
      '/apis/kafka.strimzi.io/v1beta2',
      '/apis/kafka.strimzi.io/v1beta2/namespaces/kafka/kafkatopics',
      '/apis/apps/v1/deployments',
      '/api/v1/namespaces/kafka/persistentvolumes',
      '/nope',
    ]) {
      const res = await client.request('GET', path);
      expect({ path, status: res.status, body: res.body }).toEqual({
        path,
        status: 404,
        body: {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: 'the server could not find the requested resource',
          reason: 'NotFound',
          details: {},
          code: 404,
        },
      });
    }
  });

  it('serves an empty OpenAPI v2 document, as protobuf to older kubectl', async () => {
    const json = await client.request('GET', '/openapi/v2');
    expect(json.body).toMatchObject({ swagger: '2.0', definitions: {} });
    const res = await fetch(`${server.url}/openapi/v2`, {
      headers: {
        authorization: 'Bearer t',
        accept: 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf',
      },
    });
    expect(res.headers.get('content-type')).toBe(
      'application/com.github.proto-openapi.spec.v2.v1.0+protobuf',
    );
    // Field 1 (swagger), length 3, "2.0".
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 5)]).toEqual([0x0a, 3, 0x32, 0x2e, 0x30]);
  });

  it('publishes an OpenAPI v3 index whose documents declare fieldValidation', async () => {
    const index = await client.request('GET', '/openapi/v3');
    const url = index.body.paths['apis/kafka.strimzi.io/v1'].serverRelativeURL;
    const doc = await client.request('GET', url);
    const patch =
      doc.body.paths[
        '/apis/kafka.strimzi.io/v1/namespaces/{namespace}/kafkatopics/{name}'
      ].patch;
    expect(patch['x-kubernetes-group-version-kind']).toEqual({
      group: 'kafka.strimzi.io',
      version: 'v1',
      kind: 'KafkaTopic',
    });
    expect(patch.parameters.map((p: any) => p.name)).toContain(
      'fieldValidation',
    );
    const core = await client.request(
      'GET',
      index.body.paths['api/v1'].serverRelativeURL,
    );
    expect(
      core.body.paths['/api/v1/nodes/{name}/status'].patch[
        'x-kubernetes-group-version-kind'
      ],
    ).toEqual({ group: '', version: 'v1', kind: 'Node' });
  });
});
