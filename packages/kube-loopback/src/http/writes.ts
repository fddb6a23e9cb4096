import { parse as parseYaml } from 'yaml';
import { clone } from '../api/json';
import {
  badRequest,
  failure,
  internalError,
  notFound,
  success,
} from '../api/status';
import { isRecord, type KubeObject } from '../api/types';
import {
  apiVersionOf,
  type ResourceRegistry,
  type ResourceType,
} from '../resources';
import { compileSelectors } from '../selectors';
import {
  jsonPatch,
  JsonPatchError,
  mergePatch,
  serverSideApply,
  strategicMergePatch,
} from '../patch/patches';
import type { ObjectStore } from '../store/ObjectStore';

export interface WriteTarget {
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: 'status';
  query: URLSearchParams;
  contentType: string;
  body: string;
}

export interface WriteResult {
  code: number;
  body: object;
}

const PATCH_TYPES = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  apply: 'application/apply-patch+yaml',
};

function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

/** The request body as JSON, or YAML when sent as YAML (the server accepts both). */
export function decodeBody(body: string, contentType: string): unknown {
  const type = mediaType(contentType);
  try {
    return type.includes('yaml') ? parseYaml(body) : JSON.parse(body);
  } catch (e) {
    throw badRequest(
      `the body of the request could not be decoded as ${type || 'JSON'}: ${
        (e as Error).message
      }`,
    );
  }
}

function decodeObject(target: WriteTarget): KubeObject {
  const obj = decodeBody(target.body, target.contentType);
  if (!isRecord(obj)) {
    throw badRequest('the body of the request must be a JSON or YAML object');
  }
  return obj as KubeObject;
}

function dryRun(query: URLSearchParams): boolean {
  const values = query.getAll('dryRun');
  if (values.some(v => v !== 'All')) {
    throw badRequest(
      `dryRun: Unsupported value: "${values.find(
        v => v !== 'All',
      )}": supported values: "All"`,
    );
  }
  return values.length > 0;
}

