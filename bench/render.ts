/* eslint-disable no-console */
// Render benchmark: validation plus rendering of the whole repository, for
// the default request and a large one (50 topics). Prints p50/p95 and
// renders per second. Run: bench/run render
import { validateClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { renderRepository } from '@kafka-on-eks/plugin-scaffolder-backend-module-kafka-on-eks';
import { performance } from 'node:perf_hooks';

// A fixed day, so every run renders the same files.
const TEST_CONTEXT = { today: '2026-12-02' };

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 500);
const WARMUP = 50;

const requests: Record<string, unknown> = {
  default: { name: 'orders', owner: 'group:default/team-a' },
  'large (50 topics, 9 brokers, st1)': {
    name: 'clickstream',
    owner: 'group:default/analytics',
    region: 'eu-west-1',
    repoUrl: 'github.com?owner=acme&repo=clickstream-kafka',
    controllers: { replicas: 5 },
    brokers: { replicas: 9, storageClass: 'st1', volumeSizeGi: 4000 },
    topics: Array.from({ length: 50 }, (_, i) => ({
      name: `events.stream-${i}`,
      partitions: 24,
      retentionHours: 72 + i,
      cleanupPolicy: i % 5 === 0 ? 'compact' : 'delete',
    })),
  },
};

function render(input: unknown): number {
  const validation = validateClusterRequest(input, TEST_CONTEXT);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  return renderRepository(validation.request).length;
}

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

for (const [label, input] of Object.entries(requests)) {
  for (let i = 0; i < WARMUP; i++) render(input);
  const samples: number[] = [];
  let files = 0;
  const started = performance.now();
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    files = render(input);
    samples.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  console.log(
    `render ${label}: ${files} files, p50 ${percentile(samples, 50).toFixed(
      2,
    )} ms, p95 ${percentile(samples, 95).toFixed(2)} ms, ${(
      ITERATIONS / elapsed
    ).toFixed(0)} renders/s (${ITERATIONS} runs)`,
  );
}
