import {
  ApiException,
  CustomObjectsApi,
  KubeConfig,
  makeInformer,
  type KubernetesObject,
} from '@kubernetes/client-node';
import {
  startKubeLoopback,
  type KubeLoopback,
  type KubeLoopbackOptions,
} from '../KubeLoopback';

/** Test helpers for @kubernetes/client-node, used unmodified against the server. */

export const TOKEN = 'test-token';
export const GROUP = 'kafka.strimzi.io';

/** A KubeConfig from loadFromOptions, pointing at the server. */
export function kubeConfig(
  server: KubeLoopback,
  options: { token?: string; ca?: string } = {},
) {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [
      {
        name: 'loopback',
        server: server.url,
        // client-node 2.x refuses plain http:// unless TLS verification is off.
        skipTLSVerify: server.url.startsWith('http:'),
        ...(options.ca
          ? { caData: Buffer.from(options.ca).toString('base64') }
          : {}),
      },
    ],
    users: [
      { name: 'reader', ...(options.token ? { token: options.token } : {}) },
    ],
    contexts: [{ name: 'loopback', cluster: 'loopback', user: 'reader' }],
    currentContext: 'loopback',
  });
  return kc;
}

export const namespace = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name },
});

export function topic(name: string, cluster = 'orders', version = 'v1') {
  return {
    apiVersion: `${GROUP}/${version}`,
    kind: 'KafkaTopic',
    metadata: {
      name,
      namespace: 'kafka',
      labels: { 'strimzi.io/cluster': cluster },
    },
    spec: { partitions: 3, replicas: 3 },
  };
}

export function pvc(name: string, cluster: string) {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name,
      namespace: 'kafka',
      labels: { 'strimzi.io/cluster': cluster },
    },
    spec: { resources: { requests: { storage: '100Gi' } } },
  };
}

export const topicRef = (name: string) => ({
  apiVersion: `${GROUP}/v1`,
  kind: 'KafkaTopic',
  namespace: 'kafka',
  name,
});

/** The status code and parsed Status body of a failed call. */
export async function apiError(
  promise: Promise<unknown>,
): Promise<{ code: number; body: any }> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ApiException) {
      const body =
        typeof e.body === 'string' && e.body ? JSON.parse(e.body) : e.body;
      return { code: e.code, body };
    }
    throw e;
  }
  throw new Error('expected the call to fail');
}

// Informers a test started and has not stopped, even when it failed midway.
const runningInformers = new Set<() => Promise<void>>();

/**
 * An informer on the kafkatopics of namespace kafka that records what it
 * sees and, like a long-running informer must, starts again after an error.
 */
export function topicInformer(
  server: KubeLoopback,
  onError?: (err: unknown) => void,
) {
  const kc = kubeConfig(server, { token: TOKEN });
  const custom = kc.makeApiClient(CustomObjectsApi);
  const informer = makeInformer<KubernetesObject>(
    kc,
    `/apis/${GROUP}/v1/namespaces/kafka/kafkatopics`,
    () =>
      custom.listNamespacedCustomObject({
        group: GROUP,
        version: 'v1',
        namespace: 'kafka',
        plural: 'kafkatopics',
      }),
  );
  const seen: string[] = [];
  informer.on('add', o => seen.push(`add ${o.metadata?.name}`));
  informer.on('update', o => seen.push(`update ${o.metadata?.name}`));
  informer.on('delete', o => seen.push(`delete ${o.metadata?.name}`));
  // Restarts after an error, as a controller would, until stopped: a retry
  // left pending after the test would keep the jest worker alive.
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  informer.on('error', err => {
    onError?.(err);
    if (stopped) return;
    retry = setTimeout(() => informer.start().catch(() => undefined), 100);
  });
  const stop = async () => {
    stopped = true;
    clearTimeout(retry);
    runningInformers.delete(stop);
    await informer.stop();
  };
  runningInformers.add(stop);
  return { informer, seen, stop };
}

/**
 * Starts servers with the test token for one test and closes them all after
 * it: call once in a describe block.
 */
export function useLoopbackServers() {
  const started: KubeLoopback[] = [];
  afterEach(async () => {
    await Promise.all([...runningInformers].map(stop => stop()));
    await Promise.all(started.splice(0).map(s => s.close()));
  });
  return async (options: KubeLoopbackOptions = {}) => {
    const server = await startKubeLoopback({ token: TOKEN, ...options });
    started.push(server);
    return server;
  };
}
