import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import type {
  KafkaClusterView,
  KafkaLocation,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { ClusterCredentials } from '../clusters/clusterCredentials';
import { buildKafkaClusterView, ClusterObjectIndex } from '../service';
import { ClusterWatcher, type ClusterWatcherTiming } from './ClusterWatcher';

/**
 * The live views of every configured cluster, served from the watch cache:
 * a view costs no API-server request.
 */
export class KafkaViewSource {
  private readonly index = new ClusterObjectIndex();
  private readonly watchers = new Map<
    string,
    { cluster: ClusterDetails; watcher: ClusterWatcher }
  >();
  private readonly serialized = new Map<
    string,
    { revision: number; healthy: boolean; observedAt?: string; body: Buffer }
  >();

  private started = false;

  constructor(
    clusters: ClusterDetails[],
    private readonly credentials: ClusterCredentials,
    private readonly logger: LoggerService,
    private readonly timing?: Partial<ClusterWatcherTiming>,
  ) {
    for (const cluster of clusters) this.addWatcher(cluster);
  }

  private addWatcher(cluster: ClusterDetails): ClusterWatcher {
    const watcher = new ClusterWatcher({
      cluster,
      credentials: this.credentials,
      index: this.index,
      logger: this.logger,
      timing: this.timing,
    });
    this.watchers.set(cluster.name, { cluster, watcher });
    if (this.started) watcher.start();
    return watcher;
  }

  start(): void {
    this.started = true;
    for (const { watcher } of this.watchers.values()) watcher.start();
  }

  async stop(): Promise<void> {
    this.started = false;
    await Promise.all([...this.watchers.values()].map(w => w.watcher.stop()));
  }

  /**
   * Follows a changed list of clusters (from cluster suppliers): watches the
   * new ones, stops and forgets the removed ones, restarts a moved one.
   */
  async updateClusters(clusters: ClusterDetails[]): Promise<void> {
    const wanted = new Map(clusters.map(c => [c.name, c]));
    for (const [name, { cluster, watcher }] of this.watchers) {
      const next = wanted.get(name);
      if (next && JSON.stringify(next) === JSON.stringify(cluster)) continue;
      this.watchers.delete(name);
      await watcher.stop();
      this.index.removeCluster(name);
    }
    for (const cluster of clusters) {
      if (!this.watchers.has(cluster.name)) this.addWatcher(cluster);
    }
  }

  /** Resolves when every cluster has been listed once or has failed once. */
  async synced(): Promise<void> {
    await Promise.all([...this.watchers.values()].map(w => w.watcher.synced()));
  }

  clusterNames(): string[] {
    return [...this.watchers.keys()];
  }

  /** The view of one Kafka, or undefined when its cluster is not configured. */
  view(
    location: KafkaLocation,
    now = new Date(),
  ): KafkaClusterView | undefined {
    if (!this.watchers.has(location.cluster)) return undefined;
    return this.read(location, now).view;
  }

  private read(location: KafkaLocation, now: Date) {
    const snapshot = this.index.snapshot(location);
    // With every watch open and no error, the cache is current as of now.
    const healthy =
      snapshot.errors.length === 0 && snapshot.observedAt !== undefined;
    const view = buildKafkaClusterView(
      healthy ? { ...snapshot, observedAt: now.toISOString() } : snapshot,
      now,
    );
    return { healthy, view };
  }

  /**
   * The same view as UTF-8 JSON, for the HTTP route. A 5,000-topic view is
   * about 0.7 MB: it is serialized once per change of its cluster, and
   * only the two timestamps are written per request.
   */
  viewJson(location: KafkaLocation, now = new Date()): Buffer | undefined {
    if (!this.watchers.has(location.cluster)) return undefined;
    const key = JSON.stringify(location);
    const revision = this.index.revision(location.cluster);
    let cached = this.serialized.get(key);
    if (!cached || cached.revision !== revision) {
      const {
        healthy,
        view: { observedAt, generatedAt: _, ...stable },
      } = this.read(location, now);
      cached = {
        revision,
        // Unhealthy: the data is as old as the last confirmation.
        observedAt: healthy ? undefined : observedAt,
        healthy,
        // Without its opening brace: the stamps go in front per request.
        body: Buffer.from(JSON.stringify(stable).slice(1)),
      };
      this.serialized.set(key, cached);
    }
    const stamps = JSON.stringify({
      observedAt: cached.healthy ? now.toISOString() : cached.observedAt,
      generatedAt: now.toISOString(),
    });
    // Both are objects with keys: splice the stamps into the cached body.
    return Buffer.concat([Buffer.from(`${stamps.slice(0, -1)},`), cached.body]);
  }
}
