import type { KafkaLocation } from '../annotations';

/**
 * The Strimzi API version a cluster's objects were read with. Strimzi 1.x
 * serves only `v1`; clusters still on an 0.4x operator serve `v1beta2`.
 *
 * @public
 */
export type StrimziApiVersion = 'v1' | 'v1beta2';

/**
 * The Kubernetes kinds the backend watches for a Kafka view, also the scope
 * of an error that concerns one kind only.
 *
 * @public
 */
export type KafkaViewObjectKind =
  | 'Kafka'
  | 'KafkaNodePool'
  | 'KafkaTopic'
  | 'KafkaRebalance'
  | 'Application'
  | 'Pod'
  | 'PersistentVolumeClaim'
  | 'PersistentVolume'
  | 'StorageClass'
  | 'VolumeAttributesClass'
  | 'Node';

/** @public */
export type KafkaReadiness = 'Ready' | 'NotReady' | 'Unknown';

/**
 * A Kubernetes quantity as written (`500Gi`, `1.5T`) with its value in bytes,
 * or `bytes` undefined when the text is not a valid quantity.
 *
 * @public
 */
export interface StorageSize {
  quantity: string;
  bytes?: number;
}

/**
 * A Strimzi status condition, e.g. a `Warning` about a deprecated field.
 *
 * @public
 */
