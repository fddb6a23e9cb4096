import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { stringify } from 'yaml';
import type { KubeObject, ObjectRef } from './api/types';
import { ObjectApi, type ObjectFilter } from './core/ObjectApi';
import type { ForbiddenRule } from './http/access';
import { createApiHandler } from './http/apiServer';
import { createControlHandler } from './http/control';
import { NO_FAULTS, type FaultUpdate, type Faults } from './http/faults';
import { RequestCounter, type RequestCounts } from './http/requestCounts';
import { WatchHub } from './http/watchStream';
import { ResourceRegistry, type StrimziApiVersion } from './resources';
import { ObjectStore } from './store/ObjectStore';

export interface KubeLoopbackOptions {
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Port (default 0: a random free port). */
  port?: number;
  /** Bearer token every API request must carry (when unset, no token is needed). */
  token?: string;
  /** Also accept requests without a token, as `system:anonymous` (a wrong token is still 401). */
  anonymous?: boolean;
  /** The user a valid token authenticates as, shown in 403 messages (default `system:serviceaccount:backstage:backstage`). */
  user?: string;
  /** The Strimzi API version served for kafka.strimzi.io (default `v1`). */
  strimziApiVersion?: StrimziApiVersion;
  /** Set to false to play a cluster without the Strimzi CRDs installed. */
  strimzi?: boolean;
  /** Set to true to also serve Argo CD's `applications.argoproj.io/v1alpha1` (default false: no Argo CD). */
  argoCd?: boolean;
  /** Serve HTTPS with this PEM certificate and key. */
  tls?: { cert: string; key: string };
  /** Events kept for watches and continue tokens (default 1000); older resourceVersions get 410 Expired. */
  watchHistorySize?: number;
  /** How often watches with `allowWatchBookmarks=true` get a BOOKMARK (default 60000 ms). */
  bookmarkIntervalMs?: number;
  /** Requests answered with 403 Forbidden. */
  forbidden?: readonly ForbiddenRule[];
  /** Objects to start with (see `loadSeedDirectory`). */
  objects?: readonly object[];
  /** Answer aggregated discovery (apidiscovery.k8s.io/v2) when asked (default true). */
  aggregatedDiscovery?: boolean;
}

export interface KubeLoopback {
  /** `http(s)://host:port`, the `server` of a kubeconfig. */
  url: string;
  port: number;
  /** Creates the object or replaces it whole (status included); returns what is stored. */
  apply(obj: object): KubeObject;
  /** Removes the object at once (finalizers are not waited for); false if it did not exist. */
  delete(ref: ObjectRef): boolean;
  /** Merge-patches the status (`null` removes a field); generation is unchanged. */
  patchStatus(ref: ObjectRef, status: object): KubeObject;
  get(ref: ObjectRef): KubeObject | undefined;
  list(filter?: ObjectFilter): KubeObject[];
  /** Changes faults; `{dropWatches: true}` ends the open watches once. */
  setFaults(faults: FaultUpdate): void;
  clearFaults(): void;
  faults(): Faults;
  /** Ends every open watch stream now, without a final event; returns how many. */
  dropWatches(mode?: 'end' | 'reset'): number;
  /** How many watch streams are open. */
  openWatches(): number;
  requests(): RequestCounts;
  resetRequests(): void;
  /** The current global resourceVersion. */
  resourceVersion(): string;
  /** A kubeconfig (YAML) for this server: its URL, CA (with TLS) and token. */
  kubeconfig(): string;
  close(): Promise<void>;
}

const SYSTEM_NAMESPACES = [
  'default',
  'kube-node-lease',
  'kube-public',
  'kube-system',
];

export async function startKubeLoopback(
  options: KubeLoopbackOptions = {},
): Promise<KubeLoopback> {
  const host = options.host ?? '127.0.0.1';
  const registry = new ResourceRegistry(
    options.strimziApiVersion ?? 'v1',
    options.strimzi ?? true,
    options.argoCd ?? false,
  );
  const store = new ObjectStore({ historySize: options.watchHistorySize });
  const objects = new ObjectApi(store, registry);
  for (const name of SYSTEM_NAMESPACES) {
    objects.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }
  for (const obj of options.objects ?? []) objects.apply(obj);

  const counter = new RequestCounter();
  const watches = new WatchHub(store, options.bookmarkIntervalMs ?? 60_000);
  const sockets = new Set<Socket>();
  let faults: Faults = { ...NO_FAULTS };
  let port = options.port ?? 0;

  const dropWatches = (mode: 'end' | 'reset' = 'end') => watches.dropAll(mode);
  const setFaults = (update: FaultUpdate, spare?: Socket) => {
    const { dropWatches: drop, ...rest } = update;
    faults = { ...faults, ...rest };
    if (drop) dropWatches(drop === 'reset' ? 'reset' : 'end');
    if (rest.down) {
      watches.dropAll('reset');
      for (const socket of sockets) if (socket !== spare) socket.destroy();
    }
  };
  const clearFaults = () => {
    faults = { ...NO_FAULTS };
  };

  const control = createControlHandler({
    token: options.token,
    objects,
    counter,
    faults: () => faults,
    setFaults,
    clearFaults,
    dropWatches,
  });
  const handler = createApiHandler({
    store,
    registry,
    access: {
      token: options.token,
      anonymous: options.anonymous,
      user: options.user ?? 'system:serviceaccount:backstage:backstage',
      forbidden: options.forbidden ?? [],
    },
    watches,
    counter,
    faults: () => faults,
    aggregatedDiscovery: options.aggregatedDiscovery ?? true,
    serverAddress: () => `${host}:${port}`,
    control,
  });
  const server = options.tls
    ? https.createServer(
        { cert: options.tls.cert, key: options.tls.key },
        handler,
      )
    : http.createServer(handler);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${host} is already in use`)
          : error,
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `${options.tls ? 'https' : 'http'}://${
    host.includes(':') ? `[${host}]` : host
  }:${port}`;

  return {
    url,
    port,
    apply: obj => objects.apply(obj),
    delete: ref => objects.delete(ref),
    patchStatus: (ref, status) => objects.patchStatus(ref, status),
    get: ref => objects.get(ref),
    list: filter => objects.list(filter),
    setFaults: update => setFaults(update),
    clearFaults,
    faults: () => ({ ...faults }),
    dropWatches,
    openWatches: () => watches.size,
    requests: () => counter.snapshot(),
    resetRequests: () => counter.reset(),
    resourceVersion: () => String(store.resourceVersion),
    kubeconfig: () => kubeconfigFor(url, options.token, options.tls?.cert),
    close: async () => {
      watches.dropAll('reset');
      const closed = new Promise<void>(resolve =>
        server.close(() => resolve()),
      );
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

/** A kubeconfig for kubectl or `KubeConfig.loadFromString`. */
export function kubeconfigFor(
  url: string,
  token?: string,
  caCert?: string,
): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'kube-loopback',
        cluster: {
          server: url,
          ...(caCert
            ? {
                'certificate-authority-data':
                  Buffer.from(caCert).toString('base64'),
              }
            : {}),
        },
      },
    ],
    users: [{ name: 'kube-loopback', user: token ? { token } : {} }],
    contexts: [
      {
        name: 'kube-loopback',
        context: { cluster: 'kube-loopback', user: 'kube-loopback' },
      },
    ],
    'current-context': 'kube-loopback',
  });
}
