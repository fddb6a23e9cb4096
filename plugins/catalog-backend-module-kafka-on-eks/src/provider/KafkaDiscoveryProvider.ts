import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import type { ClassifiedError } from '@kafka-on-eks/plugin-kafka-on-eks-node';
import type { KubernetesObject } from '@kubernetes/client-node';
import type { DiscoveryConfig } from '../config/readDiscoveryConfig';
import {
  discoveredEntities,
  type ClusterObjects,
} from '../entities/discoveredEntities';
import { DISCOVERY_LOCATION_PREFIX, type ClaimsCache } from './ClaimedKafkas';
import type { DiscoveredKind, StrimziEvents } from './StrimziWatcher';

/** Timers the grace period runs on; injected so tests need not wait a day. */
export interface GraceTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: GraceTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: handle => clearTimeout(handle as NodeJS.Timeout),
};

interface KindState {
  objects: Map<string, KubernetesObject>;
  /** Listed at least once: its objects are the whole truth. */
  listed: boolean;
}

const objectKey = (o: KubernetesObject) =>
  `${o.metadata?.namespace}/${o.metadata?.name}`;

/** The kinds a configuration needs. */
export function discoveredKinds(config: DiscoveryConfig): DiscoveredKind[] {
  return [
    'kafkas',
    ...(config.topics ? (['kafkatopics'] as const) : []),
    ...(config.clients ? (['kafkausers'] as const) : []),
  ];
}

/**
 * The entities of one Kubernetes cluster's Strimzi objects. A full mutation
 * once every kind has been listed, and again after each relist (so nothing
 * deleted while a watch was away stays); deltas from watch events in
 * between. Its events come from a {@link StrimziWatcher}.
 */
export class KafkaDiscoveryProvider implements EntityProvider, StrimziEvents {
  private connection?: EntityProviderConnection;
  private readonly kinds: Map<DiscoveredKind, KindState>;
  private readonly failing = new Set<DiscoveredKind>();
  private graceTimer?: unknown;
  /** What the catalog holds from us, by entity ref, as JSON. */
  private emitted = new Map<string, string>();
  private fullPending = true;
  private flushQueued = false;
  /** The next flush re-reads the claims (after a relist, on the timer). */
  private freshClaims = false;
  /** Objects changed since the last flush (claims checks alone do not). */
  private objectsChanged = false;
  private lastClaimsJson?: string;
  private retryTimer?: NodeJS.Timeout;
  private chain: Promise<void> = Promise.resolve();
  readonly location: string;

  constructor(
    private readonly options: {
      clusterName: string;
      config: DiscoveryConfig;
      claims: ClaimsCache;
      logger: LoggerService;
      timers?: GraceTimers;
    },
  ) {
    this.kinds = new Map(
      discoveredKinds(options.config).map(kind => [
        kind,
        { objects: new Map(), listed: false },
      ]),
    );
    this.location = `${DISCOVERY_LOCATION_PREFIX}${options.clusterName}`;
  }

  get clusterName(): string {
    return this.options.clusterName;
  }

