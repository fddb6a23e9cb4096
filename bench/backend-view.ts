/* eslint-disable no-console */
// Backend view benchmark: 20 clusters x 5,000 topics x 30 PVCs in loopback
// Kubernetes APIs. Measures, in one run: how long the watch cache takes to
// index everything; p50/p95 of the entity view served from it (through the
// real router over HTTP) and the API requests it causes; the same view built
// the way Backstage's Kubernetes backend works (list every kind on every
// request) as the baseline; RSS. Run: bench/run backend-view
import type { LoggerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { KafkaLocation } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { startKubeLoopback, type KubeLoopback } from '@internal/kube-loopback';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createRouter } from '../plugins/kafka-on-eks-backend/src/router';
import {
  buildKafkaClusterView,
  ClusterObjectIndex,
} from '../plugins/kafka-on-eks-backend/src/service';
import { KafkaViewSource } from '../plugins/kafka-on-eks-backend/src/source/KafkaViewSource';
import { kubeConfigFor } from '../plugins/kafka-on-eks-backend/src/source/kubeConfigFor';
import {
  listAllPages,
  WATCHED_KINDS,
} from '../plugins/kafka-on-eks-backend/src/source/watchedKinds';

// The loopback clusters have no Argo CD: optional kinds are not watched there.
const REQUIRED_KINDS = WATCHED_KINDS.filter(k => !k.optionalGroup);

const CLUSTERS = Number(process.env.BENCH_CLUSTERS ?? 20);
const TOPICS = Number(process.env.BENCH_TOPICS ?? 5000);
const VOLUMES = Number(process.env.BENCH_PVCS ?? 30);
const VIEWS = Number(process.env.BENCH_ITERATIONS ?? 200);
const BASELINE_VIEWS = Number(process.env.BENCH_BASELINE_ITERATIONS ?? 20);
const TOKEN = 'bench-token';
const NAMESPACE = 'kafka';
const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

function clusterObjects(kafka: string): object[] {
  const labels = { 'strimzi.io/cluster': kafka };
  const objects: object[] = [
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: 'gp3' },
      provisioner: 'ebs.csi.aws.com',
      parameters: { type: 'gp3' },
      allowVolumeExpansion: true,
    },
    {
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'Kafka',
      metadata: { name: kafka, namespace: NAMESPACE },
      spec: { kafka: { version: '4.3.1', listeners: [] } },
      status: { conditions: [{ type: 'Ready', status: 'True' }] },
    },
    {
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaNodePool',
      metadata: { name: 'broker', namespace: NAMESPACE, labels },
      spec: {
        replicas: VOLUMES,
        roles: ['broker'],
        storage: {
          type: 'jbod',
          volumes: [
            { id: 0, type: 'persistent-claim', size: '1000Gi', class: 'gp3' },
          ],
        },
      },
      status: { nodeIds: Array.from({ length: VOLUMES }, (_, i) => i) },
    },
  ];
  for (let i = 0; i < TOPICS; i++) {
    objects.push({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaTopic',
      metadata: { name: `topic-${i}`, namespace: NAMESPACE, labels },
      spec: {
        partitions: 12,
        replicas: 3,
        config: { 'retention.ms': 604800000 },
      },
      status: { conditions: [{ type: 'Ready', status: 'True' }] },
    });
  }
  for (let i = 0; i < VOLUMES; i++) {
    const claim = `data-0-${kafka}-broker-${i}`;
    const volume = `pvc-${kafka}-${i}`;
    objects.push(
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: `${kafka}-broker-${i}`,
          namespace: NAMESPACE,
          labels: { ...labels, 'strimzi.io/pool-name': 'broker' },
        },
        spec: {
          volumes: [
            { name: 'data-0', persistentVolumeClaim: { claimName: claim } },
          ],
        },
        status: { phase: 'Running' },
      },
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: {
          name: claim,
          namespace: NAMESPACE,
          labels: { ...labels, 'strimzi.io/pool-name': 'broker' },
        },
        spec: {
          storageClassName: 'gp3',
          volumeName: volume,
          resources: { requests: { storage: '1000Gi' } },
        },
        status: { phase: 'Bound', capacity: { storage: '1000Gi' } },
      },
      {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: volume },
        spec: {
          storageClassName: 'gp3',
          capacity: { storage: '1000Gi' },
          csi: {
            driver: 'ebs.csi.aws.com',
            volumeHandle: `vol-0${i.toString(16).padStart(16, '0')}`,
          },
          claimRef: { namespace: NAMESPACE, name: claim },
          nodeAffinity: {
            required: {
              nodeSelectorTerms: [
                {
                  matchExpressions: [
                    {
                      key: 'topology.kubernetes.io/zone',
                      operator: 'In',
                      values: [ZONES[i % 3]],
                    },
                  ],
                },
              ],
            },
          },
        },
      },
    );
  }
  return objects;
}

const quietLogger: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => quietLogger,
};

