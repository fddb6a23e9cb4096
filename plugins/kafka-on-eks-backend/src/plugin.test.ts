import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { ServiceFactory } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  type AuthorizePermissionResponse,
} from '@backstage/plugin-permission-common';
import {
  createSelfSignedCertificate,
  startKubeLoopback,
  type KubeLoopback,
  type SelfSignedCertificate,
} from '@internal/kube-loopback';
import request from 'supertest';
import { loopbackClusterConfig } from './__testUtils__/loopbackClusterConfig';
import { createBackendModule } from '@backstage/backend-plugin-api';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { kafkaOnEksClustersExtensionPoint } from '@kafka-on-eks/plugin-kafka-on-eks-node';
import { kafkaOnEksPlugin } from './plugin';
import { WATCHED_KINDS } from './source/watchedKinds';
import {
  ordersObjectsByKind,
  ordersTopics,
} from './service/__fixtures__/ordersCluster';

jest.setTimeout(30_000);

const TOKEN = 'plugin-test-token';

const ordersEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'orders-kafka',
    namespace: 'default',
    annotations: {
      'backstage.io/kubernetes-cluster': 'orders-eks',
      'backstage.io/kubernetes-namespace': 'kafka',
      'kafka-on-eks/kafka': 'orders',
    },
  },
  spec: { type: 'kafka-cluster', owner: 'group:default/team-a' },
};
const plainEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders-service',
    namespace: 'default',
    annotations: { 'backstage.io/kubernetes-namespace': 'kafka' },
  },
  spec: { type: 'service', owner: 'group:default/team-a' },
};
const elsewhereEntity: Entity = {
  ...ordersEntity,
  metadata: {
    ...ordersEntity.metadata,
    name: 'elsewhere-kafka',
    annotations: {
      ...ordersEntity.metadata.annotations,
      'backstage.io/kubernetes-cluster': 'not-configured',
    },
  },
};

let certificate: SelfSignedCertificate;
let api: KubeLoopback;

beforeAll(async () => {
  certificate = await createSelfSignedCertificate();
  api = await startKubeLoopback({
    token: TOKEN,
    tls: certificate,
    objects: Object.values(ordersObjectsByKind).flat(),
  });
});
afterAll(() => api.close());

const backends: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map(b => b.stop()));
});

async function startBackend(
  permissions: ServiceFactory = mockServices.permissions.factory({
    result: AuthorizeResult.ALLOW,
  }),
  extraFeatures: any[] = [],
) {
  const backend = await startTestBackend({
    features: [
      ...extraFeatures,
      kafkaOnEksPlugin,
      permissions,
      // A request without a token is anonymous, as in a real backend.
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      catalogServiceMock.factory({
        entities: [ordersEntity, plainEntity, elsewhereEntity],
      }),
      mockServices.rootConfig.factory({
        data: loopbackClusterConfig({
          name: 'orders-eks',
          url: api.url,
          token: TOKEN,
          certificate,
        }),
      }),
    ],
  });
  backends.push(backend);
  return backend;
}

/** Asks until the watch cache has the Kafka (informers start with the plugin). */
async function viewOnceSynced(server: any, path: string) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await request(server)
      .get(path)
      .set('Authorization', mockCredentials.user.header());
    // Each kind lists on its own: wait for the last one the test reads.
    const synced =
      response.body.kafka?.found &&
      response.body.topics?.length === ordersTopics.length &&
      response.body.volumes?.length > 0 &&
      response.body.nodePools?.some((p: any) => p.kubernetesNodes?.total > 0);
    if (response.status !== 200 || synced) return response;
    if (Date.now() > deadline) return response;
    await new Promise(r => setTimeout(r, 50));
  }
}

