import { clone, deepEqual } from '../api/json';
import { invalid } from '../api/status';
import type { KubeObject } from '../api/types';
import { apiVersionOf, type ResourceType } from '../resources';

/**
 * What the API server's registry strategies do to an object before it is
 * stored: defaults and identity on create, immutable fields, status rules and
 * generation on update. Pure functions of their inputs.
 */

const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

function randomSuffix(): string {
  let suffix = '';
  for (let i = 0; i < 5; i++) {
    suffix +=
      NAME_SUFFIX_ALPHABET[
        Math.floor(Math.random() * NAME_SUFFIX_ALPHABET.length)
      ];
  }
  return suffix;
}

/** RFC 3339 in seconds, as metadata timestamps are. */
export function timestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Everything but metadata and status: what bumps metadata.generation. */
function specOf(obj: KubeObject): Record<string, unknown> {
  const { metadata: _m, status: _s, ...rest } = obj;
  return rest;
}

/** Kinds whose status.phase the API server defaults to Pending. */
const PENDING_KINDS = new Set([
  'Pod',
  'PersistentVolumeClaim',
  'PersistentVolume',
]);

/**
 * Kinds whose creator writes the status too: a kubelet registers its Node
 * with capacity, addresses and conditions in one create.
 */
const STATUS_ON_CREATE_KINDS = new Set(['Node']);

/** What the namespace registry and lifecycle controller add to a new namespace. */
function defaultNamespace(obj: KubeObject): void {
  obj.metadata.labels = {
    ...obj.metadata.labels,
    'kubernetes.io/metadata.name': obj.metadata.name,
  };
  obj.spec = { finalizers: ['kubernetes'], ...(obj.spec as object) };
  obj.status = { phase: 'Active', ...(obj.status as object) };
}

export function prepareForCreate(
  type: ResourceType,
  input: KubeObject,
  options: { keepIdentity?: boolean; now: Date; newUid: () => string },
): KubeObject {
  const obj = clone(input);
  obj.apiVersion = apiVersionOf(type);
  obj.kind = type.kind;
  const meta = (obj.metadata ??= {} as KubeObject['metadata']);
  if (!meta.name && meta.generateName) {
    meta.name = meta.generateName + randomSuffix();
  }
  if (!meta.name) {
    throw invalid(type, '', [
      {
        field: 'metadata.name',
        message: 'Required value: name or generateName is required',
        reason: 'FieldValueRequired',
      },
    ]);
  }
  if (type.namespaced && !meta.namespace) {
    throw invalid(type, meta.name, [
      {
        field: 'metadata.namespace',
        message: 'Required value',
        reason: 'FieldValueRequired',
      },
    ]);
  }
  if (!type.namespaced) delete meta.namespace;
  if (!options.keepIdentity || !meta.uid) meta.uid = options.newUid();
  if (!options.keepIdentity || !meta.creationTimestamp) {
    meta.creationTimestamp = timestamp(options.now);
  }
  const keepGeneration =
    options.keepIdentity &&
    Number.isInteger(meta.generation) &&
    meta.generation! > 0;
  if (!keepGeneration) meta.generation = 1;
  delete meta.deletionTimestamp;
  delete meta.deletionGracePeriodSeconds;
  // A client cannot create an object with a status; seeds can.
  if (
    type.hasStatus &&
    !options.keepIdentity &&
    !STATUS_ON_CREATE_KINDS.has(type.kind)
  ) {
    delete obj.status;
  }
  if (type.kind === 'Namespace') defaultNamespace(obj);
  else if (PENDING_KINDS.has(type.kind)) {
    const status = (obj.status ?? {}) as Record<string, unknown>;
    obj.status = { ...status, phase: status.phase ?? 'Pending' };
  }
  delete meta.resourceVersion;
  return obj;
}

export function prepareForUpdate(
  type: ResourceType,
  current: KubeObject,
  input: KubeObject,
  options: { subresource?: 'status'; replaceStatus?: boolean },
): KubeObject {
  if (options.subresource === 'status') {
    const next = clone(current);
    if (input.status === undefined) delete next.status;
    else next.status = clone(input.status);
    return next;
  }
  const next = clone(input);
  next.apiVersion = apiVersionOf(type);
  next.kind = type.kind;
  const keep = current.metadata;
  // Identity and bookkeeping are the server's, whatever the client sent.
  next.metadata = {
    ...next.metadata,
    name: keep.name,
    uid: keep.uid,
    creationTimestamp: keep.creationTimestamp,
    generation: keep.generation,
    resourceVersion: keep.resourceVersion,
  };
  if (type.namespaced) next.metadata.namespace = keep.namespace;
  else delete next.metadata.namespace;
  for (const field of [
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
  ] as const) {
    if (keep[field] === undefined) delete next.metadata[field];
    else (next.metadata as Record<string, unknown>)[field] = keep[field];
  }
  if (type.hasStatus && !options.replaceStatus) {
    if (current.status === undefined) delete next.status;
    else next.status = clone(current.status);
  }
  if (!deepEqual(specOf(next), specOf(current))) {
    next.metadata.generation = (keep.generation ?? 0) + 1;
  }
  return next;
}
