import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import {
  ApiError,
  failure,
  internalError,
  notFound,
  pathNotFound,
} from '../api/status';
import type { KubeObject } from '../api/types';
import type { ResourceRegistry, ResourceType } from '../resources';
import type { ObjectStore } from '../store/ObjectStore';
import { authenticate, authorize, type AccessOptions } from './access';
import {
  AGGREGATED_V2,
  AGGREGATED_V2BETA1,
  aggregatedDiscovery,
  apiGroupDocument,
  apiGroupList,
  apiResourceList,
  apiVersions,
  negotiateDiscovery,
  SERVER_VERSION,
} from './discovery';
import { error500Applies, type Faults } from './faults';
import { listObjects } from './listing';
import { OPENAPI_V2_PROTOBUF, openApiFor, openApiV2 } from './openapi';
import type { RequestCounter } from './requestCounts';
import { parseRequest, type RequestInfo } from './requestInfo';
import { negotiateTable, parseIncludeObject, toTable } from './table';
import type { WatchEvent, WatchHub } from './watchStream';
import {
  createObject,
  deleteCollection,
  deleteObject,
  patchObject,
  updateObject,
  type WriteTarget,
} from './writes';

export interface ApiServerDeps {
  store: ObjectStore;
  registry: ResourceRegistry;
  access: AccessOptions;
  watches: WatchHub;
  counter: RequestCounter;
  faults: () => Faults;
  aggregatedDiscovery: boolean;
  /** `host:port` for /api's serverAddressByClientCIDRs. */
  serverAddress: () => string;
  /** The control endpoint (`/_loopback/...`). */
  control: (
    req: IncomingMessage,
    res: ServerResponse,
    parts: string[],
  ) => Promise<void>;
}

const MAX_BODY_BYTES = 3 * 1024 * 1024;

function commonHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Cache-Control': 'no-cache, private',
    'Audit-Id': randomUUID(),
  };
}

