/* eslint-disable no-console */
// Catalog discovery benchmark: 20 clusters x 5,000 topics (and 50 client
// KafkaUsers each) in loopback Kubernetes APIs, discovered with topics and
// clients on. Part 1, the providers alone: time from start to every
// cluster's first full mutation, mutation size, RSS and heap growth (the
// APIs run in a child process, so they are not counted), and one delta at
// 5,000 topics. Part 2, a real catalog (SQLite in memory, as
// startTestBackend gives) from a cold start with this module and one cluster
// of BENCH_CATALOG_TOPICS topics: time until every entity is served, hence
// the catalog's processing rate. Run: bench/run discovery
import type { LoggerService } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import type {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createClusterCredentials } from '@kafka-on-eks/plugin-kafka-on-eks-node';
import { startKubeLoopback } from '@internal/kube-loopback';
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readDiscoveryConfig } from '../plugins/catalog-backend-module-kafka-on-eks/src/config/readDiscoveryConfig';
import { catalogModuleKafkaOnEksDiscovery } from '../plugins/catalog-backend-module-kafka-on-eks/src/module';
import {
  catalogClaims,
  ClaimsCache,
} from '../plugins/catalog-backend-module-kafka-on-eks/src/provider/ClaimedKafkas';
import {
  discoveredKinds,
  KafkaDiscoveryProvider,
} from '../plugins/catalog-backend-module-kafka-on-eks/src/provider/KafkaDiscoveryProvider';
import { StrimziWatcher } from '../plugins/catalog-backend-module-kafka-on-eks/src/provider/StrimziWatcher';

const CLUSTERS = Number(process.env.BENCH_CLUSTERS ?? 20);
const TOPICS = Number(process.env.BENCH_TOPICS ?? 5000);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const CATALOG_TOPICS = Number(process.env.BENCH_CATALOG_TOPICS ?? 2000);
const NAMESPACE = 'kafka';
const MiB = 1024 * 1024;

function clusterObjects(kafka: string, topics: number): object[] {
  const labels = { 'strimzi.io/cluster': kafka };
  const objects: object[] = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } },
    {
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'Kafka',
      metadata: {
        name: kafka,
        namespace: NAMESPACE,
        labels: { 'backstage.io/owner': 'streaming-team' },
      },
      spec: { kafka: { version: '4.3.1', listeners: [] } },
    },
  ];
  for (let i = 0; i < topics; i++) {
    objects.push({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaTopic',
      metadata: {
        name: `service-${i % USERS}.events-${i}`,
        namespace: NAMESPACE,
        labels,
      },
      spec: { partitions: 12, replicas: 3 },
    });
  }
  for (let u = 0; u < USERS; u++) {
    objects.push({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaUser',
      metadata: {
        name: `service-${u}`,
        namespace: NAMESPACE,
        labels,
        annotations: { 'kafka-on-eks/component': `service-${u}` },
      },
      spec: {
        authentication: { type: 'scram-sha-512' },
        authorization: {
          type: 'simple',
          acls: [
            {
              resource: {
                type: 'topic',
                name: `service-${u}.`,
                patternType: 'prefix',
              },
              operations: ['Read', 'Write', 'Describe'],
            },
            {
              resource: {
                type: 'group',
                name: `service-${u}`,
                patternType: 'literal',
              },
              operations: ['Read'],
            },
          ],
        },
      },
    });
  }
  return objects;
}

/** The child: the loopback APIs, kept out of the parent's memory figures. */
async function serve() {
  const urls: string[] = [];
  for (let c = 0; c < CLUSTERS; c++) {
    const api = await startKubeLoopback({
      objects: clusterObjects(`kafka-${c}`, TOPICS),
    });
    urls.push(api.url);
  }
  process.send!({ urls });
  process.on('disconnect', () => process.exit(0));
}

