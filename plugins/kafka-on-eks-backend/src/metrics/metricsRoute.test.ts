import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { ServiceFactory } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createSelfSignedCertificate } from '@internal/kube-loopback';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { kafkaOnEksPlugin } from '../plugin';
import { GIB, kafkaHistoryOpenMetrics } from './__fixtures__/kafkaHistory';
import {
  freeLoopbackPort,
  startPrometheus,
  waitFor,
  type RunningPrometheus,
} from './__fixtures__/realPrometheus';

jest.setTimeout(120_000);

const TOKEN = 'proxy-test-token';
const PROXY_PATH =
  '/api/v1/namespaces/monitoring/services/kube-prometheus-stack-prometheus:9090/proxy';

function kafkaEntity(name: string, cluster: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/kubernetes-cluster': cluster,
        'backstage.io/kubernetes-namespace': 'kafka',
        'kafka-on-eks/kafka': 'orders',
      },
    },
    spec: { type: 'kafka-cluster', owner: 'group:default/team-a' },
  };
}

let prometheus: RunningPrometheus;
let apiServer: https.Server;
let apiServerUrl: string;
let caData: string;
let downUrl: string;
const proxied: string[] = [];

beforeAll(async () => {
  // Nothing listens there: the connection is refused.
  downUrl = `http://127.0.0.1:${await freeLoopbackPort()}`;
  // History up to a minute ago: the newest samples are within Prometheus'
  // 5 minute lookback when the backend asks "now".
  prometheus = await startPrometheus({
    backfill: kafkaHistoryOpenMetrics(
      new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000),
    ),
    scrapeConfigs: [],
  });
  // The API server's service proxy, as far as the backend can tell: TLS
  // with the cluster's CA, the path and the cluster credential checked,
  // then forwarded to Prometheus.
  const certificate = await createSelfSignedCertificate();
  caData = Buffer.from(certificate.cert).toString('base64');
  apiServer = https.createServer(certificate, async (req, res) => {
    const url = req.url ?? '';
    if (
      !url.startsWith(`${PROXY_PATH}/`) ||
      req.headers.authorization !== `Bearer ${TOKEN}`
    ) {
      res.writeHead(url.startsWith(PROXY_PATH) ? 401 : 404).end();
      return;
    }
    proxied.push(url.slice(PROXY_PATH.length).split('?')[0]);
    const upstream = await fetch(
      `${prometheus.url}${url.slice(PROXY_PATH.length)}`,
    );
    res
      .writeHead(upstream.status, { 'content-type': 'application/json' })
      .end(await upstream.text());
  });
  await new Promise<void>(r => apiServer.listen(0, '127.0.0.1', r));
  apiServerUrl = `https://127.0.0.1:${
    (apiServer.address() as AddressInfo).port
  }`;
});
afterAll(async () => {
  await new Promise(r => apiServer?.close(r));
  await prometheus?.close();
});

const backends: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map(b => b.stop()));
});

async function startBackend(
  permissions: ServiceFactory = mockServices.permissions.factory({
    result: AuthorizeResult.ALLOW,
  }),
) {
  const backend = await startTestBackend({
    features: [
      kafkaOnEksPlugin,
      permissions,
      catalogServiceMock.factory({
        entities: [
          kafkaEntity('orders-kafka', 'orders-eks'),
          kafkaEntity('down-kafka', 'down-eks'),
          kafkaEntity('proxied-kafka', 'proxied-eks'),
        ],
      }),
      mockServices.rootConfig.factory({
        data: {
          kubernetes: {
            clusterLocatorMethods: [
              {
                type: 'config',
                clusters: [
                  {
                    name: 'proxied-eks',
                    url: apiServerUrl,
                    authProvider: 'serviceAccount',
                    serviceAccountToken: TOKEN,
                    caData,
                  },
                ],
              },
            ],
          },
          kafkaOnEks: {
            prometheus: [
              { cluster: 'orders-eks', url: prometheus.url },
              { cluster: 'down-eks', url: downUrl },
              { cluster: 'proxied-eks', authProvider: 'kubernetes' },
            ],
          },
        },
      }),
    ],
  });
  backends.push(backend);
  return backend;
}