export function sendJson(
  res: ServerResponse,
  code: number,
  body: unknown,
  options: { pretty?: boolean; contentType?: string } = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = options.pretty
    ? JSON.stringify(body, null, 2)
    : JSON.stringify(body);
  res.writeHead(code, {
    ...commonHeaders(options.contentType ?? 'application/json'),
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw failure(
        413,
        'RequestEntityTooLarge',
        'Request entity too large: limit is 3145728',
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The HTTP adapter: authentication, faults, accounting, then discovery or the resource verbs. */
export function createApiHandler(deps: ApiServerDeps) {
  const { store, registry, counter } = deps;

  function discovery(
    req: IncomingMessage,
    res: ServerResponse,
    parts: string[],
    pretty: boolean,
  ) {
    const send = (body: object | undefined) =>
      body
        ? sendJson(res, 200, body, { pretty })
        : sendJson(res, 404, pathNotFound().status);
    const [first, second, third] = parts;
    if (first === 'version') return send(SERVER_VERSION);
    if (first === 'openapi' && second === 'v2' && parts.length === 2) {
      const proto = (req.headers.accept ?? '').includes('protobuf');
      const body = openApiV2(proto ? 'protobuf' : 'json');
      res.writeHead(200, {
        ...commonHeaders(proto ? OPENAPI_V2_PROTOBUF : 'application/json'),
        'Content-Length': body.length,
      });
      res.end(body);
      return undefined;
    }
    // OpenAPI v3 without schemas: enough for kubectl's field validation check.
    if (first === 'openapi') return send(openApiFor(registry, parts));
    const isRoot = parts.length === 1;
    if (isRoot) {
      const wanted = negotiateDiscovery(
        req.headers.accept,
        deps.aggregatedDiscovery,
      );
      if (!wanted) {
        return sendJson(
          res,
          406,
          failure(
            406,
            'NotAcceptable',
            'only the following media types are accepted: application/json, ' +
              `${AGGREGATED_V2}, ${AGGREGATED_V2BETA1}`,
          ).status,
        );
      }
      if (wanted !== 'legacy') {
        return sendJson(
          res,
          200,
          aggregatedDiscovery(
            registry,
            first === 'api' ? 'core' : 'groups',
            wanted,
          ),
          {
            pretty,
            contentType: wanted === 'v2' ? AGGREGATED_V2 : AGGREGATED_V2BETA1,
          },
        );
      }
      return send(
        first === 'api'
          ? apiVersions(deps.serverAddress())
          : apiGroupList(registry),
      );
    }
    if (first === 'api') return send(apiResourceList(registry, '', second));
    if (parts.length === 2) return send(apiGroupDocument(registry, second));
    return send(apiResourceList(registry, second, third));
  }

  async function resource(
    req: IncomingMessage,
    res: ServerResponse,
    info: Extract<RequestInfo, { kind: 'resource' }>,
    type: ResourceType,
    url: URL,
    pretty: boolean,
  ) {
    const { verb, namespace, name } = info;
    const subresource = info.subresource as 'status' | undefined;
    const query = url.searchParams;
    const tableVersion = negotiateTable(req.headers.accept);
    const table = tableVersion && {
      version: tableVersion,
      includeObject: parseIncludeObject(query.get('includeObject')),
    };
    if (verb === 'get') {
      const obj = store.get(type, namespace, name!);
      if (!obj) throw notFound(type, name!);
      return sendJson(res, 200, table ? toTable(type, [obj], table) : obj, {
        pretty,
      });
    }
    if (verb === 'list') {
      const limit = Number(query.get('limit') ?? 0);
      const list = listObjects(store, type, {
        namespace,
        labelSelector: query.get('labelSelector') ?? undefined,
        fieldSelector: query.get('fieldSelector') ?? undefined,
        limit: Number.isFinite(limit) ? limit : 0,
        continue: query.get('continue') ?? undefined,
        resourceVersion: query.get('resourceVersion') ?? undefined,
        resourceVersionMatch: query.get('resourceVersionMatch') ?? undefined,
      });
      const body = table
        ? toTable(type, list.items as KubeObject[], {
            ...table,
            listMetadata: list.metadata,
          })
        : list;
      return sendJson(res, 200, body, { pretty });
    }
    if (verb === 'watch') {
      let first = true;
      const present = (event: WatchEvent): WatchEvent => {
        if (!table || event.type === 'BOOKMARK' || event.type === 'ERROR') {
          return event;
        }
        const object = toTable(type, [event.object as KubeObject], {
          ...table,
          withColumns: first,
        });
        first = false;
        return { type: event.type, object };
      };
      return deps.watches.open(
        req,
        res,
        { type, namespace, name },
        query,
        r =>
          r.writeHead(200, {
            ...commonHeaders('application/json'),
            'Transfer-Encoding': 'chunked',
          }),
        present,
      );
    }
    const target: WriteTarget = {
      type,
      namespace,
      name,
      subresource,
      query,
      contentType: req.headers['content-type'] ?? 'application/json',
      body: await readBody(req),
    };
    const handlers = {
      create: () => createObject(store, registry, target),
      update: () => updateObject(store, target),
      patch: () => patchObject(store, registry, target),
      delete: () => deleteObject(store, target),
      deletecollection: () => deleteCollection(store, target),
    };
    const result = handlers[verb]();
    return sendJson(res, result.code, result.body, { pretty });
  }

  /** The resource type a request addresses, or a 404 like the real router's. */
  function resolveType(
    info: Extract<RequestInfo, { kind: 'resource' }>,
  ): ResourceType {
    const type = registry.byResource(info.group, info.version, info.resource);
    if (!type) throw pathNotFound();
    const badScope =
      (info.namespace !== undefined && !type.namespaced) ||
      (type.namespaced && info.name && info.namespace === undefined);
    const badSubresource =
      info.subresource && !(info.subresource === 'status' && type.hasStatus);
    if (badScope || badSubresource) throw pathNotFound();
    return type;
  }

  return async function handle(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://loopback');
    const info = parseRequest(req.method ?? 'GET', url);
    const pretty = url.searchParams.get('pretty') === 'true';
    try {
      if (info.kind === 'control') {
        await deps.control(req, res, info.parts);
        return;
      }
      const faults = deps.faults();
      if (faults.down) {
        req.socket.destroy();
        return;
      }
      const resourceKey =
        info.kind === 'resource'
          ? `${info.resource}${info.subresource ? `/${info.subresource}` : ''}`
          : undefined;
      if (info.kind === 'resource') counter.record(info.verb, resourceKey);
      else if (info.kind === 'discovery') counter.record('discovery');
      if (faults.slowMs > 0) await delay(faults.slowMs);
      if (deps.faults().down) {
        req.socket.destroy();
        return;
      }
      const auth = authenticate(req, url.pathname, deps.access);
      if (auth instanceof ApiError) throw auth;
      if (info.kind === 'health') {
        res.writeHead(200, commonHeaders('text/plain; charset=utf-8'));
        res.end('ok');
        return;
      }
      if (info.kind === 'unknown') throw pathNotFound();
      if (
        error500Applies(
          deps.faults(),
          info.kind === 'resource' ? info.resource : undefined,
        )
      ) {
        throw internalError('injected fault (kube-loopback error500)');
      }
      if (info.kind === 'discovery') {
        discovery(req, res, info.parts, pretty);
        return;
      }
      const type = resolveType(info);
      const denied = authorize(deps.access.forbidden, auth.user, {
        verb: info.verb,
        type,
        subresource: info.subresource,
        namespace: info.namespace,
        name: info.name,
      });
      if (denied) throw denied;
      await resource(req, res, info, type, url, pretty);
    } catch (e) {
      const error =
        e instanceof ApiError
          ? e
          : internalError((e as Error)?.message ?? String(e));
      if (!res.headersSent) sendJson(res, error.code, error.status, { pretty });
      else res.end();
    }
  };
}
