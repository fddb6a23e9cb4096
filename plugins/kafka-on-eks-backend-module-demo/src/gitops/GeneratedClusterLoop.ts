import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  playNodeGroup,
  startKubeLoopback,
  type KubeLoopback,
} from '@internal/kube-loopback';
import {
  nodeCapacityOf,
  readRequestFile,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { playArgoSync } from './playArgoSync';
import { playOperatorChange, type OperatorPlan } from './playOperatorChange';
import { mainCommit, readMainBranch } from './readMainBranch';

// Kinds the loopback API serves; the rest (ConfigMap, PodMonitor,
// KafkaUser, ExternalSecret...) are for a real cluster's other controllers.
const SERVED_KINDS = new Set([
  'Namespace',
  'Kafka',
  'KafkaNodePool',
  'KafkaTopic',
  'KafkaRebalance',
  'StorageClass',
  'VolumeAttributesClass',
]);

/** How long each actor takes, so a newcomer can watch a change happen. */
export interface LoopDelays {
  /** From Argo CD's sync to the operator's reconciliation. */
  operatorMs: number;
  /** From a volume resize or modification starting to it completing. */
  volumeMs: number;
}

export interface GeneratedClusterOptions {
  dir: string;
  /** The Kubernetes cluster name the entity's annotations use. */
  name: string;
  zones: string[];
  token: string;
  manifestsFolder: string;
  requestFile: string;
  delays: LoopDelays;
  logger: LoggerService;
  /** Waits; tests pass their own to step through a change. */
  wait?: (ms: number) => Promise<void>;
  now?: () => string;
}

/** The ref of a Node (cluster-scoped, core v1). */
const refOfNode = (node: any) => ({
  apiVersion: 'v1',
  kind: 'Node',
  name: node.metadata.name as string,
});

const sleep = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, ms).unref());

/**
 * One generated repository as a live "EKS cluster": a loopback Kubernetes
 * API that follows the repository's `main` branch the way Argo CD would
 * (automated sync with prune), with the Strimzi operator, the scheduler and
 * the EBS CSI driver played over each sync. A change merged into `main`
 * reaches the Kafka tab: a new topic becomes Ready, a grown volume resizes,
 * new brokers get pods in their zones.
 */
export class GeneratedClusterLoop {
  private synced: { commit?: string; manifests: object[] } = { manifests: [] };
  private syncing?: Promise<void>;

  private constructor(
    readonly api: KubeLoopback,
    private readonly options: GeneratedClusterOptions,
  ) {}

  static async start(options: GeneratedClusterOptions) {
    const api = await startKubeLoopback({ token: options.token });
    return new GeneratedClusterLoop(api, options);
  }

  get name() {
    return this.options.name;
  }

  /** The commit of `main` last synced. */
  get syncedCommit() {
    return this.synced.commit;
  }

  /**
   * Syncs when `main` moved since the last sync, and resolves when the
   * operator and the volume changes of that sync are done. One sync at a
   * time: a poll during a sync waits for it.
   */
  async poll(): Promise<void> {
    if (this.syncing) return this.syncing;
    const commit = await mainCommit(this.options.dir);
    if (!commit || commit === this.synced.commit) return undefined;
    this.syncing = this.sync().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  close() {
    return this.api.close();
  }

  private async sync() {
    const { dir, logger, delays } = this.options;
    const wait = this.options.wait ?? sleep;
    const now = this.options.now ?? (() => new Date().toISOString());
    const main = await readMainBranch(dir, this.options);
    if (!main) return;
    const manifests = main.manifests.filter(m => SERVED_KINDS.has(m?.kind));

    const sync = playArgoSync({
      live: this.api.list(),
      previous: this.synced.manifests,
      next: manifests,
    });
    for (const object of sync.apply) this.api.apply(object);
    for (const ref of sync.prune) this.api.delete(ref);
    this.synced = { commit: main.commit, manifests };
    logger.info(
      `demo: ${this.name} synced ${main.commit.slice(0, 7)}: ${
        sync.apply.length
      } applied, ${sync.prune.length} pruned`,
    );

    await wait(delays.operatorMs);
    // Terraform is applied by hand; the demo plays it with the sync, so the
    // nodes a node capacity change asks for are there for the next change.
    for (const node of this.nodeGroups(main.requestFile)) {
      if (!this.api.get(refOfNode(node))) this.api.apply(node);
    }
    const operator = playOperatorChange({
      live: this.api.list(),
      manifests,
      operator: { zones: this.options.zones, now: now() },
    });
    this.carryOut(operator);
    if (operator.later.apply.length + operator.later.patchStatus.length > 0) {
      await wait(delays.volumeMs);
      for (const object of operator.later.apply) this.api.apply(object);
      for (const { ref, status } of operator.later.patchStatus) {
        this.api.patchStatus(ref, status);
      }
    }
  }

  /** The Kafka node groups' nodes that terraform/infra asks for. */
  private nodeGroups(requestFile: string | undefined): object[] {
    const read = requestFile ? readRequestFile(requestFile) : undefined;
    if (!read?.ok) return [];
    const { brokers, controllers } = read.request;
    const zones = this.options.zones;
    const perZone = (count: number) => Math.ceil(count / zones.length);
    return [
      ...playNodeGroup({
        pool: 'controller',
        zones,
        nodesPerZone: perZone(controllers.replicas),
      }),
      ...playNodeGroup({
        pool: 'broker',
        zones,
        nodesPerZone: perZone(nodeCapacityOf(brokers)),
      }),
    ];
  }

  private carryOut(plan: OperatorPlan) {
    for (const object of plan.apply) this.api.apply(object);
    for (const { ref, status } of plan.patchStatus) {
      if (this.api.get(ref)) this.api.patchStatus(ref, status);
    }
    for (const ref of plan.delete) this.api.delete(ref);
  }
}
