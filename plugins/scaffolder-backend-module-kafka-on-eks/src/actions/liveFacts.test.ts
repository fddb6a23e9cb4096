import { mockServices } from '@backstage/backend-test-utils';
import type { KafkaClusterView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLiveFactsReader } from './liveFacts';

// Only what liveFactsFromView (in -common, tested there) reads.
function viewWithVolumes(
  volumes: Array<{ resizePending: boolean; modifyVolumeStatus?: string }>,
): KafkaClusterView {
  return {
    volumes,
    errors: [],
    nodePools: [
      {
        roles: ['broker'],
        kubernetesNodes: { readyNodeNames: ['b1', 'b2', 'b3'] },
      },
    ],
  } as unknown as KafkaClusterView;
}

describe('createLiveFactsReader', () => {
  let server: http.Server;
  let base: string;
  const seen: Array<{ url?: string; authorization?: string }> = [];
  let answer: { status: number; body: unknown };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ url: req.url, authorization: req.headers.authorization });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${
      (server.address() as AddressInfo).port
    }/api/kafka-on-eks`;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));
  beforeEach(() => (seen.length = 0));

  const reader = () =>
    createLiveFactsReader({
      discovery: {
        getBaseUrl: async () => base,
        getExternalBaseUrl: async () => base,
      },
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });

  it("asks the kafka-on-eks plugin for the entity's view, as this backend", async () => {
    answer = { status: 200, body: viewWithVolumes([{ resizePending: true }]) };
    expect(await reader()('resource:default/orders-kafka')).toEqual({
      readyBrokerNodes: 3,
      volumeModificationPending: true,
    });
    expect(seen).toEqual([
      {
        url: '/api/kafka-on-eks/v1/entities/resource/default/orders-kafka',
        authorization: expect.stringMatching(/^Bearer .+/),
      },
    ]);
  });

  it('knows nothing when the plugin cannot answer', async () => {
    answer = { status: 503, body: { error: 'not ready' } };
    expect(await reader()('resource:default/orders-kafka')).toEqual({});
  });
});
