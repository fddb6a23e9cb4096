import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrometheusClient } from './PrometheusClient';

// A loopback stand-in for Prometheus' HTTP API that records what it got.
let server: http.Server;
let url: string;
let received: http.IncomingMessage[] = [];
let answer: { status: number; body: string };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    received.push(req);
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.body);
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise(r => server.close(r)));
beforeEach(() => {
  received = [];
  answer = {
    status: 200,
    body: JSON.stringify({
      status: 'success',
      data: {
        resultType: 'vector',
        result: [{ metric: { topic: 'a' }, value: [1700000000, '12.5'] }],
      },
    }),
  };
});

const context = {
  clusterByName: () => undefined,
  clusterCredentials: async () => ({ type: 'anonymous' as const }),
};
const at = new Date('2026-12-03T12:00:00Z');

describe('createPrometheusClient', () => {
  it('asks /api/v1/query at the given time and reads the vector', async () => {
    const client = createPrometheusClient(
      { cluster: 'c', authProvider: 'none', url: `${url}/prefix` },
      context,
    );
    await expect(client.query('up', at)).resolves.toEqual([
      { labels: { topic: 'a' }, value: 12.5 },
    ]);
    const asked = new URL(received[0].url!, url);
    expect(asked.pathname).toBe('/prefix/api/v1/query');
    expect(asked.searchParams.get('query')).toBe('up');
    expect(asked.searchParams.get('time')).toBe(String(at.getTime() / 1000));
    expect(received[0].headers.authorization).toBeUndefined();
  });

  it('sends the bearer token', async () => {
    const client = createPrometheusClient(
      { cluster: 'c', authProvider: 'bearer', url, token: 's3cret' },
      context,
    );
    await client.query('up', at);
    expect(received[0].headers.authorization).toBe('Bearer s3cret');
  });

  it('signs for AMP with the given AWS credentials', async () => {
    const client = createPrometheusClient(
      { cluster: 'c', authProvider: 'aws', url, region: 'eu-west-1' },
      {
        ...context,
        awsCredentials: async () => ({
          accessKeyId: 'AKIDEXAMPLE',
          secretAccessKey: 'secret',
        }),
      },
    );
    await client.query('up', at);
    expect(received[0].headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/aps\/aws4_request, SignedHeaders=host;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
    expect(received[0].headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('gives up on a Prometheus that does not answer', async () => {
    // Accepts the connection and never answers.
    const silent = http.createServer(() => {});
    await new Promise<void>(r => silent.listen(0, '127.0.0.1', r));
    const silentUrl = `http://127.0.0.1:${
      (silent.address() as AddressInfo).port
    }`;
    try {
      const client = createPrometheusClient(
        { cluster: 'c', authProvider: 'none', url: silentUrl },
        { ...context, timeoutMs: 100 },
      );
      await expect(client.query('up', at)).rejects.toThrow(
        `Prometheus at ${silentUrl}: no answer within 0.1 s`,
      );
    } finally {
      silent.closeAllConnections();
      await new Promise(r => silent.close(r));
    }
  });

  it('names the Prometheus and its error, without the token', async () => {
    const client = createPrometheusClient(
      { cluster: 'c', authProvider: 'bearer', url, token: 's3cret' },
      context,
    );
    answer = {
      status: 400,
      body: JSON.stringify({ status: 'error', error: 'parse error at char 3' }),
    };
    await expect(client.query('up{', at)).rejects.toThrow(
      `Prometheus at ${url} answered HTTP 400: parse error at char 3`,
    );
    answer = { status: 502, body: '<html>bad gateway</html>' };
    const failure = (await client.query('up', at).catch(e => e)) as Error;
    expect(failure.message).toBe(
      `Prometheus at ${url} answered HTTP 502 with a body that is not JSON`,
    );
    expect(failure.message).not.toContain('s3cret');
  });
});
