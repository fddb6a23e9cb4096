import { mockServices } from '@backstage/backend-test-utils';
import {
  REQUEST_FILE,
  validateClusterChange,
  validateClusterRequest,
  type KafkaClusterRequest,
  type LiveClusterFacts,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { renderRepository } from '@kafka-on-eks/plugin-scaffolder-backend-module-kafka-on-eks';
import git from 'isomorphic-git';
import nodeFs from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GeneratedClusterLoop } from './GeneratedClusterLoop';

const ZONES = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];
const AUTHOR = { name: 'test', email: 'test@example.com' };

function request(): KafkaClusterRequest {
  const result = validateClusterRequest(
    {
      name: 'loop',
      owner: 'group:default/team-a',
      region: 'eu-west-1',
      topics: [{ name: 'orders.created', partitions: 6 }],
    },
    { today: '2026-12-02' },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.request;
}

/** Writes the repository of a request and commits it on `main`. */
async function commitRendering(dir: string, req: KafkaClusterRequest) {
  for (const file of renderRepository(req)) {
    const target = path.join(dir, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content);
  }
  await git.add({ fs: nodeFs, dir, filepath: '.' });
  return git.commit({ fs: nodeFs, dir, message: 'render', author: AUTHOR });
}

/** Stands in for time: each wait of the loop holds until the test releases it. */
class Steps {
  private held: Array<() => void> = [];
  private onHold?: () => void;
  readonly wait = (_ms: number) =>
    new Promise<void>(resolve => {
      this.held.push(resolve);
      this.onHold?.();
    });
  /** Resolves once the loop waits. */
  reached(): Promise<void> {
    if (this.held.length > 0) return Promise.resolve();
    return new Promise(resolve => (this.onHold = resolve));
  }
  release() {
    this.onHold = undefined;
    this.held.shift()?.();
  }
}

describe('GeneratedClusterLoop', () => {
  let dir: string;
  let loop: GeneratedClusterLoop;
  let steps: Steps;
  let current: KafkaClusterRequest;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loop-'));
    await git.init({ fs: nodeFs, dir, defaultBranch: 'main' });
    current = request();
    await commitRendering(dir, current);
    steps = new Steps();
    loop = await GeneratedClusterLoop.start({
      dir,
      name: 'loop-eks',
      zones: ZONES,
      token: 'token',
      manifestsFolder: 'kubernetes/kafka',
      requestFile: REQUEST_FILE,
      delays: { operatorMs: 1, volumeMs: 1 },
      logger: mockServices.logger.mock(),
      wait: steps.wait,
      now: () => '2026-12-03T10:00:00Z',
    });
  });
  afterEach(async () => {
    await loop.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const objects = (kind: string) => loop.api.list({ kind });
  const topic = (name: string) =>
    objects('KafkaTopic').find(t => (t.spec as any)?.topicName === name);
  const brokerClaims = () =>
    objects('PersistentVolumeClaim').filter(
      c => c.metadata.labels?.['strimzi.io/pool-name'] === 'broker',
    );

  async function firstSync() {
    const synced = loop.poll();
    await steps.reached();
    steps.release();
    await synced;
  }

  /** Commits a change of the request on main, as a merged pull request. */
  async function merge(
    input: Record<string, unknown>,
    live: LiveClusterFacts = {},
  ) {
    const change = validateClusterChange(
      current,
      { ...current, ...input },
      { live },
    );
    if (!change.ok) throw new Error(JSON.stringify(change.problems));
    current = change.request;
    return commitRendering(dir, current);
  }

  it('applies main, then plays the operator: Ready Kafka, a pod and a bound claim per broker', async () => {
    const synced = loop.poll();
    await steps.reached();
    // Argo CD has applied the manifests; nothing is reconciled yet.
    expect(objects('Kafka')).toHaveLength(1);
    expect(objects('Kafka')[0].status).toBeUndefined();
    expect(objects('Pod')).toHaveLength(0);
    steps.release();
    await synced;

    const kafka = objects('Kafka')[0] as any;
    expect(kafka.status.conditions[0]).toMatchObject({
      type: 'Ready',
      status: 'True',
    });
    expect(kafka.status.observedGeneration).toBe(kafka.metadata.generation);
    const brokers = objects('Pod').filter(
      p => p.metadata.labels?.['strimzi.io/broker-role'] === 'true',
    );
    expect(brokers).toHaveLength(current.brokers.replicas);
    expect(
      new Set(
        brokers.map(p => p.metadata.labels?.['topology.kubernetes.io/zone']),
      ),
    ).toEqual(new Set(ZONES));
    expect(brokerClaims().map(c => (c.status as any).phase)).toEqual(
      brokers.map(() => 'Bound'),
    );
    expect((topic('orders.created')?.status as any).conditions[0].type).toBe(
      'Ready',
    );
    // main has not moved: polling again does nothing.
    expect(loop.syncedCommit).toBe(
      await git.resolveRef({ fs: nodeFs, dir, ref: 'main' }),
    );
    await loop.poll();
    expect(objects('Kafka')[0].metadata.resourceVersion).toBe(
      kafka.metadata.resourceVersion,
    );
  });

  it('a merged new topic is created by the sync and Ready after the operator', async () => {
    await firstSync();
    await merge({
      topics: [...current.topics, { name: 'payments.settled', partitions: 3 }],
    });
    const synced = loop.poll();
    await steps.reached();
    expect(topic('payments.settled')).toBeDefined();
    expect(topic('payments.settled')?.status).toBeUndefined();
    steps.release();
    await synced;
    expect(
      (topic('payments.settled')?.status as any).conditions[0],
    ).toMatchObject({
      type: 'Ready',
      status: 'True',
    });
  });

  it('a removed topic is pruned, and the Kafka, which is protected from prune, stays', async () => {
    await firstSync();
    await merge({ topics: [{ name: 'payments.settled', partitions: 3 }] });
    const synced = loop.poll();
    await steps.reached();
    expect(topic('orders.created')).toBeUndefined();
    expect(objects('Kafka')).toHaveLength(1);
    steps.release();
    await synced;
  });

  it('a grown volume resizes: pending after the operator, done later, on the same EBS volumes', async () => {
    await firstSync();
    const from = current.brokers.volumeSizeGi;
    const volumeIds = objects('PersistentVolume')
      .map(pv => (pv.spec as any).csi.volumeHandle)
      .sort();
    await merge({
      brokers: { ...current.brokers, volumeSizeGi: from + 100 },
    });
    const synced = loop.poll();
    await steps.reached(); // the operator's turn
    steps.release();
    await steps.reached(); // the volume resize's
    for (const claim of brokerClaims() as any[]) {
      expect(claim.spec.resources.requests.storage).toBe(`${from + 100}Gi`);
      expect(claim.status.capacity.storage).toBe(`${from}Gi`);
      expect(claim.status.conditions).toEqual([
        expect.objectContaining({ type: 'Resizing', status: 'True' }),
      ]);
    }
    steps.release();
    await synced;
    for (const claim of brokerClaims() as any[]) {
      expect(claim.status.capacity.storage).toBe(`${from + 100}Gi`);
      expect(claim.status.conditions).toBeUndefined();
    }
    expect(
      objects('PersistentVolume')
        .map(pv => (pv.spec as any).csi.volumeHandle)
        .sort(),
    ).toEqual(volumeIds);
  });

  it('node capacity first (nodes appear), then more brokers: one pod per node, on those nodes', async () => {
    await firstSync();
    const poolNodes = (pool: string) =>
      objects('Node').filter(
        n => n.metadata.labels?.['kafka-on-eks/pool'] === pool,
      );
    const from = current.brokers.replicas;
    expect(poolNodes('broker')).toHaveLength(from);
    expect(poolNodes('controller')).toHaveLength(current.controllers.replicas);

    await merge({ brokers: { ...current.brokers, nodeCapacity: from + 3 } });
    let synced = loop.poll();
    await steps.reached();
    steps.release();
    await synced;
    expect(poolNodes('broker')).toHaveLength(from + 3);
    expect(
      objects('Pod').filter(
        p => p.metadata.labels?.['strimzi.io/pool-name'] === 'broker',
      ),
    ).toHaveLength(from);

    await merge(
      { brokers: { ...current.brokers, replicas: from + 3 } },
      { readyBrokerNodes: poolNodes('broker').length },
    );
    synced = loop.poll();
    await steps.reached();
    steps.release();
    await synced;
    const pods = objects('Pod').filter(
      p => p.metadata.labels?.['strimzi.io/pool-name'] === 'broker',
    );
    expect(pods).toHaveLength(from + 3);
    const nodeNames = new Set(poolNodes('broker').map(n => n.metadata.name));
    expect(pods.every(p => nodeNames.has((p.spec as any).nodeName))).toBe(true);
    expect(new Set(pods.map(p => (p.spec as any).nodeName)).size).toBe(
      from + 3,
    );
    expect(poolNodes('broker')).toHaveLength(from + 3);
  });
});
