import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  type AuthorizePermissionRequest,
  type AuthorizePermissionResponse,
} from '@backstage/plugin-permission-common';
import {
  createSelfSignedCertificate,
  startKubeLoopback,
  type KubeLoopback,
  type SelfSignedCertificate,
} from '@internal/kube-loopback';
import request from 'supertest';
import { loopbackClusterConfig } from '../__testUtils__/loopbackClusterConfig';
import { kafkaOnEksPlugin } from '../plugin';
import { ordersObjectsByKind } from '../service/__fixtures__/ordersCluster';

// The one write to a cluster, over real HTTP: the backend's route, then
// @kubernetes/client-node to a loopback Kubernetes API; the annotation is
// read back from that API, not from the backend's answer.

jest.setTimeout(30_000);

const TOKEN = 'rebalance-test-token';
const ANNOTATION = 'strimzi.io/rebalance';
const ROUTE = '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka';

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

function rebalance(name: string, state: string, cluster = 'orders') {
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaRebalance',
    metadata: {
      name,
      namespace: 'kafka',
      labels: { 'strimzi.io/cluster': cluster },
    },
    spec: { mode: 'full' },
    status: { conditions: [{ type: state, status: 'True' }] },
  };
}

let certificate: SelfSignedCertificate;
let api: KubeLoopback;

const annotationOf = (name: string) =>
  api.get({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaRebalance',
    namespace: 'kafka',
    name,
  })?.metadata.annotations?.[ANNOTATION];

beforeAll(async () => {
  certificate = await createSelfSignedCertificate();
});
beforeEach(async () => {
  api = await startKubeLoopback({
    token: TOKEN,
    tls: certificate,
    objects: [
      ...Object.values(ordersObjectsByKind).flat(),
      rebalance('orders-ready', 'ProposalReady'),
      rebalance('orders-running', 'Rebalancing'),
      rebalance('payments-ready', 'ProposalReady', 'payments'),
    ],
  });
});
const backends: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map(b => b.stop()));
  await api.close();
});

/** Read is allowed; update as given. */
async function startBackend(
  update: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  const authorize = jest.fn(
    async (
      requests: AuthorizePermissionRequest[],
    ): Promise<AuthorizePermissionResponse[]> =>
      requests.map(r => ({
        result:
          r.permission.name === 'kafka-on-eks.rebalance.update'
            ? update
            : AuthorizeResult.ALLOW,
      })),
  );
  const logger = mockServices.logger.mock();
  const backend = await startTestBackend({
    features: [
      kafkaOnEksPlugin,
      mockServices.permissions.mock({ authorize }).factory,
      logger.factory,
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      catalogServiceMock.factory({ entities: [ordersEntity] }),
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
  return { server: backend.server, authorize, logger };
}

const post = (server: any, path: string) =>
  request(server)
    .post(`${ROUTE}/rebalances/${path}`)
    .set('Authorization', mockCredentials.user.header());

describe('POST .../rebalances/:rebalance/:action', () => {
  it('approves a proposal with kafka-on-eks.rebalance.update, and logs who did it', async () => {
    const { server, authorize, logger } = await startBackend(
      AuthorizeResult.ALLOW,
    );
    const response = await post(server, 'orders-ready/approve');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      name: 'orders-ready',
      requestedAction: 'approve',
    });
    expect(annotationOf('orders-ready')).toBe('approve');
    expect(authorize).toHaveBeenCalledWith(
      [
        {
          permission: expect.objectContaining({
            name: 'kafka-on-eks.rebalance.update',
            resourceType: 'catalog-entity',
          }),
          resourceRef: 'resource:default/orders-kafka',
        },
      ],
      { credentials: mockCredentials.user() },
    );
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining(
        `${
          mockCredentials.user().principal.userEntityRef
        } set strimzi.io/rebalance=approve on KafkaRebalance kafka/orders-ready`,
      ),
      expect.anything(),
    );
  });

  it('stops a running rebalance', async () => {
    const { server } = await startBackend(AuthorizeResult.ALLOW);
    const response = await post(server, 'orders-running/stop');
    expect(response.status).toBe(200);
    expect(annotationOf('orders-running')).toBe('stop');
  });

  it('answers 403 and writes nothing without the permission', async () => {
    const { server } = await startBackend(AuthorizeResult.DENY);
    api.resetRequests();
    const response = await post(server, 'orders-ready/approve');

    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      'Not allowed to approve rebalances of resource:default/orders-kafka (permission kafka-on-eks.rebalance.update)',
    );
    expect(annotationOf('orders-ready')).toBeUndefined();
    expect(api.requests().byVerb.patch).toBe(0);
  });

  it('answers 409 naming the state for an action the state does not accept', async () => {
    const { server } = await startBackend(AuthorizeResult.ALLOW);
    const response = await post(server, 'orders-running/approve');

    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe(
      'KafkaRebalance orders-running is Rebalancing: approve is not possible now (possible: stop)',
    );
    expect(annotationOf('orders-running')).toBeUndefined();
  });

  it("answers 404 for an unknown rebalance and for another Kafka's", async () => {
    const { server } = await startBackend(AuthorizeResult.ALLOW);
    const unknown = await post(server, 'no-such-rebalance/approve');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe(
      'No KafkaRebalance no-such-rebalance of Kafka orders in namespace kafka of cluster orders-eks',
    );

    // Same namespace, but it rebalances payments.
    const other = await post(server, 'payments-ready/approve');
    expect(other.status).toBe(404);
    expect(annotationOf('payments-ready')).toBeUndefined();
  });

  it('answers 400 for an unknown action or a name Kubernetes would refuse', async () => {
    const { server } = await startBackend(AuthorizeResult.ALLOW);
    const action = await post(server, 'orders-ready/template');
    expect(action.status).toBe(400);
    expect(action.body.error.message).toBe(
      "action must be one of approve, stop, refresh; got 'template'",
    );
    const name = await post(server, 'Orders_Ready/approve');
    expect(name.status).toBe(400);
    expect(name.body.error.message).toMatch(
      /^rebalance must be a Kubernetes object name/,
    );
    expect(annotationOf('orders-ready')).toBeUndefined();
  });

  it('requires a signed-in user', async () => {
    const { server } = await startBackend(AuthorizeResult.ALLOW);
    const response = await request(server).post(
      `${ROUTE}/rebalances/orders-ready/approve`,
    );
    expect(response.status).toBe(401);
    expect(annotationOf('orders-ready')).toBeUndefined();
  });
});
