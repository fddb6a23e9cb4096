import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import http from 'node:http';
import https from 'node:https';
import type { ClusterCredentials } from '../clusters/clusterCredentials';
import { kubeConfigFor } from '../source/kubeConfigFor';
import {
  awsCredentialsFor,
  signGet,
  type AwsCredentialIdentityProvider,
} from './awsSigning';
import type { PrometheusTarget } from './prometheusConfig';

/** One series of an instant query: its labels and value. */
export interface PrometheusSample {
  labels: Record<string, string>;
  value: number;
}

/** One series of a range query: its labels and points, oldest first. */
export interface PrometheusSeries {
  labels: Record<string, string>;
  points: Array<{ time: number; value: number }>;
}

/** The two calls of Prometheus' HTTP API the collector makes. */
export interface PrometheusClient {
  /** Where it asks, for messages: no secrets. */
  readonly description: string;
  query(promql: string, time: Date): Promise<PrometheusSample[]>;
  queryRange(
    promql: string,
    range: { start: Date; end: Date; stepSeconds: number },
  ): Promise<PrometheusSeries[]>;
}

/** Sends a GET and resolves with the status and body. */
type Transport = (url: URL) => Promise<{ status: number; body: string }>;

const DEFAULT_TIMEOUT_MS = 10_000;

async function fetchTransport(
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number,
) {
  try {
    const response = await fetch(url, {
      headers,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    // fetch says only "fetch failed"; the cause has the code that helps.
    const { name, cause } = error as Error & {
      cause?: { code?: string; message?: string };
    };
    if (name === 'TimeoutError') {
      throw new Error(`no answer within ${timeoutMs / 1000} s`);
    }
    throw new Error(
      cause?.code
        ? `cannot connect (${cause.code})`
        : `${(error as Error).message}${
            cause?.message ? `: ${cause.message}` : ''
          }`,
    );
  }
}

/** A GET through node's http(s) with options a KubeConfig filled in (TLS, token). */
function nodeRequest(
  url: URL,
  options: https.RequestOptions,
  timeoutMs: number,
): Promise<{ status: number; body: string }> {
  const send = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(url, { ...options, method: 'GET' }, res => {
      const chunks: Buffer[] = [];
      res.on('data', chunk => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)),
    );
    req.on('error', reject);
    req.end();
  });
}

function numberOf(value: string): number {
  // Prometheus writes NaN and infinities as strings too.
  return Number(value);
}

class HttpPrometheusClient implements PrometheusClient {
  constructor(
    readonly description: string,
    private readonly baseUrl: string,
    private readonly transport: Transport,
  ) {}

  private async get(path: string, params: Record<string, string>) {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [key, value] of Object.entries(params)) {
      url.searchParams.set(key, value);
    }
    const { status, body } = await this.transport(url).catch(error => {
      throw new Error(`${this.description}: ${(error as Error).message}`);
    });
    let parsed: any;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new Error(
        `${this.description} answered HTTP ${status} with a body that is not JSON`,
      );
    }
    if (parsed?.status !== 'success') {
      throw new Error(
        `${this.description} answered HTTP ${status}: ${
          parsed?.error ?? 'no error message'
        }`,
      );
    }
    return parsed.data;
  }

  async query(promql: string, time: Date): Promise<PrometheusSample[]> {
    const data = await this.get('/api/v1/query', {
      query: promql,
      time: (time.getTime() / 1000).toString(),
    });
    if (data?.resultType !== 'vector') {
      throw new Error(`${this.description}: expected a vector for ${promql}`);
    }
    return data.result.map((r: any) => ({
      labels: r.metric,
      value: numberOf(r.value[1]),
    }));
  }

  async queryRange(
    promql: string,
    range: { start: Date; end: Date; stepSeconds: number },
  ): Promise<PrometheusSeries[]> {
    const data = await this.get('/api/v1/query_range', {
      query: promql,
      start: (range.start.getTime() / 1000).toString(),
      end: (range.end.getTime() / 1000).toString(),
      step: range.stepSeconds.toString(),
    });
    if (data?.resultType !== 'matrix') {
      throw new Error(`${this.description}: expected a matrix for ${promql}`);
    }
    return data.result.map((r: any) => ({
      labels: r.metric,
      points: r.values.map(([time, value]: [number, string]) => ({
        time: time * 1000,
        value: numberOf(value),
      })),
    }));
  }
}

/** What a client needs besides its config entry. */
export interface PrometheusClientContext {
  /** The cluster's details, for `kubernetes` (its API server and CA). */
  clusterByName(name: string): ClusterDetails | undefined;
  /** The backend's credentials for a cluster, as the watch cache uses. */
  clusterCredentials: ClusterCredentials;
  timeoutMs?: number;
  /** For tests: AWS credentials instead of the SDK's default chain. */
  awsCredentials?: AwsCredentialIdentityProvider;
}

/** A client for one `kafkaOnEks.prometheus` entry. */
export function createPrometheusClient(
  target: PrometheusTarget,
  context: PrometheusClientContext,
): PrometheusClient {
  const timeoutMs = context.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  switch (target.authProvider) {
    case 'none':
      return new HttpPrometheusClient(
        `Prometheus at ${target.url}`,
        target.url,
        url => fetchTransport(url, {}, timeoutMs),
      );
    case 'bearer':
      return new HttpPrometheusClient(
        `Prometheus at ${target.url}`,
        target.url,
        url =>
          fetchTransport(
            url,
            { authorization: `Bearer ${target.token}` },
            timeoutMs,
          ),
      );
    case 'aws': {
      const credentials = context.awsCredentials ?? awsCredentialsFor(target);
      return new HttpPrometheusClient(
        `Amazon Managed Prometheus at ${target.url}`,
        target.url,
        async url => {
          const { host: _host, ...headers } = await signGet(url, {
            region: target.region,
            credentials,
          });
          return fetchTransport(url, headers, timeoutMs);
        },
      );
    }
    case 'kubernetes':
    default: {
      const proxyPath = `/api/v1/namespaces/${target.namespace}/services/${target.service}/proxy`;
      return new HttpPrometheusClient(
        `Prometheus ${target.namespace}/${target.service} through the API server of cluster '${target.cluster}'`,
        // The host is a placeholder: the transport puts the path and query
        // under the cluster's server URL.
        `http://kubernetes-api${proxyPath}`,
        async url => {
          const cluster = context.clusterByName(target.cluster);
          if (!cluster) {
            throw new Error(
              `cluster '${target.cluster}' is not in kubernetes.clusterLocatorMethods`,
            );
          }
          // Fresh per request: EKS tokens last 15 minutes.
          const kubeConfig = kubeConfigFor(
            cluster,
            await context.clusterCredentials(cluster),
          );
          const server = new URL(kubeConfig.getCurrentCluster()!.server);
          const full = new URL(
            `${server.pathname.replace(/\/+$/, '')}${url.pathname}${
              url.search
            }`,
            server,
          );
          const options: https.RequestOptions = {};
          await kubeConfig.applyToHTTPSOptions(options);
          return nodeRequest(full, options, timeoutMs);
        },
      );
    }
  }
}