/** Fetches each URL in turn from a worker thread; time to the last byte. */
function fetchInWorker(
  urls: string[],
  warmup: number,
): Promise<{ cached: number[]; topicsSeen: number }> {
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const samples = [];
      let topicsSeen = 0;
      for (let i = 0; i < workerData.urls.length; i++) {
        const start = performance.now();
        const response = await fetch(workerData.urls[i]);
        const text = await response.text();
        if (i >= workerData.warmup) samples.push(performance.now() - start);
        if (i === 0) topicsSeen = JSON.parse(text).topics.length;
      }
      parentPort.postMessage({ cached: samples, topicsSeen });
    })();
    `,
    { eval: true, workerData: { urls, warmup } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main() {
  const servers: KubeLoopback[] = [];
  const entities: Entity[] = [];
  for (let c = 0; c < CLUSTERS; c++) {
    const kafka = `kafka-${c}`;
    servers.push(
      await startKubeLoopback({
        token: TOKEN,
        objects: clusterObjects(kafka),
        watchHistorySize: 10_000,
      }),
    );
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: kafka,
        namespace: 'default',
        annotations: {
          'backstage.io/kubernetes-cluster': `cluster-${c}`,
          'backstage.io/kubernetes-namespace': NAMESPACE,
          'kafka-on-eks/kafka': kafka,
        },
      },
      spec: { type: 'kafka-cluster', owner: 'group:default/bench' },
    });
  }
  const clusters = servers.map((server, c) => ({
    name: `cluster-${c}`,
    url: server.url,
    skipTLSVerify: true,
    authMetadata: {
      'kubernetes.io/auth-provider': 'serviceAccount',
      serviceAccountToken: TOKEN,
    },
  }));
  console.log(
    `seeded ${CLUSTERS} clusters x ${TOPICS} topics x ${VOLUMES} PVCs (${
      CLUSTERS * TOPICS
    } topics in all)`,
  );

  // 1. Index everything through the watch cache.
  const indexStart = performance.now();
  const views = new KafkaViewSource(
    clusters,
    async () => ({ type: 'bearer token', token: TOKEN }),
    quietLogger,
  );
  views.start();
  await views.synced();
  const indexMs = performance.now() - indexStart;

  // 2. The entity route from the cache, over HTTP, through the real router.
  const app = express();
  app.use(
    '/api/kafka-on-eks',
    await createRouter({
      httpAuth: mockServices.httpAuth(),
      permissions: mockServices.permissions({ result: AuthorizeResult.ALLOW }),
      catalog: catalogServiceMock({ entities }),
      views,
    }),
  );
  const http = app.listen(0, '127.0.0.1');
  await new Promise(r => http.once('listening', r));
  const base = `http://127.0.0.1:${
    (http.address() as AddressInfo).port
  }/api/kafka-on-eks/v1/entities/resource/default`;
  // Steady state: every informer has listed and holds its watch open.
  while (servers.some(s => s.openWatches() < REQUIRED_KINDS.length)) {
    await new Promise(r => setTimeout(r, 50));
  }
  for (const server of servers) server.resetRequests();
  // The client runs in its own thread, as a browser would in its own
  // process: its garbage collection does not pause the server.
  const { cached, topicsSeen } = await fetchInWorker(
    Array.from(
      { length: VIEWS + 20 },
      (_, i) => `${base}/kafka-${i % CLUSTERS}`,
    ),
    20,
  );
  const cachedRequests = servers.reduce((n, s) => n + s.requests().total, 0);

  // 3. Baseline: list every kind on every request, then build the view.
  for (const server of servers) server.resetRequests();
  const baseline: number[] = [];
  for (let i = 0; i < BASELINE_VIEWS; i++) {
    const c = i % CLUSTERS;
    const start = performance.now();
    const kubeConfig = kubeConfigFor(clusters[c], {
      type: 'bearer token',
      token: TOKEN,
    });
    const index = new ClusterObjectIndex();
    for (const watched of REQUIRED_KINDS) {
      const list = await listAllPages(kubeConfig, watched, 'v1', 500);
      index.replaceAll(clusters[c].name, watched.kind, list.items);
    }
    const location: KafkaLocation = {
      cluster: clusters[c].name,
      namespace: NAMESPACE,
      kafka: `kafka-${c}`,
    };
    JSON.stringify(buildKafkaClusterView(index.snapshot(location), new Date()));
    baseline.push(performance.now() - start);
  }
  const baselineRequests =
    servers.reduce((n, s) => n + s.requests().total, 0) / BASELINE_VIEWS;

  const rssMiB = process.memoryUsage().rss / 1024 / 1024;
  const p50 = percentile(cached, 50);
  const p95 = percentile(cached, 95);
  const baselineP50 = percentile(baseline, 50);
  console.log(
    `index everything: ${(indexMs / 1000).toFixed(2)} s (target <= 10 s)`,
  );
  console.log(
    `view from cache: p50 ${ms(p50)}, p95 ${ms(
      p95,
    )} (target p95 <= 10 ms), ${topicsSeen} topics per view, ${VIEWS} views`,
  );
  console.log(
    `API requests per cached view: ${(cachedRequests / (VIEWS + 20)).toFixed(
      2,
    )} (target 0)`,
  );
  console.log(
    `baseline, list every kind per view: p50 ${ms(baselineP50)}, p95 ${ms(
      percentile(baseline, 95),
    )}, ${baselineRequests.toFixed(
      1,
    )} API requests per view, ${BASELINE_VIEWS} views`,
  );
  console.log(
    `speed-up at p50: ${(baselineP50 / p50).toFixed(1)}x (target >= 20x)`,
  );
  console.log(`RSS: ${rssMiB.toFixed(0)} MiB`);

  http.close();
  await views.stop();
  await Promise.all(servers.map(s => s.close()));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
