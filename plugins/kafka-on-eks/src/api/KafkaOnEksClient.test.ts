/**
 * @jest-environment node
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ResponseError } from '@backstage/errors';
import type { ClusterChangesResponse } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  ordersClusterMetrics,
  ordersClusterView,
  ordersRequestResponse,
} from '../__fixtures__';
import { KafkaOnEksClient } from './KafkaOnEksClient';

// A stand-in for the kafka-on-eks backend on loopback, answering like
// Backstage's error handler does.
let server: http.Server;
let baseUrl: string;
const requests: Array<{
  url?: string;
  authorization?: string;
  method?: string;
}> = [];
/** The `If-None-Match` of each metrics request. */
const metricsConditions: Array<string | undefined> = [];
const METRICS_ETAG = '"orders-metrics-7"';

const ordersChanges: ClusterChangesResponse = {
  supported: true,
  changes: [
    {
      title: 'Add topic orders.shipped',
      branch: 'kafka-on-eks/add-topic-orders-shipped',
      url: 'https://github.com/acme/orders-kafka/pull/7',
      author: 'jane',
      createdAt: '2026-11-20T10:00:00Z',
    },
  ],
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push({
      url: req.url,
      authorization: req.headers.authorization,
      ...(req.method !== 'GET' && { method: req.method }),
    });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, name: string, message: string) =>
      send(status, {
        error: { name, message },
        request: { method: req.method, url: req.url },
        response: { statusCode: status },
      });
    const rebalances =
      '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka/rebalances';
    if (
      req.method === 'POST' &&
      req.url === `${rebalances}/orders-add-broker-5/approve`
    ) {
      return send(200, {
        ...ordersClusterView.rebalances[0],
        requestedAction: 'approve',
      });
    }
    if (
      req.method === 'POST' &&
      req.url === `${rebalances}/orders-add-broker-5/stop`
    ) {
      return fail(
        409,
        'ConflictError',
        'KafkaRebalance orders-add-broker-5 is ProposalReady: stop is not possible now (possible: approve, refresh)',
      );
    }
    switch (req.url) {
      case '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka':
        return send(200, ordersClusterView);
      case '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka/request':
        return send(200, ordersRequestResponse());
      case '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka/changes':
        return send(200, ordersChanges);
      case '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka/metrics':
        // As the backend's route does: an unchanged body is a 304, no body.
        metricsConditions.push(req.headers['if-none-match']);
        if (req.headers['if-none-match'] === METRICS_ETAG) {
          res.writeHead(304, { etag: METRICS_ETAG });
          return res.end();
        }
        res.writeHead(200, {
          'content-type': 'application/json',
          etag: METRICS_ETAG,
        });
        return res.end(JSON.stringify(ordersClusterMetrics));
      case '/api/kafka-on-eks/v1/entities/resource/default/secret-kafka/request':
      case '/api/kafka-on-eks/v1/entities/resource/default/secret-kafka/changes':
      case '/api/kafka-on-eks/v1/entities/resource/default/secret-kafka/metrics':
      case '/api/kafka-on-eks/v1/entities/resource/default/secret-kafka':
        return fail(
          403,
          'NotAllowedError',
          'Not allowed to read the Kafka cluster of resource:default/secret-kafka',
        );
      case '/api/kafka-on-eks/v1/entities/component/default/orders-service':
        return fail(
          400,
          'InputError',
          'component:default/orders-service lacks the annotation kafka-on-eks/kafka',
        );
      default:
        return fail(404, 'NotFoundError', `No entity at ${req.url}`);
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise(resolve => server.close(resolve));
});

function client() {
  return new KafkaOnEksClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `${baseUrl}/api/${pluginId}`,
    },
    // What the app's fetchApi does: add the user's token.
    fetchApi: {
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          headers: {
            ...(init?.headers as Record<string, string> | undefined),
            authorization: 'Bearer user-token',
          },
        }),
    },
  });
}

async function rejection(promise: Promise<unknown>): Promise<ResponseError> {
  const error = await promise.then(
    () => undefined,
    e => e,
  );
  expect(error).toBeInstanceOf(ResponseError);
  return error;
}

