import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import {
  classifyError,
  kubeConfigFor,
  refreshToken,
  type ClassifiedError,
  type ClusterCredentials,
} from '@kafka-on-eks/plugin-kafka-on-eks-node';
import {
  ApisApi,
  CustomObjectsApi,
  makeInformer,
  type Informer,
  type KubeConfig,
  type KubernetesObject,
} from '@kubernetes/client-node';

const STRIMZI_GROUP = 'kafka.strimzi.io';

/** The Strimzi kinds discovery reads, by plural. */
export type DiscoveredKind = 'kafkas' | 'kafkatopics' | 'kafkausers';

/** What a watcher tells its provider; each call is one fact about a kind. */
export interface StrimziEvents {
  /** A full list: the kind holds exactly these objects now. */
  relisted(kind: DiscoveredKind, items: KubernetesObject[]): void;
  upserted(kind: DiscoveredKind, object: KubernetesObject): void;
  deleted(kind: DiscoveredKind, object: KubernetesObject): void;
  /** A kind, or every kind (undefined), cannot be read now. */
  failed(kind: DiscoveredKind | undefined, error: ClassifiedError): void;
}

export interface StrimziWatcherOptions {
  cluster: ClusterDetails;
  credentials: ClusterCredentials;
  kinds: DiscoveredKind[];
  events: StrimziEvents;
  logger: LoggerService;
  /** First retry delay; doubles per failure up to 30 s. Default 1 s. */
  initialBackoffMs?: number;
}

// EKS tokens last 15 minutes.
const CREDENTIAL_REFRESH_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * Lists and watches the Strimzi kinds discovery needs in one cluster, with
 * `@kubernetes/client-node` informers at the version the cluster serves
 * (`v1`, else `v1beta2`). Failures are reported and retried with backoff;
 * an informer stops on an error, so a fresh one takes over.
 */
export class StrimziWatcher {
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly informers = new Set<Informer<KubernetesObject>>();

  constructor(private readonly options: StrimziWatcherOptions) {}

  start(): void {
    void this.connect(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearTimeout);
    this.timers.clear();
    await Promise.all([...this.informers].map(i => i.stop()));
    this.informers.clear();
  }

  private later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) run();
    }, ms);
    this.timers.add(timer);
  }

  private retry(failures: number, run: () => void): void {
    const first = this.options.initialBackoffMs ?? 1_000;
    this.later(
      Math.min(first * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS),
      run,
    );
  }

  private async connect(failures: number): Promise<void> {
    const { cluster, credentials, kinds, events, logger } = this.options;
    let kubeConfig: KubeConfig;
    let version: string | undefined;
    try {
      kubeConfig = kubeConfigFor(cluster, await credentials(cluster));
      const { groups } = await kubeConfig
        .makeApiClient(ApisApi)
        .getAPIVersions();
      const served = new Set(
        groups
          .find(g => g.name === STRIMZI_GROUP)
          ?.versions.map(v => v.version),
      );
      version = ['v1', 'v1beta2'].find(v => served.has(v));
    } catch (error) {
      if (this.stopped) return;
      const classified = classifyError(error, {
        cluster: cluster.name,
        resource: 'API groups',
      });
      logger.warn(`discovery: cluster ${cluster.name}: ${classified.message}`);
      events.failed(undefined, classified);
      this.retry(failures + 1, () => this.connect(failures + 1));
      return;
    }
    if (this.stopped) return;
    if (!version) {
      const message = `cluster ${cluster.name} serves no ${STRIMZI_GROUP} API: is the Strimzi operator installed?`;
      logger.warn(`discovery: ${message}`);
      events.failed(undefined, { type: 'crd-missing', message });
      this.retry(failures + 1, () => this.connect(failures + 1));
      return;
    }
    this.refreshCredentials(kubeConfig);
    for (const kind of kinds) this.watch(kubeConfig, version, kind, 0);
  }

  private refreshCredentials(kubeConfig: KubeConfig): void {
    const { cluster, credentials, logger } = this.options;
    this.later(CREDENTIAL_REFRESH_MS, async () => {
      try {
        refreshToken(kubeConfig, await credentials(cluster));
      } catch (error) {
        logger.warn(
          `discovery: cluster ${cluster.name}: could not refresh credentials: ${
            (error as Error).message
          }`,
        );
      }
      this.refreshCredentials(kubeConfig);
    });
  }

  private watch(
    kubeConfig: KubeConfig,
    version: string,
    kind: DiscoveredKind,
    failures: number,
  ): void {
    const { cluster, events } = this.options;
    const api = kubeConfig.makeApiClient(CustomObjectsApi);
    let listed = false;
    const informer = makeInformer<KubernetesObject>(
      kubeConfig,
      `/apis/${STRIMZI_GROUP}/${version}/${kind}`,
      async () => {
        const list = await api.listClusterCustomObject({
          group: STRIMZI_GROUP,
          version,
          plural: kind,
        });
        listed = true;
        // Before the informer's own add/update/delete callbacks: the
        // provider learns a relist happened, which deltas alone cannot say.
        events.relisted(kind, list.items ?? []);
        return list;
      },
    );
    informer.on('add', object => events.upserted(kind, object));
    informer.on('update', object => events.upserted(kind, object));
    informer.on('delete', object => events.deleted(kind, object));
    informer.on('error', error => {
      if (this.stopped) return;
      this.informers.delete(informer);
      void informer.stop();
      events.failed(
        kind,
        classifyError(error, { cluster: cluster.name, resource: kind }),
      );
      // A list that worked resets the backoff.
      const next = listed ? 1 : failures + 1;
      this.retry(next, () => this.watch(kubeConfig, version, kind, next));
    });
    this.informers.add(informer);
    void informer.start();
  }
}