/** The checks the API server makes on an object body against the URL it was sent to. */
function checkIdentity(target: WriteTarget, obj: KubeObject): void {
  const { type } = target;
  const expected = apiVersionOf(type);
  // Over HTTP the body must be at the version of the URL, as on a real
  // server; only seeds and apply() map Strimzi v1beta2 to the served version.
  if (obj.apiVersion && obj.apiVersion !== expected) {
    throw badRequest(
      `the API version in the data (${obj.apiVersion}) does not match the expected API version (${expected})`,
    );
  }
  if (obj.kind && obj.kind !== type.kind) {
    throw badRequest(
      `${obj.kind} in version "${type.version}" cannot be handled as a ${type.kind}: the object provided is unrecognized`,
    );
  }
  obj.apiVersion = expected;
  obj.kind = type.kind;
  obj.metadata = isRecord(obj.metadata)
    ? obj.metadata
    : ({} as KubeObject['metadata']);
  if (type.namespaced) {
    if (!obj.metadata.namespace) obj.metadata.namespace = target.namespace;
    else if (obj.metadata.namespace !== target.namespace) {
      throw badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
  }
  if (target.name && obj.metadata.name && obj.metadata.name !== target.name) {
    throw badRequest(
      `the name of the object (${obj.metadata.name}) does not match the name on the URL (${target.name})`,
    );
  }
  if (target.name) obj.metadata.name = target.name;
}

/** The admission check that refuses objects in a namespace that does not exist. */
function requireNamespace(
  store: ObjectStore,
  registry: ResourceRegistry,
  target: WriteTarget,
): void {
  if (!target.type.namespaced || !target.namespace) return;
  const namespaces = registry.byResource('', 'v1', 'namespaces')!;
  if (!store.get(namespaces, undefined, target.namespace)) {
    throw notFound(namespaces, target.namespace);
  }
}

export function createObject(
  store: ObjectStore,
  registry: ResourceRegistry,
  target: WriteTarget,
): WriteResult {
  if (target.subresource || target.name) {
    throw failure(
      405,
      'MethodNotAllowed',
      'the server does not allow this method on the requested resource',
    );
  }
  const obj = decodeObject(target);
  checkIdentity(target, obj);
  if (obj.metadata.resourceVersion) {
    throw internalError(
      'resourceVersion should not be set on objects to be created',
    );
  }
  requireNamespace(store, registry, target);
  const created = store.create(target.type, obj, {
    dryRun: dryRun(target.query),
  });
  return { code: 201, body: created };
}

export function updateObject(
  store: ObjectStore,
  target: WriteTarget,
): WriteResult {
  const obj = decodeObject(target);
  checkIdentity(target, obj);
  const updated = store.update(target.type, obj, {
    subresource: target.subresource,
    requireResourceVersion: target.type.custom,
    dryRun: dryRun(target.query),
  });
  return { code: 200, body: updated };
}

function unsupportedPatch(type: ResourceType) {
  const accepted = [
    PATCH_TYPES.json,
    PATCH_TYPES.merge,
    ...(type.custom ? [] : [PATCH_TYPES.strategic]),
    PATCH_TYPES.apply,
  ];
  return failure(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: ${accepted.join(
      ', ',
    )}`,
    {},
  );
}

export function patchObject(
  store: ObjectStore,
  registry: ResourceRegistry,
  target: WriteTarget,
): WriteResult {
  const { type } = target;
  const kind = mediaType(target.contentType);
  const isDryRun = dryRun(target.query);
  const current = store.get(type, target.namespace, target.name!);

  if (kind === PATCH_TYPES.apply) {
    if (!target.query.get('fieldManager')) {
      throw badRequest(
        'fieldManager: Required value: is required for apply patch',
      );
    }
    const applied = decodeObject(target);
    if (!applied.apiVersion || !applied.kind) {
      throw badRequest(
        'apiVersion and kind must be set in an apply configuration',
      );
    }
    checkIdentity(target, applied);
    if (!current) {
      if (target.subresource) throw notFound(type, target.name!);
      requireNamespace(store, registry, target);
      return {
        code: 201,
        body: store.create(type, applied, { dryRun: isDryRun }),
      };
    }
    const merged = serverSideApply(current, applied) as KubeObject;
    return { code: 200, body: save(store, target, merged, isDryRun) };
  }

  if (!current) throw notFound(type, target.name!);
  let patched: unknown;
  const patch = decodeBody(target.body, 'application/json');
  if (kind === PATCH_TYPES.merge) {
    patched = mergePatch(current, patch);
  } else if (kind === PATCH_TYPES.strategic && !type.custom) {
    patched = strategicMergePatch(current, patch);
  } else if (kind === PATCH_TYPES.json) {
    try {
      patched = jsonPatch(current, patch);
    } catch (e) {
      if (e instanceof JsonPatchError) {
        throw failure(422, 'Invalid', e.message);
      }
      throw e;
    }
  } else {
    throw unsupportedPatch(type);
  }
  if (!isRecord(patched))
    throw badRequest('the patch did not produce an object');
  const obj = patched as KubeObject;
  checkIdentity(target, obj);
  return { code: 200, body: save(store, target, obj, isDryRun) };
}

function save(
  store: ObjectStore,
  target: WriteTarget,
  obj: KubeObject,
  isDryRun: boolean,
): KubeObject {
  return store.update(target.type, obj, {
    subresource: target.subresource,
    dryRun: isDryRun,
  });
}

/** DeleteOptions from the body and the query. */
function deleteOptions(target: WriteTarget) {
  let body: Record<string, unknown> = {};
  if (target.body.trim()) {
    const decoded = decodeBody(target.body, target.contentType);
    if (isRecord(decoded)) body = decoded;
  }
  const preconditions = isRecord(body.preconditions)
    ? (body.preconditions as { uid?: string; resourceVersion?: string })
    : undefined;
  const bodyDryRun = Array.isArray(body.dryRun) && body.dryRun.includes('All');
  return { preconditions, dryRun: bodyDryRun || dryRun(target.query) };
}

export function deleteObject(
  store: ObjectStore,
  target: WriteTarget,
): WriteResult {
  if (target.subresource) {
    throw failure(
      405,
      'MethodNotAllowed',
      'the server does not allow this method on the requested resource',
    );
  }
  const { type } = target;
  const { object, removed } = store.delete(
    type,
    target.namespace,
    target.name!,
    deleteOptions(target),
  );
  // Custom resources answer a completed delete with a Status, built-in types with the object.
  if (removed && type.custom) {
    return {
      code: 200,
      body: success(type, object.metadata.name, object.metadata.uid),
    };
  }
  return { code: 200, body: clone(object) };
}

export function deleteCollection(
  store: ObjectStore,
  target: WriteTarget,
): WriteResult {
  const { type } = target;
  if (!type.verbs.includes('deletecollection')) {
    throw failure(
      405,
      'MethodNotAllowed',
      `deletecollection is not supported on resources of kind "${type.resource}"`,
    );
  }
  const matches = compileSelectors(
    type,
    target.query.get('labelSelector') ?? undefined,
    target.query.get('fieldSelector') ?? undefined,
  );
  const options = deleteOptions(target);
  const items = store
    .list(type, target.namespace)
    .filter(o => !matches || matches(o))
    .map(
      o =>
        store.delete(type, o.metadata.namespace, o.metadata.name, options)
          .object,
    );
  return {
    code: 200,
    body: {
      kind: type.listKind,
      apiVersion: apiVersionOf(type),
      metadata: { resourceVersion: String(store.resourceVersion) },
      items,
    },
  };
}
