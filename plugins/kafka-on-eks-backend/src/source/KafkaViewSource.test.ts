import { mockServices } from '@backstage/backend-test-utils';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import type {
  KafkaClusterView,
  KafkaLocation,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  createSelfSignedCertificate,
  playNodeGroup,
  startKubeLoopback,
  type KubeLoopback,
  type FaultUpdate,
  type KubeLoopbackOptions,
  type SelfSignedCertificate,
} from '@internal/kube-loopback';
import type { ClusterCredentials } from '../clusters/clusterCredentials';
import { eventsObjectsByKind } from '../service/__fixtures__/eventsCluster';
import {
  ordersApplications,
  ordersObjectsByKind,
  ordersTopics,
} from '../service/__fixtures__/ordersCluster';
import { KafkaViewSource } from './KafkaViewSource';

// Everything here goes over real HTTP on loopback, through
// @kubernetes/client-node, to a server that follows the list/watch protocol.

const TOKEN = 'test-token';
const ORDERS: KafkaLocation = {
  cluster: 'orders-eks',
  namespace: 'kafka',
  kafka: 'orders',
};
const FAST = {
  pageSize: 500,
  initialBackoffMs: 50,
  maxBackoffMs: 200,
  credentialRefreshMs: 60_000,
};

// TLS, as EKS serves it: the client sends no bearer token over plain HTTP.
let certificate: SelfSignedCertificate;
beforeAll(async () => {
  certificate = await createSelfSignedCertificate();
});

const servers: KubeLoopback[] = [];
const sources: KafkaViewSource[] = [];

afterEach(async () => {
  await Promise.all(sources.splice(0).map(s => s.stop()));
  await Promise.all(servers.splice(0).map(s => s.close()));
});

async function startApi(options: KubeLoopbackOptions = {}) {
  const server = await startKubeLoopback({
    token: TOKEN,
    tls: certificate,
    objects: Object.values(ordersObjectsByKind).flat(),
    ...options,
  });
  servers.push(server);
  return server;
}

function clusterAt(
  server: KubeLoopback,
  name = ORDERS.cluster,
): ClusterDetails {
  return {
    name,
    url: server.url,
    caData: Buffer.from(certificate.cert).toString('base64'),
    authMetadata: {
      'kubernetes.io/auth-provider': 'serviceAccount',
      serviceAccountToken: TOKEN,
    },
  };
}

const credentials: ClusterCredentials = async cluster => ({
  type: 'bearer token',
  token: cluster.authMetadata.serviceAccountToken,
});

async function watch(clusters: ClusterDetails[], timing = FAST) {
  const source = new KafkaViewSource(
    clusters,
    credentials,
    mockServices.logger.mock(),
    timing,
  );
  sources.push(source);
  source.start();
  await source.synced();
  return source;
}

/** Polls the cached view until it satisfies the check (the watch is async). */
async function eventually(
  source: KafkaViewSource,
  location: KafkaLocation,
  check: (view: KafkaClusterView) => boolean,
  timeoutMs = 10_000,
): Promise<KafkaClusterView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = source.view(location)!;
    if (check(view)) return view;
    if (Date.now() > deadline) {
      throw new Error(
        `view never matched; last: ${JSON.stringify({
          errors: view.errors,
          topics: view.topics.length,
        })}`,
      );
    }
    await new Promise(r => setTimeout(r, 25));
  }
}

const errorTypes = (view: KafkaClusterView) =>
  view.errors.map(e => `${e.scope}:${e.type}`);

jest.setTimeout(30_000);

