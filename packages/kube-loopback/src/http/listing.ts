import { badRequest, expired, failure } from '../api/status';
import type { KubeObject } from '../api/types';
import { apiVersionOf, type ResourceType } from '../resources';
import { compileSelectors } from '../selectors';
import { keyOf, type ObjectStore } from '../store/ObjectStore';

export interface ListQuery {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
  resourceVersion?: string;
  resourceVersionMatch?: string;
}

interface ContinueToken {
  v: string;
  rv: number;
  start: string;
}

/** The token a real server hands out: base64url JSON of the snapshot revision and the next key. */
export function encodeContinue(rv: number, lastKey: string): string {
  const token: ContinueToken = {
    v: 'meta.k8s.io/v1',
    rv,
    start: `${lastKey}\u0000`,
  };
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

export function decodeContinue(value: string): ContinueToken {
  let token: ContinueToken;
  try {
    token = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch (e) {
    throw badRequest(
      `invalid continue token: continue key is not valid: ${
        (e as Error).message
      }`,
    );
  }
  if (token?.v !== 'meta.k8s.io/v1') {
    throw badRequest(
      'invalid continue token: continue key is not valid: server does not recognize this encoded version',
    );
  }
  if (!Number.isInteger(token.rv) || token.rv <= 0) {
    throw badRequest(
      'invalid continue token: continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
    );
  }
  if (typeof token.start !== 'string' || !token.start) {
    throw badRequest(
      'invalid continue token: continue key is not valid: encoded start key empty (version meta.k8s.io/v1)',
    );
  }
  return token;
}

function parseResourceVersion(value: string): number {
  if (!/^\d+$/.test(value)) {
    throw badRequest(
      `resourceVersion: Invalid value: "${value}": must be a valid resourceVersion`,
    );
  }
  return Number(value);
}

const INCONSISTENT_CONTINUE =
  'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.';

function tooLarge(rv: number, current: number) {
  return failure(
    504,
    'Timeout',
    `Too large resource version: ${rv}, current: ${current}`,
    {
      causes: [
        {
          reason: 'ResourceVersionTooLarge',
          message: 'Too large resource version',
        },
      ],
      retryAfterSeconds: 1,
    },
  );
}

/** Item as it appears in a list: built-in types drop apiVersion and kind, custom resources keep them. */
function listItem(type: ResourceType, obj: KubeObject): object {
  if (type.custom) return obj;
  const { apiVersion: _a, kind: _k, ...rest } = obj;
  return rest;
}

/**
 * A `<Kind>List` the way the API server pages it: a consistent snapshot per
 * continue token, `remainingItemCount` only without selectors, 410 Expired when
 * the snapshot has been compacted away.
 */
export interface ObjectList {
  kind: string;
  apiVersion: string;
  metadata: Record<string, unknown>;
  items: object[];
}

export function listObjects(
  store: ObjectStore,
  type: ResourceType,
  query: ListQuery,
): ObjectList {
  const matches = compileSelectors(
    type,
    query.labelSelector,
    query.fieldSelector,
  );
  const current = store.resourceVersion;
  const rvParam = query.resourceVersion ?? '';
  const match = query.resourceVersionMatch ?? '';
  if (match && !['Exact', 'NotOlderThan'].includes(match)) {
    throw badRequest(
      `resourceVersionMatch: Unsupported value: "${match}": supported values: "Exact", "NotOlderThan"`,
    );
  }
  if (match && !rvParam) {
    throw badRequest(
      'resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided',
    );
  }
  if (match === 'Exact' && rvParam === '0') {
    throw badRequest(
      'resourceVersionMatch: Forbidden: resourceVersionMatch "exact" is forbidden for resourceVersion "0"',
    );
  }

  let snapshotRv = current;
  let startKey = '';
  let objects: KubeObject[];
  if (query.continue) {
    if (rvParam && rvParam !== '0') {
      throw badRequest(
        'specifying resource version is not allowed when using continue',
      );
    }
    const token = decodeContinue(query.continue);
    if (token.rv < store.oldestResourceVersion) {
      const error = expired(INCONSISTENT_CONTINUE);
      error.status.metadata.continue = encodeContinue(
        current,
        token.start.endsWith('\u0000') ? token.start.slice(0, -1) : token.start,
      );
      throw error;
    }
    snapshotRv = token.rv;
    startKey = token.start;
    objects = store.listAt(type, snapshotRv, query.namespace);
  } else if (match === 'Exact') {
    snapshotRv = parseResourceVersion(rvParam);
    if (snapshotRv > current) throw tooLarge(snapshotRv, current);
    objects = store.listAt(type, snapshotRv, query.namespace);
  } else {
    if (rvParam) {
      const wanted = parseResourceVersion(rvParam);
      if (wanted > current) throw tooLarge(wanted, current);
    }
    objects = store.list(type, query.namespace);
  }

  const keyed = objects.filter(
    o =>
      (!startKey || keyOf(o.metadata.namespace, o.metadata.name) >= startKey) &&
      (!matches || matches(o)),
  );
  const limit = query.limit && query.limit > 0 ? query.limit : undefined;
  const page = limit ? keyed.slice(0, limit) : keyed;
  const metadata: ObjectList['metadata'] = {
    resourceVersion: String(snapshotRv),
  };
  if (limit && keyed.length > limit) {
    const last = page[page.length - 1];
    metadata.continue = encodeContinue(
      snapshotRv,
      keyOf(last.metadata.namespace, last.metadata.name),
    );
    // A server cannot know how many items match a selector without reading them all.
    if (!matches) metadata.remainingItemCount = keyed.length - limit;
  }
  return {
    kind: type.listKind,
    apiVersion: apiVersionOf(type),
    metadata,
    items: page.map(o => listItem(type, o)),
  };
}