class TimedConnection implements EntityProviderConnection {
  full?: { at: number; entities: number; bytes: number };
  deltas: Array<{ at: number; mutation: EntityProviderMutation }> = [];
  constructor(private readonly onFull: () => void) {}
  async applyMutation(mutation: EntityProviderMutation): Promise<void> {
    if (mutation.type === 'full' && !this.full) {
      this.full = {
        at: performance.now(),
        entities: mutation.entities.length,
        bytes: Buffer.byteLength(JSON.stringify(mutation.entities)),
      };
      this.onFull();
    } else if (mutation.type === 'delta') {
      this.deltas.push({ at: performance.now(), mutation });
    }
  }
  async refresh(): Promise<void> {}
}

// Warnings and errors only: a bench run should show what went wrong.
const quietLogger: LoggerService = {
  info: () => {},
  debug: () => {},
  warn: message => console.warn(message),
  error: message => console.error(message),
  child: () => quietLogger,
};

// A collection before each reading, so heap growth is what stays.
v8.setFlagsFromString('--expose-gc');
const gc: () => void = vm.runInNewContext('gc');

const memory = () => {
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
};

async function providersAlone(urls: string[]) {
  const config = readDiscoveryConfig(
    new ConfigReader({
      kafkaOnEks: {
        discovery: {
          enabled: true,
          defaultOwner: 'platform-team',
          topics: true,
          clients: true,
        },
      },
    }),
  );
  const logger = quietLogger;
  const claims = new ClaimsCache(
    catalogClaims(catalogServiceMock(), mockServices.auth()),
    logger,
    15_000,
  );
  const before = memory();
  let pending = urls.length;
  let allFull!: () => void;
  const done = new Promise<void>(resolve => (allFull = resolve));
  const started = performance.now();
  const running = await Promise.all(
    urls.map(async (url, c) => {
      const provider = new KafkaDiscoveryProvider({
        clusterName: `cluster-${c}`,
        config,
        claims,
        logger,
      });
      const connection = new TimedConnection(() => {
        if (--pending === 0) allFull();
      });
      await provider.connect(connection);
      const watcher = new StrimziWatcher({
        cluster: {
          name: `cluster-${c}`,
          url,
          skipTLSVerify: true,
          authMetadata: {
            'kubernetes.io/auth-provider': 'serviceAccount',
            serviceAccountToken: 'bench',
          },
        },
        credentials: createClusterCredentials(new ConfigReader({})),
        kinds: discoveredKinds(config),
        events: provider,
        logger,
      });
      watcher.start();
      return { provider, watcher, connection };
    }),
  );
  await done;
  const allMs = performance.now() - started;
  const after = memory();
  const fulls = running.map(r => r.connection.full!);
  const entities = fulls.reduce((n, f) => n + f.entities, 0);
  const bytes = fulls.reduce((n, f) => n + f.bytes, 0);

  // One topic changes in a 5,000-topic cluster: how long until its delta.
  const [first] = running;
  const deltasBefore = first.connection.deltas.length;
  // Zero since nothing is written before every kind is listed.
  const earlyDeltas = deltasBefore;
  const deltaStart = performance.now();
  first.provider.upserted('kafkatopics', {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: {
      name: 'service-0.new-topic',
      namespace: NAMESPACE,
      resourceVersion: 'bench-1',
      labels: { 'strimzi.io/cluster': 'kafka-0' },
    },
  });
  while (first.connection.deltas.length === deltasBefore) {
    await new Promise(resolve => setImmediate(resolve));
  }
  const delta = first.connection.deltas[deltasBefore];
  const deltaMs = delta.at - deltaStart;
  const deltaBytes = Buffer.byteLength(JSON.stringify(delta.mutation));

  console.log(
    `providers: ${
      urls.length
    } clusters x ${TOPICS} topics, ${USERS} users each: ${entities} entities in full mutations after ${(
      allMs / 1000
    ).toFixed(1)} s`,
  );
  console.log(
    `full mutations: ${(bytes / MiB).toFixed(1)} MiB in all, ${(
      bytes /
      urls.length /
      MiB
    ).toFixed(2)} MiB per cluster`,
  );
  console.log(
    `memory growth: RSS ${((after.rss - before.rss) / MiB).toFixed(
      0,
    )} MiB, heap ${((after.heapUsed - before.heapUsed) / MiB).toFixed(
      0,
    )} MiB after a collection`,
  );
  console.log(
    `deltas before the full mutations: ${earlyDeltas}; one topic added at ${TOPICS} topics: delta of ${(
      deltaBytes / 1024
    ).toFixed(1)} KiB after ${deltaMs.toFixed(0)} ms`,
  );
  for (const r of running) {
    r.provider.stop();
    await r.watcher.stop();
  }
  return { entities, allMs };
}

