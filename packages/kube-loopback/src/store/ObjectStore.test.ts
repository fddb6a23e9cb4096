import { ApiError } from '../api/status';
import type { KubeObject } from '../api/types';
import { ResourceRegistry } from '../resources';
import { ObjectStore, type StoreEvent } from './ObjectStore';

const registry = new ResourceRegistry('v1');
const topics = registry.byResource('kafka.strimzi.io', 'v1', 'kafkatopics')!;
const pvcs = registry.byResource('', 'v1', 'persistentvolumeclaims')!;
const namespaces = registry.byResource('', 'v1', 'namespaces')!;

function topic(name: string, partitions = 3, extra: object = {}): KubeObject {
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name, namespace: 'kafka' },
    spec: { partitions },
    ...extra,
  };
}

function errorOf(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

describe('ObjectStore', () => {
  let store: ObjectStore;
  let events: StoreEvent[];

  beforeEach(() => {
    store = new ObjectStore({
      historySize: 5,
      now: () => new Date('2026-11-01T10:00:00.123Z'),
      newUid: () => 'uid-1',
    });
    events = [];
    store.subscribe(e => events.push(e));
  });

  it('stamps created objects with uid, timestamps, generation and a global resourceVersion', () => {
    const a = store.create(topics, topic('a'));
    const b = store.create(pvcs, {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', namespace: 'kafka' },
    });
    expect(a.metadata).toMatchObject({
      uid: 'uid-1',
      creationTimestamp: '2026-11-01T10:00:00Z',
      generation: 1,
      resourceVersion: '1',
    });
    expect(b.metadata.resourceVersion).toBe('2');
    expect(store.resourceVersion).toBe(2);
    expect(events.map(e => e.type)).toEqual(['ADDED', 'ADDED']);
  });

  it('refuses duplicates with 409 AlreadyExists and names without name with 422', () => {
    store.create(topics, topic('a'));
    const dup = errorOf(() => store.create(topics, topic('a')));
    expect(dup.status).toMatchObject({
      code: 409,
      reason: 'AlreadyExists',
      message: 'kafkatopics.kafka.strimzi.io "a" already exists',
      details: { name: 'a', group: 'kafka.strimzi.io', kind: 'kafkatopics' },
    });
    const nameless = errorOf(() =>
      store.create(topics, {
        ...topic(''),
        metadata: { name: '', namespace: 'kafka' },
      }),
    );
    expect(nameless.code).toBe(422);
  });

  it('generates names from generateName', () => {
    const obj = store.create(topics, {
      ...topic(''),
      metadata: { name: '', generateName: 'topic-', namespace: 'kafka' },
    });
    expect(obj.metadata.name).toMatch(/^topic-[a-z0-9]{5}$/);
  });

  it('bumps generation on spec changes only, and status updates keep it', () => {
    const created = store.create(topics, topic('a'));
    const labelled = store.update(topics, {
      ...topic('a'),
      metadata: { ...created.metadata, labels: { x: 'y' } },
    });
    expect(labelled.metadata.generation).toBe(1);
    const resized = store.update(topics, {
      ...topic('a', 6),
      metadata: labelled.metadata,
    });
    expect(resized.metadata.generation).toBe(2);
    const withStatus = store.update(
      topics,
      {
        ...resized,
        status: { conditions: [{ type: 'Ready', status: 'True' }] },
      },
      { subresource: 'status' },
    );
    expect(withStatus.metadata.generation).toBe(2);
    expect(withStatus.status).toEqual({
      conditions: [{ type: 'Ready', status: 'True' }],
    });
    expect(Number(withStatus.metadata.resourceVersion)).toBeGreaterThan(
      Number(resized.metadata.resourceVersion),
    );
  });

  it('ignores status on the main resource and everything but status on /status', () => {
    store.create(topics, topic('a'));
    const main = store.update(
      topics,
      topic('a', 3, { status: { ready: true } }),
    );
    expect(main.status).toBeUndefined();
    const status = store.update(
      topics,
      topic('a', 99, { status: { ready: true } }),
      {
        subresource: 'status',
      },
    );
    expect(status.spec).toEqual({ partitions: 3 });
    expect(status.status).toEqual({ ready: true });
  });

  it('answers a stale resourceVersion with 409 Conflict', () => {
    const created = store.create(topics, topic('a'));
    store.update(topics, {
      ...topic('a', 4),
      metadata: { ...created.metadata },
    });
    const stale = errorOf(() =>
      store.update(topics, {
        ...topic('a', 5),
        metadata: { ...created.metadata },
      }),
    );
    expect(stale.status).toMatchObject({
      code: 409,
      reason: 'Conflict',
      message:
        'Operation cannot be fulfilled on kafkatopics.kafka.strimzi.io "a": the object has been modified; please apply your changes to the latest version and try again',
    });
  });

  it('does not bump the resourceVersion for a no-op update', () => {
    store.create(topics, topic('a'));
    const before = store.resourceVersion;
    store.update(topics, topic('a'));
    expect(store.resourceVersion).toBe(before);
    expect(events).toHaveLength(1);
  });

  it('deletes with a DELETED event stamped with a new resourceVersion', () => {
    store.create(topics, topic('a'));
    const { object, removed } = store.delete(topics, 'kafka', 'a');
    expect(removed).toBe(true);
    expect(object.metadata.resourceVersion).toBe('2');
    expect(events[1]).toMatchObject({ type: 'DELETED', resourceVersion: 2 });
    expect(store.get(topics, 'kafka', 'a')).toBeUndefined();
  });

  it('keeps an object with finalizers until they are removed', () => {
    store.create(topics, topic('a', 3, {}));
    const withFinalizer = store.update(topics, {
      ...topic('a'),
      metadata: {
        name: 'a',
        namespace: 'kafka',
        finalizers: ['strimzi.io/topic-operator'],
      },
    });
    const first = store.delete(topics, 'kafka', 'a');
    expect(first.removed).toBe(false);
    expect(first.object.metadata.deletionTimestamp).toBe(
      '2026-11-01T10:00:00Z',
    );
    store.update(topics, {
      ...topic('a'),
      metadata: {
        ...withFinalizer.metadata,
        resourceVersion: undefined,
        finalizers: [],
      },
    });
    expect(store.get(topics, 'kafka', 'a')).toBeUndefined();
    expect(events.map(e => e.type)).toEqual([
      'ADDED',
      'MODIFIED',
      'MODIFIED',
      'DELETED',
    ]);
  });

  it('deletes what a namespace holds with the namespace', () => {
    store.create(namespaces, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'kafka' },
    });
    store.create(topics, topic('a'));
    store.delete(namespaces, undefined, 'kafka');
    expect(store.list(topics)).toEqual([]);
  });

  it('lists in key order and reconstructs earlier snapshots from the history', () => {
    store.create(topics, topic('b'));
    store.create(topics, topic('a'));
    const rv = store.resourceVersion;
    store.update(topics, topic('a', 9));
    store.delete(topics, 'kafka', 'b');
    store.create(topics, topic('c'));
    expect(store.list(topics).map(o => o.metadata.name)).toEqual(['a', 'c']);
    const then = store.listAt(topics, rv);
    expect(
      then.map(o => `${o.metadata.name}:${(o.spec as any).partitions}`),
    ).toEqual(['a:3', 'b:3']);
  });

  it('keeps a bounded history and reports older resourceVersions as expired', () => {
    for (let i = 0; i < 8; i++) store.create(topics, topic(`t${i}`));
    expect(store.oldestResourceVersion).toBe(3);
    expect(store.eventsAfter(3)?.map(e => e.resourceVersion)).toEqual([
      4, 5, 6, 7, 8,
    ]);
    expect(store.eventsAfter(2)).toBeUndefined();
    expect(errorOf(() => store.listAt(topics, 2)).status).toMatchObject({
      code: 410,
      reason: 'Expired',
    });
  });

  it('gives namespaces their defaults', () => {
    const ns = store.create(namespaces, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'kafka' },
    });
    expect(ns).toMatchObject({
      metadata: { labels: { 'kubernetes.io/metadata.name': 'kafka' } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  });

  it('computes a dry run without storing it', () => {
    const dry = store.create(topics, topic('a'), { dryRun: true });
    expect(dry.metadata.uid).toBe('uid-1');
    expect(store.get(topics, 'kafka', 'a')).toBeUndefined();
    expect(store.resourceVersion).toBe(0);
  });
});