describe('kafkaOnEksPlugin', () => {
  it('answers the health route without credentials', async () => {
    const { server } = await startBackend();
    const response = await request(server).get('/api/kafka-on-eks/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it("serves the live view of an entity's Kafka from the watch cache", async () => {
    const { server } = await startBackend();
    const response = await viewOnceSynced(
      server,
      '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka',
    );

    expect(response.status).toBe(200);
    expect(response.body.location).toEqual({
      cluster: 'orders-eks',
      namespace: 'kafka',
      kafka: 'orders',
    });
    expect(response.body.kafka).toMatchObject({
      found: true,
      kafkaVersion: '4.3.1',
    });
    expect(response.body.topics).toHaveLength(ordersTopics.length);
    expect(response.body.errors).toEqual([]);
    // Nodes are watched too: the brokers' Ready nodes, the cordoned one not.
    expect(
      response.body.nodePools.find((p: any) => p.name === 'brokers')
        .kubernetesNodes,
    ).toMatchObject({ total: 4, ready: 3 });

    // Once every kind's watch is open, views come from the cache alone:
    // no request reaches the API server.
    // Optional kinds (Argo CD) are not watched on a cluster without them.
    const watched = WATCHED_KINDS.filter(k => !k.optionalGroup).length;
    while (api.openWatches() !== watched)
      await new Promise(r => setTimeout(r, 20));
    api.resetRequests();
    for (let i = 0; i < 20; i++) {
      await request(server)
        .get('/api/kafka-on-eks/v1/entities/resource/default/orders-kafka')
        .set('Authorization', mockCredentials.user.header());
    }
    expect(api.requests().total).toBe(0);
  });

  it('requires a signed-in caller', async () => {
    const { server } = await startBackend();
    const response = await request(server).get(
      '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka',
    );
    expect(response.status).toBe(401);
  });

  it('checks kafka-on-eks.cluster.read on the entity with the caller credentials', async () => {
    const authorize = jest.fn(
      async (): Promise<AuthorizePermissionResponse[]> => [
        { result: AuthorizeResult.DENY },
      ],
    );
    const { server } = await startBackend(
      mockServices.permissions.mock({ authorize }).factory,
    );
    const response = await request(server)
      .get('/api/kafka-on-eks/v1/entities/resource/default/orders-kafka')
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      'Not allowed to read the Kafka cluster of resource:default/orders-kafka',
    );
    expect(JSON.stringify(response.body)).not.toContain('topics');
    expect(authorize).toHaveBeenCalledWith(
      [
        {
          permission: expect.objectContaining({
            name: 'kafka-on-eks.cluster.read',
            resourceType: 'catalog-entity',
          }),
          resourceRef: 'resource:default/orders-kafka',
        },
      ],
      { credentials: mockCredentials.user() },
    );
  });

  it('answers 404 for an unknown entity', async () => {
    const { server } = await startBackend();
    const response = await request(server)
      .get('/api/kafka-on-eks/v1/entities/resource/default/no-such-kafka')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe(
      'No entity resource:default/no-such-kafka',
    );
  });

  it('answers 400 naming the annotations an entity lacks', async () => {
    const { server } = await startBackend();
    const response = await request(server)
      .get('/api/kafka-on-eks/v1/entities/component/default/orders-service')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'component:default/orders-service lacks the annotations backstage.io/kubernetes-cluster, kafka-on-eks/kafka',
    );
  });

  it('answers 404 naming a cluster that is not configured', async () => {
    const { server } = await startBackend();
    const response = await request(server)
      .get('/api/kafka-on-eks/v1/entities/resource/default/elsewhere-kafka')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(404);
    expect(response.body.error.message).toMatch(
      /Kubernetes cluster 'not-configured' .* is not configured .*; configured: orders-eks/,
    );
  });

  it('watches clusters a module supplies at run time, and forgets removed ones', async () => {
    const supplied: ClusterDetails[] = [];
    const supplier = createBackendModule({
      pluginId: 'kafka-on-eks',
      moduleId: 'test-clusters',
      register(reg) {
        reg.registerInit({
          deps: { clusters: kafkaOnEksClustersExtensionPoint },
          async init({ clusters }) {
            clusters.addClusterSupplier({ getClusters: async () => supplied });
          },
        });
      },
    });
    const { server } = await startBackend(undefined, [supplier]);
    const path =
      '/api/kafka-on-eks/v1/entities/resource/default/elsewhere-kafka';
    const get = () =>
      request(server)
        .get(path)
        .set('Authorization', mockCredentials.user.header());
    const until = async (check: (r: request.Response) => boolean) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const response = await get();
        if (check(response) || Date.now() > deadline) return response;
        await new Promise(r => setTimeout(r, 100));
      }
    };

    expect((await get()).status).toBe(404);
    supplied.push({
      name: 'not-configured',
      url: api.url,
      caData: Buffer.from(certificate.cert).toString('base64'),
      authMetadata: {
        'kubernetes.io/auth-provider': 'serviceAccount',
        serviceAccountToken: TOKEN,
      },
    });
    const found = await until(
      r =>
        r.status === 200 &&
        r.body.kafka.found &&
        r.body.topics.length === ordersTopics.length,
    );
    expect(found.status).toBe(200);
    expect(found.body.location.cluster).toBe('not-configured');
    expect(found.body.topics).toHaveLength(ordersTopics.length);

    supplied.pop();
    const gone = await until(r => r.status === 404);
    expect(gone.status).toBe(404);
  });
});
