import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { isRecord, type ObjectRef } from '../api/types';
import type { ObjectApi } from '../core/ObjectApi';
import { bearerToken, isLoopback } from './access';
import { readBody, sendJson } from './apiServer';
import { parseFaultUpdate, type Faults, type FaultUpdate } from './faults';
import type { RequestCounter } from './requestCounts';

export interface ControlDeps {
  token?: string;
  objects: ObjectApi;
  counter: RequestCounter;
  faults: () => Faults;
  setFaults: (update: FaultUpdate, spare?: Socket) => void;
  clearFaults: () => void;
  dropWatches: (mode: 'end' | 'reset') => number;
}

function fail(res: ServerResponse, code: number, message: string) {
  sendJson(res, code, { error: message });
}

function asRef(value: unknown): ObjectRef {
  if (
    !isRecord(value) ||
    typeof value.apiVersion !== 'string' ||
    typeof value.kind !== 'string' ||
    typeof value.name !== 'string'
  ) {
    throw new Error('expected {apiVersion, kind, namespace?, name}');
  }
  return value as unknown as ObjectRef;
}

/**
 * The control endpoint `/_loopback/...`, for tests and demos driving the
 * server from another process. It answers without a token only to loopback
 * clients; others must present the API token.
 *
 * - `GET /_loopback/faults`, `PUT|POST|PATCH /_loopback/faults` (a JSON fault
 *   update), `DELETE /_loopback/faults`
 * - `POST /_loopback/drop-watches[?mode=end|reset]`
 * - `GET /_loopback/requests`, `DELETE /_loopback/requests`
 * - `POST /_loopback/apply` (an object, a list of objects, or YAML documents)
 * - `POST /_loopback/delete` (`{apiVersion, kind, namespace?, name}`)
 * - `POST /_loopback/patch-status` (`{apiVersion, kind, namespace?, name, status}`)
 */
export function createControlHandler(deps: ControlDeps) {
  return async function control(
    req: IncomingMessage,
    res: ServerResponse,
    parts: string[],
  ): Promise<void> {
    const token = bearerToken(req);
    const trusted =
      isLoopback(req.socket.remoteAddress) ||
      (deps.token !== undefined && token === deps.token);
    if (!trusted) {
      return fail(
        res,
        403,
        'the control endpoint answers only loopback clients or the API token',
      );
    }
    const method = req.method ?? 'GET';
    const route = `${method} ${parts.join('/')}`;
    try {
      const body = ['POST', 'PUT', 'PATCH'].includes(method)
        ? await readBody(req)
        : '';
      switch (route) {
        case 'GET faults':
          return sendJson(res, 200, deps.faults());
        case 'PUT faults':
        case 'POST faults':
        case 'PATCH faults':
          // The control connection survives `down`, so its answer arrives.
          deps.setFaults(
            parseFaultUpdate(JSON.parse(body || '{}')),
            req.socket,
          );
          return sendJson(res, 200, deps.faults());
        case 'DELETE faults':
          deps.clearFaults();
          return sendJson(res, 200, deps.faults());
        case 'POST drop-watches': {
          const mode = new URL(req.url ?? '/', 'http://x').searchParams.get(
            'mode',
          );
          const dropped = deps.dropWatches(mode === 'reset' ? 'reset' : 'end');
          return sendJson(res, 200, { dropped });
        }
        case 'GET requests':
          return sendJson(res, 200, deps.counter.snapshot());
        case 'DELETE requests':
          deps.counter.reset();
          return sendJson(res, 200, deps.counter.snapshot());
        case 'POST apply': {
          const docs = parseAllDocuments(body).map(d => d.toJS());
          // A JSON array, a `kind: List`, or one object per YAML document.
          const objects = docs.flatMap(d => {
            if (Array.isArray(d)) return d;
            if (
              isRecord(d) &&
              String(d.kind).endsWith('List') &&
              Array.isArray(d.items)
            ) {
              return d.items;
            }
            return d ? [d] : [];
          });
          return sendJson(res, 200, {
            items: objects.map(o => deps.objects.apply(o)),
          });
        }
        case 'POST delete':
          return sendJson(res, 200, {
            deleted: deps.objects.delete(asRef(JSON.parse(body))),
          });
        case 'POST patch-status': {
          const request = parseYaml(body);
          if (!isRecord(request) || !isRecord(request.status)) {
            throw new Error(
              'expected {apiVersion, kind, namespace?, name, status}',
            );
          }
          return sendJson(
            res,
            200,
            deps.objects.patchStatus(asRef(request), request.status),
          );
        }
        default:
          return fail(
            res,
            404,
            `unknown control route ${route} (see the kube-loopback README)`,
          );
      }
    } catch (e) {
      return fail(res, 400, (e as Error).message);
    }
  };
}
