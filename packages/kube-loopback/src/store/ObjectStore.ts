import { randomUUID } from 'node:crypto';
import { clone, deepEqual } from '../api/json';
import {
  alreadyExists,
  conflict,
  expired,
  invalid,
  notFound,
} from '../api/status';
import type { KubeObject } from '../api/types';
import type { ResourceType } from '../resources';
import { EventHistory, type StoreEvent } from './EventHistory';
import { prepareForCreate, prepareForUpdate, timestamp } from './strategy';

export type { StoreEvent, StoreEventType } from './EventHistory';

export interface ObjectStoreOptions {
  /** How many events the store keeps for watches and continue tokens (default 1000). */
  historySize?: number;
  now?: () => Date;
  newUid?: () => string;
}

export interface WriteOptions {
  /** Validate and compute the result without storing it (`?dryRun=All`). */
  dryRun?: boolean;
}

export interface CreateOptions extends WriteOptions {
  /** Keep the uid, creationTimestamp, generation and status an object carries (seeds); the HTTP API never does. */
  keepIdentity?: boolean;
}

export interface UpdateOptions extends WriteOptions {
  /** `status`: only the status of the new object is taken. */
  subresource?: 'status';
  /** Take the status from the new object too (programmatic replace, seeds). */
  replaceStatus?: boolean;
  /** Custom resources refuse an update without metadata.resourceVersion. */
  requireResourceVersion?: boolean;
}

export interface DeleteOptions extends WriteOptions {
  /** Remove now even if finalizers are set. */
  force?: boolean;
  preconditions?: { uid?: string; resourceVersion?: string };
}

interface Collection {
  type: ResourceType;
  objects: Map<string, KubeObject>;
  sortedKeys?: string[];
}

function typeId(type: ResourceType): string {
  return `${type.group}/${type.resource}`;
}

export function sameType(a: ResourceType, b: ResourceType): boolean {
  return a === b || typeId(a) === typeId(b);
}