export interface KafkaConditionView {
  type: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/**
 * One listener: type and TLS from the spec, addresses from the status (absent
 * until the operator has created the listener's services).
 *
 * @public
 */
export interface KafkaListenerView {
  name: string;
  type?: string;
  tls?: boolean;
  port?: number;
  bootstrapServers?: string;
  addresses: Array<{ host: string; port: number }>;
}

/**
 * The Strimzi `Kafka` resource, when it exists.
 *
 * @public
 */
export interface KafkaResourceView {
  found: true;
  ready: KafkaReadiness;
  /** Reason and message of the Ready/NotReady condition. */
  reason?: string;
  message?: string;
  /** `Warning` conditions, e.g. deprecated fields or unsafe settings. */
  warnings: KafkaConditionView[];
  kafkaVersion?: string;
  metadataVersion?: string;
  /** `status.operatorLastSuccessfulVersion`. */
  operatorVersion?: string;
  clusterId?: string;
  listeners: KafkaListenerView[];
  /** Node ids of the KRaft controller quorum, from node pools with the controller role. */
  controllerNodeIds: number[];
  brokerNodeIds: number[];
  generation?: number;
  observedGeneration?: number;
  /** True when the operator has reconciled the latest spec. */
  reconciled: boolean;
  /** `status.autoRebalance.state`: Idle, RebalanceOnScaleUp or RebalanceOnScaleDown. */
  autoRebalanceState?: string;
  /** The whole of `status.autoRebalance`, when Strimzi reports one. */
  autoRebalance?: KafkaAutoRebalanceView;
}

/**
 * The Kafka part of the view: found, or not (deleted, not yet created, or not
 * readable: see the view's `errors`).
 *
 * @public
 */
export type KafkaView = KafkaResourceView | { found: false };

/**
 * One volume a node pool asks for, from its `spec.storage`: the single
 * volume, or one entry of a JBOD.
 *
 * @public
 */
export interface KafkaStorageVolumeView {
  /** JBOD volume id; undefined for a single, non-JBOD volume. */
  id?: number;
  type: 'persistent-claim' | 'ephemeral';
  /** Storage class name. */
  class?: string;
  /** `size` (persistent-claim) or `sizeLimit` (ephemeral). */
  size?: StorageSize;
  /**
   * True for the volume that holds the KRaft metadata log: the one marked
   * `kraftMetadata: shared`, else the single volume or the lowest JBOD id
   * (Strimzi's default).
   */
  kraftMetadata: boolean;
  /** Whether Strimzi deletes the PVC when the node is removed (default false). */
  deleteClaim: boolean;
  volumeAttributesClass?: string;
}

/**
 * One Kafka pod of a node pool. The zone comes, in order, from the
 * PersistentVolume bound to one of the pod's claims, then from the pod's
 * `topology.kubernetes.io/zone` label (pods carry no zone field).
 *
 * @public
 */
export interface KafkaPodView {
  name: string;
  nodeId?: number;
  phase?: string;
  ready: boolean;
  /** The Kubernetes node it runs on. */
  node?: string;
  zone?: string;
  restartCount: number;
}

/**
 * CPU and memory of a node pool's containers, as written in the spec.
 *
 * @public
 */
export interface KafkaResourceRequirementsView {
  requests?: Record<string, string>;
  limits?: Record<string, string>;
}

/**
 * Kubernetes nodes in one zone a pool's pods may run on.
 *
 * @public
 */
export interface KafkaZoneNodeCountView {
  total: number;
  ready: number;
}

/**
 * The Kubernetes nodes a node pool's pods may be scheduled on: those that
 * meet the pool's required node affinity. A node is ready when its `Ready`
 * condition is `True` and it is not cordoned (`spec.unschedulable`).
 *
 * @public
 */
export interface KafkaPoolKubernetesNodesView {
  total: number;
  ready: number;
  /** By `topology.kubernetes.io/zone`; nodes without a zone count only in the totals. */
  byZone: Record<string, KafkaZoneNodeCountView>;
  /** Names of the ready nodes, sorted: two pools may match the same node. */
  readyNodeNames: string[];
}

/**
 * One node pool. `definedBy: 'Kafka'` marks the pool Strimzi derives from a
 * `v1beta2` Kafka's own `spec.kafka.replicas/storage` when it has no pools.
 *
 * @public
 */
export interface KafkaNodePoolView {
  name: string;
  definedBy: 'KafkaNodePool' | 'Kafka';
  roles: Array<'controller' | 'broker'>;
  /** Desired pods (`spec.replicas`). */
  replicas: number;
  nodeIds: number[];
  storage: KafkaStorageVolumeView[];
  resources?: KafkaResourceRequirementsView;
  pods: KafkaPodView[];
  podsReady: number;
  /**
   * The nodes the pool's pods may be scheduled on, from its required node
   * affinity (the pool's pod template, else the Kafka's). Undefined when the
   * pool requires no particular nodes (any node may host it, so the count
   * says nothing) or when the nodes could not be read.
   */
  kubernetesNodes?: KafkaPoolKubernetesNodesView;
}

/**
 * A topic's readiness; `Unmanaged` when the topic operator is told to leave
 * it alone (`strimzi.io/managed: "false"`), `Unknown` before it reconciled.
 *
 * @public
 */
export type KafkaTopicStatus = 'Ready' | 'NotReady' | 'Unmanaged' | 'Unknown';

/**
 * An ongoing change of a topic's replication factor (done through Cruise
 * Control), from `status.replicasChange`.
 *
 * @public
 */
export interface KafkaTopicReplicasChangeView {
  targetReplicas?: number;
  state?: 'pending' | 'ongoing';
  message?: string;
}

/** @public */
export interface KafkaTopicView {
  /** The Kafka topic name: `spec.topicName`, else the resource name. */
  name: string;
  /** `metadata.name` of the KafkaTopic resource. */
  resourceName: string;
  topicId?: string;
  partitions?: number;
  replicas?: number;
  minInsyncReplicas?: number;
  /** `retention.ms`; -1 means no time limit. */
  retentionMs?: number;
  cleanupPolicy?: string;
  /** The other config entries, as strings (lists joined with commas). */
  config: Record<string, string>;
  status: KafkaTopicStatus;
  message?: string;
  replicasChange?: KafkaTopicReplicasChangeView;
}

/**
 * A KafkaRebalance: its state is the type of its one true condition
 * (New, PendingProposal, ProposalReady, Rebalancing, Ready, NotReady,
 * Stopped, ReconciliationPaused).
 *
 * @public
 */
export interface KafkaRebalanceView {
  name: string;
  mode: string;
  brokers: number[];
  state?: string;
  message?: string;
  /** The `strimzi.io/rebalance` annotation as set now (approve, stop, refresh...). */
  requestedAction?: string;
  /**
   * `status.progress.rebalanceProgressConfigMap`: the ConfigMap where
   * Strimzi writes the progress of a running rebalance (Strimzi 1.2.0 keeps
   * no progress numbers in the status itself).
   */
  progressConfigMap?: string;
  /** `status.optimizationResult`: Cruise Control's proposal summary. */
  proposal?: KafkaRebalanceProposalView;
  /** Which actions Strimzi accepts in the current state. */
  allowedActions: KafkaRebalanceAction[];
}

/**
 * What a user may ask of a KafkaRebalance, written to its
 * `strimzi.io/rebalance` annotation.
 *
 * @public
 */
export type KafkaRebalanceAction = 'approve' | 'stop' | 'refresh';

/**
 * The summary of an optimization proposal, from Cruise Control through
 * `status.optimizationResult`; each field only when Strimzi reported it.
 *
 * @public
 */
export interface KafkaRebalanceProposalView {
  dataToMoveMB?: number;
  intraBrokerDataToMoveMB?: number;
  numReplicaMovements?: number;
  numIntraBrokerReplicaMovements?: number;
  numLeaderMovements?: number;
  onDemandBalancednessScoreBefore?: number;
  onDemandBalancednessScoreAfter?: number;
  monitoredPartitionsPercentage?: number;
  recentWindows?: number;
  excludedTopics?: string[];
  provisionStatus?: string;
  provisionRecommendation?: string;
}

/**
 * One Argo CD Application that deploys this Kafka (labelled
 * `kafka-on-eks/kafka: <name>` by the generated repository).
 *
 * @public
 */
export interface KafkaGitOpsApplicationView {
  name: string;
  namespace: string;
  /** `status.sync.status`: Synced, OutOfSync or Unknown. */
  syncStatus?: string;
  /** `status.health.status`: Healthy, Progressing, Degraded, Suspended, Missing or Unknown. */
  healthStatus?: string;
  /** `status.sync.revision`: the Git commit deployed. */
  revision?: string;
  /** `status.operationState.finishedAt`: when the last sync ended. */
  lastSyncedAt?: string;
  /** `status.operationState.phase` of the last sync (Succeeded, Failed...). */
  lastSyncPhase?: string;
  /** Why, when OutOfSync or Degraded: health message, sync message or a condition. */
  message?: string;
}

/**
 * The GitOps part of the view: Argo CD not installed (no Application CRD)
 * is a quiet `installed: false`, not an error.
 *
 * @public
 */
export type KafkaGitOpsView =
  | { installed: false }
  | { installed: true; applications: KafkaGitOpsApplicationView[] };

/**
 * One PersistentVolumeClaim of the Kafka, with its volume and EBS facts.
 *
 * @public
 */
export interface KafkaVolumeView {
  pvc: string;
  pool?: string;
  nodeId?: number;
  /** JBOD volume id from `data-<id>-<cluster>-<pool>-<nodeId>`; undefined without JBOD. */
  volumeId?: number;
  /** `spec.resources.requests.storage`. */
  requested?: StorageSize;
  /** `status.capacity.storage`: what the volume has now. */
  capacity?: StorageSize;
  /** Requested is larger than capacity, or Kubernetes reports a resize in progress. */
  resizePending: boolean;
  /** Message of a failed resize (ControllerResizeError/NodeResizeError). */
  resizeError?: string;
  /** Pending, Bound or Lost. */
  phase?: string;
  storageClass?: string;
  /** EBS volume type (gp3, st1, io2, ...). */
  ebsType?: string;
  /**
   * Provisioned IOPS and throughput, from the VolumeAttributesClass the PVC
   * names, else from its StorageClass. Undefined means the EBS type's
   * baseline (gp3: 3,000 IOPS, 125 MiB/s).
   */
  iops?: number;
  throughputMiBps?: number;
  volumeAttributesClass?: string;
  /** `status.modifyVolumeStatus.status`: Pending, InProgress or Infeasible. */
  modifyVolumeStatus?: string;
  allowVolumeExpansion?: boolean;
  /** Name of the bound PersistentVolume. */
  pv?: string;
  ebsVolumeId?: string;
  zone?: string;
  /** AWS region derived from the zone. */
  region?: string;
  reclaimPolicy?: string;
  /** From the node pool's storage for this volume id. */
  deleteClaim?: boolean;
}

/**
 * What went wrong reading part of the view.
 *
 * @public
 */
export type KafkaViewErrorType =
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'crd-missing'
  | 'error';

/**
 * A failure kept beside whatever else could be read: `scope` is `cluster`
 * when the whole Kubernetes cluster failed, else the kind that failed.
 *
 * @public
 */
export interface KafkaViewError {
  scope: 'cluster' | KafkaViewObjectKind;
  type: KafkaViewErrorType;
  message: string;
  /** When the error was first seen (ISO time). */
  since?: string;
}

/**
 * The live view of one Kafka cluster for one catalog entity, as served by the
 * backend from its watch cache.
 *
 * @public
 */
export interface KafkaClusterView {
  location: KafkaLocation;
  /**
   * When the cache last heard from the Kubernetes cluster (list, watch event
   * or bookmark); undefined before the first successful list.
   */
  observedAt?: string;
  /** When the backend built this view, on the backend's clock. */
  generatedAt: string;
  strimziApiVersion?: StrimziApiVersion;
  kafka: KafkaView;
  nodePools: KafkaNodePoolView[];
  topics: KafkaTopicView[];
  rebalances: KafkaRebalanceView[];
  volumes: KafkaVolumeView[];
  /** Argo CD's view of the Kafka; undefined from a backend older than this field. */
  gitops?: KafkaGitOpsView;
  errors: KafkaViewError[];
}

/**
 * Strimzi's auto-rebalancing on scale up/down (`status.autoRebalance`).
 *
 * @public
 */
export interface KafkaAutoRebalanceView {
  state: string;
  lastTransitionTime?: string;
  /** Brokers being added or removed by the running auto-rebalance. */
  modes?: Array<{ mode: string; brokers: number[] }>;
}
