import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import type { StrimziApiVersion } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  ApisApi,
  KubeConfig,
  makeInformer,
  type Informer,
  type KubernetesObject,
} from '@kubernetes/client-node';
import type { ClusterCredentials } from '../clusters/clusterCredentials';
import type { ClusterObjectIndex } from '../service';
import { classifyError } from './classifyError';
import { kubeConfigFor, refreshToken } from './kubeConfigFor';
import {
  listAllPages,
  STRIMZI_GROUP,
  WATCHED_KINDS,
  type WatchedKind,
} from './watchedKinds';

/** How a watcher paces itself; the defaults suit a real API server. */
export interface ClusterWatcherTiming {
  /** Objects per list page. */
  pageSize: number;
  /** First retry delay after a failure; doubles up to `maxBackoffMs`. */
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** How often a fresh credential is fetched (EKS tokens last 15 min). */
  credentialRefreshMs: number;
}

const DEFAULT_TIMING: ClusterWatcherTiming = {
  pageSize: 500,
  initialBackoffMs: 1_000,
  maxBackoffMs: 30_000,
  credentialRefreshMs: 5 * 60_000,
};

interface KindWatch {
  watched: WatchedKind;
  informer?: Informer<KubernetesObject>;
  failures: number;
  retry?: NodeJS.Timeout;
}

/**
 * Keeps the index of one Kubernetes cluster current: discovers which Strimzi
 * version it serves, then runs one informer per kind (paginated list, then
 * watch; relist on 410), and retries each failing part with backoff. A
 * failure is recorded against the cluster or the kind, never by emptying
 * what was read before.
 */
export class ClusterWatcher {
  private readonly timing: ClusterWatcherTiming;
  private kubeConfig?: KubeConfig;
  private readonly kinds: KindWatch[] = [];
  private stopped = false;
  private connectFailures = 0;
  private timers = new Set<NodeJS.Timeout>();
  private readonly firstSync: Promise<void>;
  private settleKind!: (kind: string) => void;