/** etcd's key order: namespace, then name. */
export function keyOf(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

/**
 * The objects a server holds, with one global resourceVersion counter and a
 * bounded history of events. Pure: no I/O; listeners are called
 * synchronously on every commit, so a watch that reads the history and
 * subscribes in the same tick misses nothing.
 */
export class ObjectStore {
  private counter = 0;
  private readonly history: EventHistory;
  private readonly collections = new Map<string, Collection>();
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private readonly now: () => Date;
  private readonly newUid: () => string;

  constructor(options: ObjectStoreOptions = {}) {
    this.history = new EventHistory(Math.max(1, options.historySize ?? 1000));
    this.now = options.now ?? (() => new Date());
    this.newUid = options.newUid ?? randomUUID;
  }

  get resourceVersion(): number {
    return this.counter;
  }

  /** The oldest resourceVersion a watch or continue token can still start from. */
  get oldestResourceVersion(): number {
    return this.history.oldestResourceVersion;
  }

  get(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): KubeObject | undefined {
    return this.collection(type).objects.get(
      keyOf(type.namespaced ? namespace : undefined, name),
    );
  }

  /** Current objects of a type in key order, optionally of one namespace. The caller must not mutate them. */
  list(type: ResourceType, namespace?: string): KubeObject[] {
    const collection = this.collection(type);
    if (!collection.sortedKeys) {
      collection.sortedKeys = [...collection.objects.keys()].sort();
    }
    const all = collection.sortedKeys.map(k => collection.objects.get(k)!);
    return namespace && type.namespaced
      ? all.filter(o => o.metadata.namespace === namespace)
      : all;
  }

  /** The objects of a type as they were at resourceVersion `rv` (410 Expired if compacted). */
  listAt(type: ResourceType, rv: number, namespace?: string): KubeObject[] {
    const later = this.history.after(rv);
    if (!later) {
      throw expired(
        `too old resource version: ${rv} (${this.oldestResourceVersion})`,
      );
    }
    const state = new Map(this.collection(type).objects);
    // Undo the later changes, newest first.
    for (const event of [...later].reverse()) {
      if (!sameType(event.resourceType, type)) continue;
      const key = keyOf(
        event.object.metadata.namespace,
        event.object.metadata.name,
      );
      if (event.type === 'ADDED') state.delete(key);
      else state.set(key, event.previous!);
    }
    return [...state.keys()]
      .sort()
      .map(k => state.get(k)!)
      .filter(o => !namespace || o.metadata.namespace === namespace);
  }

  /** Events after `rv`, oldest first, or undefined when `rv` is older than the history. */
  eventsAfter(rv: number): StoreEvent[] | undefined {
    return this.history.after(rv);
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  create(
    type: ResourceType,
    input: KubeObject,
    options: CreateOptions = {},
  ): KubeObject {
    const obj = prepareForCreate(type, input, {
      keepIdentity: options.keepIdentity,
      now: this.now(),
      newUid: this.newUid,
    });
    if (this.get(type, obj.metadata.namespace, obj.metadata.name)) {
      throw alreadyExists(type, obj.metadata.name);
    }
    if (options.dryRun) return obj;
    return this.commit(type, 'ADDED', obj);
  }

  update(
    type: ResourceType,
    input: KubeObject,
    options: UpdateOptions = {},
  ): KubeObject {
    const name = input.metadata?.name;
    const current = this.get(type, input.metadata?.namespace, name);
    if (!current) throw notFound(type, name);
    const wanted = input.metadata.resourceVersion;
    if (options.requireResourceVersion && !wanted) {
      throw invalid(type, name, [
        {
          field: 'metadata.resourceVersion',
          message: 'Invalid value: 0x0: must be specified for an update',
        },
      ]);
    }
    if (wanted && wanted !== current.metadata.resourceVersion) {
      throw conflict(type, name);
    }
    const next = prepareForUpdate(type, current, input, options);
    // A no-op update changes nothing, not even the resourceVersion.
    if (deepEqual(next, current)) return current;
    if (options.dryRun) return next;
    if (next.metadata.deletionTimestamp && !next.metadata.finalizers?.length) {
      return this.remove(type, current, next);
    }
    return this.commit(type, 'MODIFIED', next, current);
  }

  /**
   * Deletes an object. With finalizers (and no `force`) it only gets a
   * deletionTimestamp, as on a real server, and goes once they are removed.
   */
  delete(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    options: DeleteOptions = {},
  ): { object: KubeObject; removed: boolean } {
    const current = this.get(type, namespace, name);
    if (!current) throw notFound(type, name);
    const pre = options.preconditions;
    if (pre?.uid && pre.uid !== current.metadata.uid) {
      throw conflict(
        type,
        name,
        `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid}`,
      );
    }
    if (
      pre?.resourceVersion &&
      pre.resourceVersion !== current.metadata.resourceVersion
    ) {
      throw conflict(
        type,
        name,
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`,
      );
    }
    if (current.metadata.finalizers?.length && !options.force) {
      if (current.metadata.deletionTimestamp) {
        return { object: current, removed: false };
      }
      const next = clone(current);
      next.metadata.deletionTimestamp = timestamp(this.now());
      next.metadata.deletionGracePeriodSeconds = 0;
      if (options.dryRun) return { object: next, removed: false };
      return {
        object: this.commit(type, 'MODIFIED', next, current),
        removed: false,
      };
    }
    if (options.dryRun) return { object: current, removed: true };
    if (type.kind === 'Namespace') this.deleteNamespaceContents(name);
    return { object: this.remove(type, current, current), removed: true };
  }

  private deleteNamespaceContents(namespace: string): void {
    for (const collection of this.collections.values()) {
      if (!collection.type.namespaced) continue;
      for (const obj of this.list(collection.type, namespace)) {
        this.remove(collection.type, obj, obj);
      }
    }
  }

  private remove(
    type: ResourceType,
    current: KubeObject,
    last: KubeObject,
  ): KubeObject {
    const collection = this.collection(type);
    collection.objects.delete(
      keyOf(current.metadata.namespace, current.metadata.name),
    );
    collection.sortedKeys = undefined;
    const rv = ++this.counter;
    const object = clone(last);
    object.metadata.resourceVersion = String(rv);
    this.record({
      type: 'DELETED',
      resourceVersion: rv,
      resourceType: type,
      object,
      previous: current,
    });
    return object;
  }

  private commit(
    type: ResourceType,
    eventType: 'ADDED' | 'MODIFIED',
    obj: KubeObject,
    previous?: KubeObject,
  ): KubeObject {
    const rv = ++this.counter;
    obj.metadata.resourceVersion = String(rv);
    const collection = this.collection(type);
    const key = keyOf(obj.metadata.namespace, obj.metadata.name);
    if (!collection.objects.has(key)) collection.sortedKeys = undefined;
    collection.objects.set(key, obj);
    this.record({
      type: eventType,
      resourceVersion: rv,
      resourceType: type,
      object: obj,
      previous,
    });
    return obj;
  }

  private record(event: StoreEvent): void {
    this.history.record(event);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken watch must not stop the others.
      }
    }
  }

  private collection(type: ResourceType): Collection {
    const id = typeId(type);
    let collection = this.collections.get(id);
    if (!collection) {
      collection = { type, objects: new Map() };
      this.collections.set(id, collection);
    }
    return collection;
  }
}