  getProviderName(): string {
    return `kafka-on-eks-discovery:${this.options.clusterName}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    this.scheduleFlush();
  }

  /** Re-reads the claims now, e.g. on a timer, and applies what changed. */
  recheckClaims(): void {
    this.scheduleFlush(true, false);
  }

  /** A claim for this cluster was just seen: applies it without a read. */
  claimNoticed(): void {
    this.scheduleFlush(false, false);
  }

  relisted(kind: DiscoveredKind, items: KubernetesObject[]): void {
    const state = this.kinds.get(kind);
    if (!state) return;
    state.objects = new Map(items.map(o => [objectKey(o), o]));
    state.listed = true;
    this.failing.delete(kind);
    if (this.failing.size === 0 && this.graceTimer !== undefined) {
      this.timers.clearTimeout(this.graceTimer);
      this.graceTimer = undefined;
    }
    this.fullPending = true;
    this.scheduleFlush(true);
  }

  upserted(kind: DiscoveredKind, object: KubernetesObject): void {
    const state = this.kinds.get(kind);
    if (!state) return;
    const key = objectKey(object);
    // The informer replays a relist's objects: unchanged ones cost nothing.
    const known = state.objects.get(key);
    if (
      known &&
      known.metadata?.resourceVersion === object.metadata?.resourceVersion
    ) {
      return;
    }
    state.objects.set(key, object);
    this.scheduleFlush();
  }

  deleted(kind: DiscoveredKind, object: KubernetesObject): void {
    if (this.kinds.get(kind)?.objects.delete(objectKey(object))) {
      this.scheduleFlush();
    }
  }

  failed(kind: DiscoveredKind | undefined, error: ClassifiedError): void {
    for (const k of kind ? [kind] : this.kinds.keys()) {
      if (this.kinds.has(k)) this.failing.add(k);
    }
    // Deltas held back for a kind that now fails to list go out.
    if ([...this.kinds.values()].some(k => !k.listed)) {
      this.scheduleFlush(false, false);
    }
    if (this.graceTimer !== undefined || this.failing.size === 0) return;
    const { gracePeriodMs } = this.options.config;
    this.options.logger.warn(
      `discovery: cluster ${this.options.clusterName}: ${error.message}; its entities stay for ${gracePeriodMs} ms unless it answers again`,
    );
    this.graceTimer = this.timers.setTimeout(
      () => this.gracePeriodOver(),
      gracePeriodMs,
    );
  }

  private get timers(): GraceTimers {
    return this.options.timers ?? realTimers;
  }

  /** What still fails counts as empty: its entities go. */
  private gracePeriodOver(): void {
    this.graceTimer = undefined;
    for (const kind of this.failing) {
      this.kinds.set(kind, { objects: new Map(), listed: true });
    }
    this.options.logger.warn(
      `discovery: cluster ${
        this.options.clusterName
      }: unreachable for the grace period, removing its entities of ${[
        ...this.failing,
      ].join(', ')}`,
    );
    this.fullPending = true;
    this.scheduleFlush();
  }

  private scheduleFlush(freshClaims = false, objectsChanged = true): void {
    this.freshClaims ||= freshClaims;
    this.objectsChanged ||= objectsChanged;
    if (this.flushQueued) return;
    this.flushQueued = true;
    // One flush per burst of events: a relist replays every object.
    this.chain = this.chain
      .then(() => new Promise<void>(resolve => setImmediate(resolve)))
      .then(async () => {
        this.flushQueued = false;
        const fresh = this.freshClaims;
        const changed = this.objectsChanged;
        this.freshClaims = false;
        this.objectsChanged = false;
        await this.flush(fresh, changed);
      })
      .catch(error => {
        this.options.logger.error(
          `discovery: cluster ${
            this.options.clusterName
          }: could not update the catalog: ${(error as Error).message}`,
        );
        // Try again from the whole truth.
        this.fullPending = true;
        this.objectsChanged = true;
      });
  }

  private objects(): ClusterObjects {
    const of = (kind: DiscoveredKind) => [
      ...(this.kinds.get(kind)?.objects.values() ?? []),
    ];
    return {
      kafkas: of('kafkas'),
      topics: of('kafkatopics'),
      users: of('kafkausers'),
    };
  }

  private async flush(
    freshClaims: boolean,
    objectsChanged: boolean,
  ): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    const { clusterName, config, claims, logger } = this.options;
    const allClaims = await claims.get(freshClaims);
    if (!allClaims) {
      // Never read: emitting now could duplicate a registered entity.
      logger.info(
        `discovery: cluster ${clusterName}: waiting for the catalog before emitting`,
      );
      this.objectsChanged = true;
      this.scheduleRetry();
      return;
    }
    const claimed = allClaims.get(clusterName) ?? new Map();
    const claimsJson = JSON.stringify([...claimed]);
    // A claims check that found nothing new costs no recomputation.
    if (
      !objectsChanged &&
      !this.fullPending &&
      claimsJson === this.lastClaimsJson
    ) {
      return;
    }
    this.lastClaimsJson = claimsJson;
    const entities = discoveredEntities({
      cluster: clusterName,
      objects: this.objects(),
      config,
      location: this.location,
      claimed,
    });
    const next = new Map(
      entities.map(e => [
        stringifyEntityRef(e),
        { e, json: JSON.stringify(e) },
      ]),
    );
    const complete = [...this.kinds.values()].every(k => k.listed);
    // Still listing the other kinds: a delta now would write the Kafkas
    // without their clients, and the full mutation a moment later rewrite
    // them (on every replica that starts). A refused kind does not wait.
    if (!complete && this.failing.size === 0) {
      this.objectsChanged = true;
      return;
    }
    const deferred = (e: Entity) => ({ entity: e, locationKey: this.location });

    if (complete && this.fullPending) {
      this.fullPending = false;
      await connection.applyMutation({
        type: 'full',
        entities: entities.map(deferred),
      });
      this.emitted = new Map([...next].map(([ref, { json }]) => [ref, json]));
      return;
    }
    const added = [...next]
      .filter(([ref, { json }]) => this.emitted.get(ref) !== json)
      .map(([, { e }]) => e);
    // Only what this process emitted: an unread kind was never emitted, and a
    // failing one keeps its last objects. Leftovers of an earlier run wait
    // for the full mutation.
    const removed = [...this.emitted.keys()].filter(ref => !next.has(ref));
    if (added.length === 0 && removed.length === 0) return;
    await connection.applyMutation({
      type: 'delta',
      added: added.map(deferred),
      removed: removed.map(entityRef => ({
        entityRef,
        locationKey: this.location,
      })),
    });
    for (const e of added)
      this.emitted.set(stringifyEntityRef(e), JSON.stringify(e));
    for (const ref of removed) this.emitted.delete(ref);
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.scheduleFlush(true);
    }, 2_000);
    this.retryTimer.unref?.();
  }

  /** Stops the grace and retry timers. */
  stop(): void {
    if (this.graceTimer !== undefined)
      this.timers.clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    clearTimeout(this.retryTimer);
  }
}