  constructor(
    private readonly options: {
      cluster: ClusterDetails;
      credentials: ClusterCredentials;
      index: ClusterObjectIndex;
      logger: LoggerService;
      timing?: Partial<ClusterWatcherTiming>;
    },
  ) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    const pending = new Set(WATCHED_KINDS.map(k => k.kind as string));
    this.firstSync = new Promise(resolve => {
      this.settleKind = kind => {
        pending.delete(kind);
        if (pending.size === 0) resolve();
      };
    });
  }

  get clusterName(): string {
    return this.options.cluster.name;
  }

  /** Starts watching in the background. */
  start(): void {
    void this.connect();
  }

  /**
   * Resolves once every kind has been listed or has failed once: from then
   * on the index holds what the cluster had, or says why not.
   */
  synced(): Promise<void> {
    return this.firstSync;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(
      this.kinds.map(async k => {
        clearTimeout(k.retry);
        await k.informer?.stop();
      }),
    );
  }

  private later(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) run();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  private backoff(failures: number): number {
    return Math.min(
      this.timing.initialBackoffMs * 2 ** Math.max(0, failures - 1),
      this.timing.maxBackoffMs,
    );
  }

  /** Credentials and discovery; informers start once the cluster answers. */
  private async connect(): Promise<void> {
    const { cluster, credentials, index, logger } = this.options;
    let strimziVersion: StrimziApiVersion | undefined;
    let servedGroups: Set<string>;
    try {
      const credential = await credentials(cluster);
      this.kubeConfig = kubeConfigFor(cluster, credential);
      ({ strimziVersion, servedGroups } = await this.discoverGroups(
        this.kubeConfig,
      ));
    } catch (error) {
      if (this.stopped) return;
      this.connectFailures += 1;
      const classified = classifyError(error, {
        cluster: cluster.name,
        resource: 'API groups',
      });
      index.setError(cluster.name, undefined, classified);
      // Nothing can be listed yet: every kind has settled, as failed.
      WATCHED_KINDS.forEach(k => this.settleKind(k.kind));
      logger.warn(
        `kafka-on-eks: cluster ${cluster.name}: ${classified.message}`,
      );
      this.later(this.backoff(this.connectFailures), () => this.connect());
      return;
    }
    // Stopped while discovery was on its way: start nothing.
    if (this.stopped) return;
    this.connectFailures = 0;
    index.clearError(cluster.name);
    if (strimziVersion)
      index.setStrimziApiVersion(cluster.name, strimziVersion);
    this.scheduleCredentialRefresh();

    for (const watched of WATCHED_KINDS) {
      if (watched.strimzi && !strimziVersion) {
        index.setError(cluster.name, watched.kind, {
          type: 'crd-missing',
          message: `cluster ${cluster.name} serves no ${STRIMZI_GROUP} API: is the Strimzi operator installed?`,
        });
        this.settleKind(watched.kind);
        continue;
      }
      if (watched.optionalGroup && !servedGroups.has(watched.optionalGroup)) {
        index.markKindAbsent(cluster.name, watched.kind);
        this.settleKind(watched.kind);
        continue;
      }
      const kindWatch: KindWatch = { watched, failures: 0 };
      this.kinds.push(kindWatch);
      this.startInformer(kindWatch, strimziVersion ?? 'v1');
    }
  }

  /**
   * Which Strimzi version the cluster serves, and which groups: an optional
   * kind's group (Argo CD) is looked for once per connection, so installing
   * Argo CD later shows after the next reconnect.
   */
  private async discoverGroups(kubeConfig: KubeConfig): Promise<{
    strimziVersion?: StrimziApiVersion;
    servedGroups: Set<string>;
  }> {
    const groups = await kubeConfig.makeApiClient(ApisApi).getAPIVersions();
    const servedGroups = new Set(groups.groups.map(g => g.name));
    const strimzi = groups.groups.find(g => g.name === STRIMZI_GROUP);
    const versions = new Set(strimzi?.versions.map(v => v.version));
    if (versions.has('v1')) return { strimziVersion: 'v1', servedGroups };
    if (versions.has('v1beta2'))
      return { strimziVersion: 'v1beta2', servedGroups };
    return { servedGroups };
  }

  private scheduleCredentialRefresh(): void {
    const { cluster, credentials, logger } = this.options;
    this.later(this.timing.credentialRefreshMs, async () => {
      try {
        const credential = await credentials(cluster);
        if (this.kubeConfig) refreshToken(this.kubeConfig, credential);
      } catch (error) {
        logger.warn(
          `kafka-on-eks: cluster ${
            cluster.name
          }: could not refresh credentials: ${(error as Error).message}`,
        );
      }
      this.scheduleCredentialRefresh();
    });
  }

  private startInformer(
    kindWatch: KindWatch,
    strimziVersion: StrimziApiVersion,
  ): void {
    const { cluster, index } = this.options;
    const kubeConfig = this.kubeConfig!;
    const { watched } = kindWatch;
    const clusterName = cluster.name;
    const confirm = () => index.markConfirmed(clusterName, new Date());

    const informer = makeInformer<KubernetesObject>(
      kubeConfig,
      watched.path(strimziVersion),
      async () => {
        const list = await listAllPages(
          kubeConfig,
          watched,
          strimziVersion,
          this.timing.pageSize,
        );
        // The list is the truth: objects deleted while the watch was away
        // go too. The informer's callbacks then see the same objects again.
        index.replaceAll(clusterName, watched.kind, list.items);
        kindWatch.failures = 0;
        index.clearError(clusterName, watched.kind);
        index.clearError(clusterName);
        confirm();
        this.settleKind(watched.kind);
        return list;
      },
      watched.labelSelector,
    );
    informer.on('add', object => {
      index.upsert(clusterName, watched.kind, object);
      confirm();
    });
    informer.on('update', object => {
      index.upsert(clusterName, watched.kind, object);
      confirm();
    });
    informer.on('delete', object => {
      index.remove(clusterName, watched.kind, object);
      confirm();
    });
    informer.on('error', error => {
      if (this.stopped) return;
      kindWatch.failures += 1;
      const classified = classifyError(error, {
        cluster: clusterName,
        resource: watched.path(strimziVersion).split('/').pop()!,
      });
      if (watched.optionalGroup && classified.type === 'crd-missing') {
        // Uninstalled since discovery: absent, as if never there.
        index.markKindAbsent(clusterName, watched.kind);
        this.settleKind(watched.kind);
        return;
      }
      if (classified.type === 'unreachable') {
        index.setError(clusterName, undefined, classified);
      } else {
        index.setError(clusterName, watched.kind, classified);
      }
      this.settleKind(watched.kind);
      // The informer stops on an error. Retry with a fresh one, backing off:
      // its list proves the kind is readable again and clears the error.
      kindWatch.retry = this.later(this.backoff(kindWatch.failures), () => {
        void informer.stop();
        this.startInformer(kindWatch, strimziVersion);
      });
    });
    kindWatch.informer = informer;
    void informer.start();
  }
}
