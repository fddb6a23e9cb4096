import type { IncomingMessage, ServerResponse } from 'node:http';
import { clone } from '../api/json';
import { badRequest, expired } from '../api/status';
import type { KubeObject } from '../api/types';
import { apiVersionOf, type ResourceType } from '../resources';
import { compileSelectors } from '../selectors';
import {
  sameType,
  type ObjectStore,
  type StoreEvent,
} from '../store/ObjectStore';
import { parseBool } from './requestInfo';

export type WatchEventType =
  | 'ADDED'
  | 'MODIFIED'
  | 'DELETED'
  | 'BOOKMARK'
  | 'ERROR';

export interface WatchEvent {
  type: WatchEventType;
  object: object;
}

/**
 * What one watcher sees of a store event, as the API server's cacher decides
 * it: an object that stops matching the watcher's selector arrives as DELETED
 * (its previous content, stamped with the new resourceVersion), one that starts
 * matching as ADDED.
 */
export function watchEventFor(
  event: StoreEvent,
  matches: (obj: KubeObject) => boolean,
): WatchEvent | undefined {
  const now = matches(event.object);
  const before = event.previous ? matches(event.previous) : false;
  switch (event.type) {
    case 'ADDED':
      return now ? { type: 'ADDED', object: event.object } : undefined;
    case 'DELETED':
      return before ? { type: 'DELETED', object: event.object } : undefined;
    default:
      if (now && before) return { type: 'MODIFIED', object: event.object };
      if (now) return { type: 'ADDED', object: event.object };
      if (before) {
        const gone = clone(event.previous!);
        gone.metadata.resourceVersion = String(event.resourceVersion);
        return { type: 'DELETED', object: gone };
      }
      return undefined;
  }
}

function bookmark(
  type: ResourceType,
  rv: number,
  annotations?: Record<string, string>,
) {
  return {
    type: 'BOOKMARK' as const,
    object: {
      kind: type.kind,
      apiVersion: apiVersionOf(type),
      metadata: {
        resourceVersion: String(rv),
        ...(annotations ? { annotations } : {}),
      },
    },
  };
}

export interface WatchTarget {
  type: ResourceType;
  namespace?: string;
  /** A watch on one object (`.../pods/<name>?watch=true`). */
  name?: string;
}

interface OpenWatch {
  res: ServerResponse;
  finish(mode: 'end' | 'reset'): void;
}

/** The open watch streams of one server. */
export class WatchHub {
  private readonly watches = new Set<OpenWatch>();

  constructor(
    private readonly store: ObjectStore,
    private readonly bookmarkIntervalMs: number,
  ) {}

  get size(): number {
    return this.watches.size;
  }

  /**
   * Ends every open watch now without a final event: `end` closes the stream
   * cleanly (a proxy timing out), `reset` destroys the connection.
   */
  dropAll(mode: 'end' | 'reset' = 'end'): number {
    const count = this.watches.size;
    for (const watch of [...this.watches]) watch.finish(mode);
    return count;
  }

  /** Validates the query, then streams events until the client goes or the timeout passes. */
  open(
    req: IncomingMessage,
    res: ServerResponse,
    target: WatchTarget,
    query: URLSearchParams,
    sendHeaders: (res: ServerResponse) => void,
    /** Rewrites each event on its way out (Tables for kubectl). */
    present: (event: WatchEvent) => WatchEvent = event => event,
  ): void {
    const { type, namespace } = target;
    const fieldSelector = [
      query.get('fieldSelector'),
      target.name ? `metadata.name=${target.name}` : undefined,
    ]
      .filter(Boolean)
      .join(',');
    const selector = compileSelectors(
      type,
      query.get('labelSelector') ?? undefined,
      fieldSelector || undefined,
    );
    const matches = (obj: KubeObject) =>
      (!namespace ||
        !type.namespaced ||
        obj.metadata.namespace === namespace) &&
      (!selector || selector(obj));
    const rvParam = query.get('resourceVersion') ?? '';
    if (rvParam && !/^\d+$/.test(rvParam)) {
      throw badRequest(
        `resourceVersion: Invalid value: "${rvParam}": must be a valid resourceVersion`,
      );
    }
    const bookmarks = parseBool(query.get('allowWatchBookmarks'));
    const sendInitialParam = query.get('sendInitialEvents');
    const watchList = parseBool(sendInitialParam);
    if (sendInitialParam !== null) {
      if (query.get('resourceVersionMatch') !== 'NotOlderThan') {
        throw badRequest(
          'resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan',
        );
      }
      if (watchList && !bookmarks) {
        throw badRequest(
          'allowWatchBookmarks: Forbidden: sendInitialEvents requires setting allowWatchBookmarks to true',
        );
      }
    }
    const timeoutParam = Number(query.get('timeoutSeconds'));
    // Without timeoutSeconds a real server ends a watch after 30 to 60 minutes.
    const timeoutMs =
      timeoutParam > 0
        ? timeoutParam * 1000
        : (1800 + Math.random() * 1800) * 1000;

    sendHeaders(res);
    res.flushHeaders();
    const write = (event: WatchEvent) => {
      if (!res.writableEnded && !res.destroyed)
        res.write(`${JSON.stringify(present(event))}\n`);
    };

    let initial: WatchEvent[] = [];
    let expiredError: WatchEvent | undefined;
    const synthetic = () =>
      this.store
        .list(type, type.namespaced ? namespace : undefined)
        .filter(matches)
        .map(object => ({ type: 'ADDED' as const, object }));
    if (watchList) {
      initial = [
        ...synthetic(),
        bookmark(type, this.store.resourceVersion, {
          'k8s.io/initial-events-end': 'true',
        }),
      ];
    } else if (
      (rvParam === '' || rvParam === '0') &&
      sendInitialParam === null
    ) {
      initial = synthetic();
    } else if (rvParam !== '' && rvParam !== '0') {
      const rv = Number(rvParam);
      const events = this.store.eventsAfter(rv);
      if (!events) {
        expiredError = {
          type: 'ERROR',
          object: expired(
            `too old resource version: ${rv} (${this.store.oldestResourceVersion})`,
          ).status,
        };
      } else {
        initial = events
          .filter(e => sameType(e.resourceType, type))
          .map(e => watchEventFor(e, matches))
          .filter((e): e is WatchEvent => e !== undefined);
      }
    }
    if (expiredError) {
      write(expiredError);
      res.end();
      return;
    }
    initial.forEach(write);

    const unsubscribe = this.store.subscribe(event => {
      if (!sameType(event.resourceType, type)) return;
      const out = watchEventFor(event, matches);
      if (out) write(out);
    });
    const timers: NodeJS.Timeout[] = [];
    const watch: OpenWatch = {
      res,
      finish: mode => {
        unsubscribe();
        timers.forEach(t => clearTimeout(t));
        this.watches.delete(watch);
        if (mode === 'reset') res.socket?.destroy();
        else if (!res.writableEnded) res.end();
      },
    };
    const cleanup = () => {
      unsubscribe();
      timers.forEach(t => clearTimeout(t));
      this.watches.delete(watch);
    };
    timers.push(setTimeout(() => watch.finish('end'), timeoutMs));
    if (bookmarks && this.bookmarkIntervalMs > 0) {
      timers.push(
        setInterval(
          () => write(bookmark(type, this.store.resourceVersion)),
          this.bookmarkIntervalMs,
        ),
      );
    }
    this.watches.add(watch);
    req.on('close', cleanup);
    res.on('close', cleanup);
  }
}
