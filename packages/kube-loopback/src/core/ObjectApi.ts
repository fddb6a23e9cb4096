import { clone } from '../api/json';
import { mergePatch } from '../patch/patches';
import type { KubeObject, ObjectRef } from '../api/types';
import type { ResourceRegistry, ResourceType } from '../resources';
import { compileSelectors } from '../selectors';
import type { ObjectStore } from '../store/ObjectStore';

/** Which objects `list` returns; every field narrows. */
export interface ObjectFilter {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  labelSelector?: string;
}

/**
 * The programmatic side of the server, for tests and seeds: writes skip
 * authentication, admission and the status rules of the HTTP API, but commit
 * through the same store, so watches see them like any other change.
 */
export class ObjectApi {
  constructor(
    private readonly store: ObjectStore,
    private readonly registry: ResourceRegistry,
  ) {}

  typeOf(apiVersion: string, kind: string): ResourceType {
    const type = this.registry.byKind(apiVersion, kind);
    if (!type) {
      const served = this.registry.types
        .map(t => `${t.kind} (${t.group ? `${t.group}/` : ''}${t.version})`)
        .join(', ');
      throw new Error(
        `kube-loopback does not serve kind ${kind} at apiVersion ${apiVersion}; it serves ${served}`,
      );
    }
    return type;
  }

  /** Creates the object or replaces it whole, status included; returns what is stored. */
  apply(input: object): KubeObject {
    const obj = input as KubeObject;
    if (!obj?.apiVersion || !obj.kind || !obj.metadata?.name) {
      throw new Error(
        'apply needs an object with apiVersion, kind and metadata.name',
      );
    }
    const type = this.typeOf(obj.apiVersion, obj.kind);
    if (type.namespaced && !obj.metadata.namespace) {
      throw new Error(
        `${obj.kind} ${obj.metadata.name} needs metadata.namespace (the kind is namespaced)`,
      );
    }
    const existing = this.store.get(
      type,
      obj.metadata.namespace,
      obj.metadata.name,
    );
    if (!existing) {
      return clone(this.store.create(type, obj, { keepIdentity: true }));
    }
    const next = clone(obj);
    delete next.metadata.resourceVersion;
    return clone(this.store.update(type, next, { replaceStatus: true }));
  }

  /** Removes the object now (finalizers are not waited for); false if it did not exist. */
  delete(ref: ObjectRef): boolean {
    const type = this.typeOf(ref.apiVersion, ref.kind);
    if (!this.store.get(type, ref.namespace, ref.name)) return false;
    this.store.delete(type, ref.namespace, ref.name, { force: true });
    return true;
  }

  /** Merge-patches (RFC 7386) the status, as the operator's status updates do; generation stays. */
  patchStatus(ref: ObjectRef, status: object): KubeObject {
    const type = this.typeOf(ref.apiVersion, ref.kind);
    const current = this.store.get(type, ref.namespace, ref.name);
    if (!current) {
      throw new Error(
        `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${
          ref.name
        } does not exist`,
      );
    }
    const next = clone(current);
    next.status = mergePatch(current.status, status);
    return clone(this.store.update(type, next, { subresource: 'status' }));
  }

  get(ref: ObjectRef): KubeObject | undefined {
    const type = this.typeOf(ref.apiVersion, ref.kind);
    return clone(this.store.get(type, ref.namespace, ref.name));
  }

  list(filter: ObjectFilter = {}): KubeObject[] {
    const types = this.registry.types.filter(
      t =>
        (!filter.kind || t.kind === filter.kind) &&
        (!filter.namespace || t.namespaced) &&
        (!filter.apiVersion ||
          this.registry.byKind(filter.apiVersion, t.kind) === t),
    );
    return types.flatMap(type => {
      const matches = compileSelectors(type, filter.labelSelector, undefined);
      return this.store
        .list(type, filter.namespace)
        .filter(o => !matches || matches(o))
        .map(o => clone(o));
    });
  }
}