describe('KafkaViewSource against a loopback Kubernetes API', () => {
  it("follows the Kafka's Argo CD Applications through the watch cache", async () => {
    const server = await startApi({
      argoCd: true,
      objects: [
        ...Object.values(ordersObjectsByKind).flat(),
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'argocd' } },
        ...ordersApplications,
      ],
    });
    const source = await watch([clusterAt(server)]);
    const view = await eventually(
      source,
      ORDERS,
      v => v.gitops?.installed === true && v.gitops.applications.length === 2,
    );
    expect(view.errors).toEqual([]);
    if (!view.gitops?.installed) throw new Error('expected Argo CD');
    expect(
      view.gitops.applications.map(a => `${a.name}:${a.syncStatus}`),
    ).toEqual(['orders-kafka:Synced', 'orders-strimzi:OutOfSync']);

    // A sync lands through the watch, not a relist.
    const app = server.get({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      namespace: 'argocd',
      name: 'orders-strimzi',
    })!;
    server.apply({
      ...app,
      status: {
        sync: { status: 'Synced', revision: 'b41d0aa' },
        health: { status: 'Healthy' },
      },
    });
    const synced = await eventually(
      source,
      ORDERS,
      v =>
        v.gitops?.installed === true &&
        v.gitops.applications.some(a => a.revision === 'b41d0aa'),
    );
    expect(synced.errors).toEqual([]);
  });

  it('says Argo CD is not installed, with no error, on a cluster without its CRD', async () => {
    const server = await startApi();
    const source = await watch([clusterAt(server)]);
    const view = await eventually(source, ORDERS, v => v.kafka.found);
    expect(view.gitops).toEqual({ installed: false });
    expect(view.errors).toEqual([]);
    // Nothing asked for a group the cluster does not serve.
    expect(server.requests().byResource.applications).toBeUndefined();
    expect(server.requests().byResource.kafkatopics?.list).toBeGreaterThan(0);
  });

  it('serves a v1 cluster from the cache, with no API request per view', async () => {
    const server = await startApi();
    const source = await watch([clusterAt(server)]);
    const view = await eventually(source, ORDERS, v => v.kafka.found);

    expect(view.strimziApiVersion).toBe('v1');
    expect(view.errors).toEqual([]);
    expect(view.topics.map(t => t.resourceName).sort()).toEqual(
      ordersTopics.map(t => t.metadata.name).sort(),
    );
    expect(view.nodePools.map(p => p.name).sort()).toEqual([
      'brokers',
      'controllers',
    ]);
    expect(view.volumes.length).toBe(
      ordersObjectsByKind.PersistentVolumeClaim.length,
    );
    expect(view.volumes.every(v => v.zone?.startsWith('eu-west-1'))).toBe(true);

    server.resetRequests();
    for (let i = 0; i < 100; i++) source.view(ORDERS);
    expect(server.requests().total).toBe(0);
  });

  it('serves the same view as JSON, serialized again only after a change', async () => {
    const server = await startApi();
    const source = await watch([clusterAt(server)]);
    await eventually(source, ORDERS, v => v.kafka.found);
    const withoutStamps = (view: any) => {
      const { observedAt, generatedAt, ...rest } = view;
      return rest;
    };

    const now = new Date('2026-11-27T08:00:00.000Z');
    const json = JSON.parse(source.viewJson(ORDERS, now)!.toString());
    expect(json.generatedAt).toBe(now.toISOString());
    expect(json.observedAt).toBe(now.toISOString());
    expect(withoutStamps(json)).toEqual(
      withoutStamps(JSON.parse(JSON.stringify(source.view(ORDERS)))),
    );

    const topic = ordersTopics[0];
    server.apply({ ...topic, spec: { ...topic.spec, partitions: 77 } });
    await eventually(
      source,
      ORDERS,
      v =>
        v.topics.find(t => t.resourceName === topic.metadata.name)
          ?.partitions === 77,
    );
    const changed = JSON.parse(source.viewJson(ORDERS)!.toString());
    expect(
      changed.topics.find((t: any) => t.resourceName === topic.metadata.name)
        .partitions,
    ).toBe(77);
    expect(source.viewJson({ ...ORDERS, cluster: 'unknown' })).toBeUndefined();
  });

  it('normalizes a cluster that serves Strimzi at v1beta2', async () => {
    const server = await startApi({
      strimziApiVersion: 'v1beta2',
      objects: Object.values(eventsObjectsByKind).flat(),
    });
    const source = await watch([clusterAt(server, 'legacy')]);
    const location = {
      cluster: 'legacy',
      namespace: 'streaming',
      kafka: 'events',
    };
    const view = await eventually(source, location, v => v.kafka.found);

    expect(view.strimziApiVersion).toBe('v1beta2');
    expect(view.topics.map(t => t.name)).toContain('page-views');
    expect(view.errors).toEqual([]);
  });

  it('follows a change through the watch, without listing again', async () => {
    const server = await startApi();
    const source = await watch([clusterAt(server)]);
    await eventually(source, ORDERS, v => v.kafka.found);
    server.resetRequests();

    const topic = ordersTopics[0];
    server.apply({
      ...topic,
      spec: { ...topic.spec, partitions: 96 },
    });
    server.delete({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaTopic',
      namespace: 'kafka',
      name: ordersTopics[1].metadata.name,
    });

    const view = await eventually(
      source,
      ORDERS,
      v =>
        v.topics.find(t => t.resourceName === topic.metadata.name)
          ?.partitions === 96 &&
        !v.topics.some(t => t.resourceName === ordersTopics[1].metadata.name),
    );
    expect(view.topics.length).toBe(ordersTopics.length - 1);
    expect(server.requests().byVerb.list).toBe(0);
  });

  it("follows the brokers' Kubernetes nodes through the watch, as terraform apply adds them", async () => {
    const server = await startApi();
    const source = await watch([clusterAt(server)]);
    const brokers = (v: KafkaClusterView) =>
      v.nodePools.find(p => p.name === 'brokers')?.kubernetesNodes;
    const before = await eventually(source, ORDERS, v => !!brokers(v));
    expect(brokers(before)).toMatchObject({ total: 4, ready: 3 });
    server.resetRequests();

    // One more node per zone in the brokers' node groups, one not Ready yet.
    const [added, ...more] = playNodeGroup({
      pool: 'brokers',
      zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
      nodesPerZone: 1,
    }) as any[];
    for (const node of more) server.apply(node);
    server.apply({
      ...added,
      status: {
        conditions: [
          { type: 'Ready', status: 'False', reason: 'KubeletNotReady' },
        ],
      },
    });
    const after = await eventually(
      source,
      ORDERS,
      v => brokers(v)?.total === 7,
    );
    expect(brokers(after)).toMatchObject({
      total: 7,
      ready: 5,
      byZone: {
        'eu-west-1a': { total: 2, ready: 1 },
        'eu-west-1b': { total: 2, ready: 2 },
        'eu-west-1c': { total: 3, ready: 2 },
      },
    });
    // Through the watch: no new list of nodes.
    expect(server.requests().byResource.nodes?.list).toBeUndefined();
  });

  it('leaves the nodes unknown when they may not be listed, and the rest as it was', async () => {
    const server = await startApi({ forbidden: [{ resource: 'nodes' }] });
    const source = await watch([clusterAt(server)]);
    const view = await eventually(source, ORDERS, v => v.kafka.found);

    expect(errorTypes(view)).toEqual(['Node:forbidden']);
    expect(view.errors[0].message).toMatch(/nodes.*403/);
    expect(view.nodePools.map(p => p.kubernetesNodes)).toEqual([
      undefined,
      undefined,
    ]);
    expect(view.topics.length).toBe(ordersTopics.length);
  });

  it('relists after 410 Gone when it missed more changes than the server keeps', async () => {
    const server = await startApi({ watchHistorySize: 5 });
    const source = await watch([clusterAt(server)]);
    await eventually(source, ORDERS, v => v.kafka.found);

    server.setFaults({ down: true });
    await eventually(source, ORDERS, v =>
      errorTypes(v).includes('cluster:unreachable'),
    );
    // More changes than the history holds, while the watches are gone.
    for (let i = 0; i < 20; i++) {
      server.apply({
        apiVersion: 'kafka.strimzi.io/v1',
        kind: 'KafkaTopic',
        metadata: {
          name: `late-${i}`,
          namespace: 'kafka',
          labels: { 'strimzi.io/cluster': 'orders' },
        },
        spec: { partitions: 3, replicas: 3 },
      });
    }
    server.resetRequests();
    server.clearFaults();

    const view = await eventually(
      source,
      ORDERS,
      v =>
        v.errors.length === 0 && v.topics.length === ordersTopics.length + 20,
    );
    expect(view.topics.some(t => t.name === 'late-19')).toBe(true);
    // The topics' watch resumed at a version the server no longer had.
    expect(server.requests().byResource.kafkatopics?.list).toBeGreaterThan(0);
  });

  it('reads a list spanning several pages', async () => {
    const server = await startApi();
    server.resetRequests();
    const source = await watch([clusterAt(server)], { ...FAST, pageSize: 2 });
    const view = await eventually(source, ORDERS, v => v.kafka.found);

    const topicObjects = ordersObjectsByKind.KafkaTopic.length;
    expect(view.topics.length).toBe(ordersTopics.length);
    expect(server.requests().byResource.kafkatopics?.list).toBe(
      Math.ceil(topicObjects / 2),
    );
  });

  it('keeps the rest of the view when one kind is forbidden', async () => {
    const server = await startApi({
      forbidden: [{ resource: 'kafkatopics' }],
    });
    const source = await watch([clusterAt(server)]);
    const view = await eventually(source, ORDERS, v => v.kafka.found);

    expect(errorTypes(view)).toEqual(['KafkaTopic:forbidden']);
    expect(view.errors[0].message).toMatch(/kafkatopics.*403.*RBAC/);
    expect(view.topics).toEqual([]);
    expect(view.nodePools.length).toBe(2);
    expect(view.volumes.length).toBeGreaterThan(0);
  });

  it('says the Strimzi CRDs are missing, and still reads the storage', async () => {
    const server = await startApi({
      strimzi: false,
      objects: [
        ...ordersObjectsByKind.PersistentVolume,
        ...ordersObjectsByKind.StorageClass,
      ],
    });
    const source = await watch([clusterAt(server)]);
    const view = source.view(ORDERS)!;

    expect(errorTypes(view).sort()).toEqual([
      'Kafka:crd-missing',
      'KafkaNodePool:crd-missing',
      'KafkaRebalance:crd-missing',
      'KafkaTopic:crd-missing',
    ]);
    expect(view.errors[0].message).toMatch(/Strimzi operator installed/);
    expect(view.kafka.found).toBe(false);
  });

  it('says the credentials were refused (401)', async () => {
    const server = await startApi();
    const cluster = clusterAt(server);
    cluster.authMetadata.serviceAccountToken = 'wrong';
    const source = await watch([cluster]);
    const view = source.view(ORDERS)!;

    expect(errorTypes(view)).toContain('cluster:unauthorized');
    expect(JSON.stringify(view)).not.toContain('wrong');
  });

  it.each([
    ['down', { down: true }, 'cluster:unreachable'],
    ['500 on topics', { error500: ['kafkatopics'] }, 'KafkaTopic:error'],
  ] satisfies Array<[string, FaultUpdate, string]>)(
    'shows %s as an error of its part, then recovers when it clears',
    async (_name, fault, expected) => {
      const server = await startApi();
      const source = await watch([clusterAt(server)]);
      await eventually(source, ORDERS, v => v.kafka.found);

      // Faults reach new requests: end the open watches so they reconnect.
      server.setFaults({ ...fault, dropWatches: true });
      const failing = await eventually(source, ORDERS, v =>
        errorTypes(v).includes(expected),
      );
      // What was read before stays visible.
      expect(failing.topics.length).toBe(ordersTopics.length);
      expect(failing.nodePools.length).toBe(2);

      server.clearFaults();
      const recovered = await eventually(
        source,
        ORDERS,
        v => v.errors.length === 0,
      );
      expect(recovered.topics.length).toBe(ordersTopics.length);
    },
  );

  it('keeps one unreachable cluster from affecting another', async () => {
    const healthy = await startApi();
    const broken = await startApi();
    broken.setFaults({ down: true });
    const source = await watch([
      clusterAt(healthy),
      clusterAt(broken, 'broken-eks'),
    ]);

    expect(source.view(ORDERS)!.errors).toEqual([]);
    expect(source.view(ORDERS)!.kafka.found).toBe(true);
    expect(
      errorTypes(source.view({ ...ORDERS, cluster: 'broken-eks' })!),
    ).toContain('cluster:unreachable');
    expect(source.view({ ...ORDERS, cluster: 'unknown' })).toBeUndefined();
  });
});