describe('KafkaOnEksClient', () => {
  it('reads the metrics with their ETag, and asks with If-None-Match after', async () => {
    const first = await client().getClusterMetrics(
      'resource:default/orders-kafka',
    );
    expect(first.notModified).toBe(false);
    expect(first.etag).toBe(METRICS_ETAG);
    expect(first.notModified === false && first.metrics).toEqual(
      ordersClusterMetrics,
    );

    const again = await client().getClusterMetrics(
      'resource:default/orders-kafka',
      { etag: first.etag },
    );
    // A 304 carries no metrics: the caller keeps the ones it has.
    expect(again).toEqual({ notModified: true, etag: METRICS_ETAG });
    expect(metricsConditions.slice(-2)).toEqual([undefined, METRICS_ETAG]);
    expect(requests.at(-1)).toEqual({
      url: '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka/metrics',
      authorization: 'Bearer user-token',
    });
  });

  it('answers anew when the ETag is stale', async () => {
    const answer = await client().getClusterMetrics(
      'resource:default/orders-kafka',
      { etag: '"orders-metrics-6"' },
    );
    expect(answer.notModified).toBe(false);
    expect(metricsConditions.at(-1)).toBe('"orders-metrics-6"');
  });

  it('rejects the metrics of an entity it may not read with a ResponseError', async () => {
    const error = await rejection(
      client().getClusterMetrics('resource:default/secret-kafka'),
    );
    expect(error.statusCode).toBe(403);
  });

  it('reads the view of an entity through the fetchApi', async () => {
    const view = await client().getClusterView({
      kind: 'Resource',
      namespace: 'default',
      name: 'orders-kafka',
    });
    expect(view.location.kafka).toBe('orders');
    expect(view.topics).toHaveLength(6);
    expect(requests.at(-1)).toEqual({
      // Kinds are case-insensitive; the URL uses the lower case, as entity pages do.
      url: '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka',
      authorization: 'Bearer user-token',
    });
  });

  it('posts a rebalance action and returns the rebalance as the cluster has it', async () => {
    const rebalance = await client().requestRebalanceAction(
      'resource:default/orders-kafka',
      'orders-add-broker-5',
      'approve',
    );
    expect(rebalance.requestedAction).toBe('approve');
    expect(requests.at(-1)).toEqual({
      url: '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka/rebalances/orders-add-broker-5/approve',
      authorization: 'Bearer user-token',
      method: 'POST',
    });
  });

  it('rejects a refused rebalance action with the backend message', async () => {
    const error = await rejection(
      client().requestRebalanceAction(
        'resource:default/orders-kafka',
        'orders-add-broker-5',
        'stop',
      ),
    );
    expect(error.statusCode).toBe(409);
    expect(error.body.error.message).toBe(
      'KafkaRebalance orders-add-broker-5 is ProposalReady: stop is not possible now (possible: approve, refresh)',
    );
  });

  it('accepts an entity ref string', async () => {
    const view = await client().getClusterView('resource:default/orders-kafka');
    expect(view.kafka.found).toBe(true);
  });

  it('encodes each part of the path', async () => {
    await rejection(client().getClusterView('resource:team a/x/../y'));
    expect(requests.at(-1)?.url).toBe(
      '/api/kafka-on-eks/v1/entities/resource/team%20a/x%2F..%2Fy',
    );
  });

  it.each([
    [
      'resource:default/secret-kafka',
      403,
      'Not allowed to read the Kafka cluster',
    ],
    [
      'component:default/orders-service',
      400,
      'lacks the annotation kafka-on-eks/kafka',
    ],
    ['resource:default/unknown', 404, 'No entity'],
  ])(
    'rejects %s with a ResponseError of status %d',
    async (ref, status, message) => {
      const error = await rejection(client().getClusterView(ref));
      expect(error.statusCode).toBe(status);
      expect(error.body.error.message).toContain(message);
    },
  );

  it('reads the request of the cluster’s repository', async () => {
    const answer = await client().getClusterRequest({
      kind: 'Resource',
      namespace: 'default',
      name: 'orders-kafka',
    });
    expect(answer.request.name).toBe('orders');
    expect(answer.request.topics.map(t => t.name)).toEqual([
      'orders.created',
      'customer-profiles',
    ]);
    expect(answer.rendererVersion).toBe(2);
    expect(requests.at(-1)).toEqual({
      url: '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka/request',
      authorization: 'Bearer user-token',
    });
  });

  it('reads the open changes of the cluster', async () => {
    const answer = await client().getClusterChanges(
      'resource:default/orders-kafka',
    );
    expect(answer).toEqual(ordersChanges);
    expect(requests.at(-1)?.url).toBe(
      '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka/changes',
    );
  });

  it.each([
    ['getClusterRequest', 'request'],
    ['getClusterChanges', 'changes'],
  ] as const)(
    '%s rejects a denied cluster with a ResponseError of status 403',
    async (method, route) => {
      const error = await rejection(
        client()[method]('resource:default/secret-kafka'),
      );
      expect(error.statusCode).toBe(403);
      expect(error.body.error.message).toContain(
        'Not allowed to read the Kafka cluster',
      );
      expect(requests.at(-1)?.url).toBe(
        `/api/kafka-on-eks/v1/entities/resource/default/secret-kafka/${route}`,
      );
    },
  );

  it('rejects the request of an unknown entity with a 404, encoding the path', async () => {
    const error = await rejection(
      client().getClusterRequest('resource:team a/x/y'),
    );
    expect(error.statusCode).toBe(404);
    expect(requests.at(-1)?.url).toBe(
      '/api/kafka-on-eks/v1/entities/resource/team%20a/x%2Fy/request',
    );
  });
});