async function realCatalog() {
  const api = await startKubeLoopback({
    objects: clusterObjects('kafka-cold', CATALOG_TOPICS),
  });
  const expected = CATALOG_TOPICS + 1;
  const started = performance.now();
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleKafkaOnEksDiscovery,
      mockServices.rootConfig.factory({
        data: {
          catalog: { rules: [{ allow: ['Resource', 'Location'] }] },
          kafkaOnEks: {
            discovery: {
              enabled: true,
              defaultOwner: 'platform-team',
              topics: true,
              clients: true,
            },
          },
          kubernetes: {
            clusterLocatorMethods: [
              {
                type: 'config',
                clusters: [
                  {
                    name: 'cold',
                    url: api.url,
                    authProvider: 'serviceAccount',
                    serviceAccountToken: 'bench',
                    skipTLSVerify: true,
                  },
                ],
              },
            ],
          },
        },
      }),
    ],
  });
  const readyMs = performance.now() - started;
  const count = async () => {
    const res = await fetch(
      `http://localhost:${backend.server.port()}/api/catalog/entities/by-query?filter=kind=resource&limit=1`,
      { headers: { Authorization: 'Bearer mock-user-token' } },
    );
    return ((await res.json()) as { totalItems: number }).totalItems;
  };
  let firstAt: number | undefined;
  for (;;) {
    const n = await count();
    if (n > 0 && firstAt === undefined) firstAt = performance.now();
    if (n >= expected) break;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  const endAt = performance.now();
  const allMs = endAt - started;
  const first = firstAt ?? endAt;
  // From the first entity served to the last: the catalog's own pace.
  const rate = (expected - 1) / Math.max((endAt - first) / 1000, 0.001);
  console.log(
    `real catalog (SQLite in memory), 1 cluster x ${CATALOG_TOPICS} topics: backend ready ${(
      readyMs / 1000
    ).toFixed(1)} s, first entity served ${((first - started) / 1000).toFixed(
      1,
    )} s and all ${expected} ${(allMs / 1000).toFixed(1)} s after start`,
  );
  console.log(`catalog processing rate: ${rate.toFixed(0)} entities/s`);
  await backend.stop();
  await api.close();
  return rate;
}

async function main() {
  const child = fork(__filename, ['--serve'], {
    execArgv: ['--require', '@backstage/cli/config/nodeTransform.cjs'],
  });
  const { urls } = await new Promise<{ urls: string[] }>((resolve, reject) => {
    // The TypeScript hook sends messages of its own (type: watch).
    child.on('message', m => {
      if (Array.isArray((m as { urls?: unknown }).urls)) {
        resolve(m as { urls: string[] });
      }
    });
    child.once('exit', code =>
      reject(new Error(`loopback APIs exited with ${code}`)),
    );
  });
  try {
    const { entities, allMs } = await providersAlone(urls);
    const rate = await realCatalog();
    const extrapolated = 100_000 + 20;
    console.log(
      `100,000 topic entities: about ${(extrapolated / rate / 60).toFixed(
        0,
      )} min of catalog processing from a cold start at the measured rate (the providers emit ${entities} entities in ${(
        allMs / 1000
      ).toFixed(1)} s)`,
    );
  } finally {
    child.disconnect();
    child.kill();
  }
}

if (process.argv[2] === '--serve') {
  serve().catch(error => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(0),
    error => {
      console.error(error);
      process.exit(1);
    },
  );
}