const path = (entity: string) =>
  `/api/kafka-on-eks/v1/entities/resource/default/${entity}/metrics`;

/** Asks until the first query set has been answered or has failed. */
function collected(server: any, entity: string) {
  return waitFor(`the first metrics of ${entity}`, async () => {
    const response = await request(server)
      .get(path(entity))
      .set('Authorization', mockCredentials.user.header());
    const pending = response.body.warnings?.some(
      (w: any) => w.type === 'metrics-not-collected-yet',
    );
    return response.status !== 200 || !pending ? response : undefined;
  });
}

describe('GET /v1/entities/:kind/:namespace/:name/metrics', () => {
  it('serves the metrics of the entity’s Kafka, and 304 for an unchanged ETag', async () => {
    const { server } = await startBackend();
    const response = await collected(server, 'orders-kafka');

    expect(response.status).toBe(200);
    expect(response.body.location).toEqual({
      cluster: 'orders-eks',
      namespace: 'kafka',
      kafka: 'orders',
    });
    expect(response.body.warnings.map((w: any) => w.type)).toEqual([
      'volume-full-soon',
      'volume-nearly-full',
    ]);
    expect(
      response.body.consumerGroups.find((g: any) => g.group === 'billing'),
    ).toMatchObject({ topic: 'orders.events', lag: 3000 });
    expect(
      response.body.volumes.map((v: any) => [v.pvc, v.usedBytes / GIB]),
    ).toEqual([
      ['data-orders-brokers-0', 50],
      ['data-orders-brokers-1', 90],
      ['data-orders-brokers-2', 20],
    ]);

    const etag = response.headers.etag;
    expect(etag).toMatch(/^".+"$/);
    const unchanged = await request(server)
      .get(path('orders-kafka'))
      .set('Authorization', mockCredentials.user.header())
      .set('If-None-Match', etag);
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBe('');
    const other = await request(server)
      .get(path('orders-kafka'))
      .set('Authorization', mockCredentials.user.header())
      .set('If-None-Match', '"something-else"');
    expect(other.status).toBe(200);
  });

  it('is 403 without kafka-on-eks.cluster.read', async () => {
    const { server } = await startBackend(
      mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
    );
    const response = await request(server)
      .get(path('orders-kafka'))
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(403);
    expect(response.body.consumerGroups).toBeUndefined();
  });

  it('answers a Prometheus that is down with a per-cluster warning, not an error', async () => {
    const { server } = await startBackend();
    const response = await collected(server, 'down-kafka');
    expect(response.status).toBe(200);
    expect(response.body.consumerGroups).toEqual([]);
    expect(response.body.warnings).toEqual([
      expect.objectContaining({
        type: 'prometheus-unavailable',
        cluster: 'down-eks',
        message: expect.stringContaining(
          `Prometheus at ${downUrl}: cannot connect (ECONNREFUSED)`,
        ),
      }),
    ]);
  });

  it('reaches an in-cluster Prometheus through the API server’s service proxy with the cluster credential', async () => {
    const { server } = await startBackend();
    const response = await collected(server, 'proxied-kafka');
    expect(response.status).toBe(200);
    expect(
      response.body.warnings.filter((w: any) =>
        w.type.startsWith('prometheus'),
      ),
    ).toEqual([]);
    expect(
      response.body.consumerGroups.find((g: any) => g.group === 'billing'),
    ).toMatchObject({ lag: 3000 });
    expect(proxied).toContain('/api/v1/query');
    expect(proxied).toContain('/api/v1/query_range');

    // Page views are served from what was collected: no query reaches
    // Prometheus (the next query set is a minute away).
    const asked = proxied.length;
    for (let i = 0; i < 20; i++) {
      await request(server)
        .get(path('proxied-kafka'))
        .set('Authorization', mockCredentials.user.header());
    }
    expect(proxied).toHaveLength(asked);
  });
});
