/**
 * The parts of Kubernetes and Strimzi objects the view reads. Every field is
 * optional: objects come off the wire, and a half-written status must not
 * break the view. Shapes follow the Strimzi 1.2.0 `v1` CRDs and the core
 * Kubernetes APIs, so `@kubernetes/client-node` objects are assignable.
 */

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface KubernetesObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
}

export interface StrimziCondition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/** `spec.storage` of a node pool, or one JBOD volume of it. */
export interface StrimziStorage {
  type?: string;
  id?: number;
  size?: string;
  sizeLimit?: string;
  class?: string;
  deleteClaim?: boolean;
  kraftMetadata?: string;
  volumeAttributesClass?: string;
  volumes?: StrimziStorage[];
}

export interface StrimziResourceRequirements {
  requests?: Record<string, string | number>;
  limits?: Record<string, string | number>;
}

export interface NodeSelectorTerm {
  matchExpressions?: NodeSelectorRequirement[];
  matchFields?: NodeSelectorRequirement[];
}

/** Where a pod may run: the parts of a pod (template) spec the scheduler filters nodes by. */
export interface StrimziPodTemplate {
  affinity?: {
    nodeAffinity?: {
      requiredDuringSchedulingIgnoredDuringExecution?: {
        nodeSelectorTerms?: NodeSelectorTerm[];
      };
    };
  };
  /** Not in Strimzi's pod template, but honoured if a pod spec carries it. */
  nodeSelector?: Record<string, string>;
}

export interface StrimziKafka extends KubernetesObject {
  spec?: {
    kafka?: {
      version?: string;
      template?: { pod?: StrimziPodTemplate };
      rack?: { topologyKey?: string };
      metadataVersion?: string;
      listeners?: Array<{
        name?: string;
        port?: number;
        type?: string;
        tls?: boolean;
      }>;
    };
  };
  status?: {
    conditions?: StrimziCondition[];
    observedGeneration?: number;
    listeners?: Array<{
      name?: string;
      bootstrapServers?: string;
      addresses?: Array<{ host?: string; port?: number }>;
    }>;
    kafkaNodePools?: Array<{ name?: string }>;
    clusterId?: string;
    operatorLastSuccessfulVersion?: string;
    kafkaVersion?: string;
    kafkaMetadataVersion?: string;
    autoRebalance?: {
      state?: string;
      lastTransitionTime?: string;
      modes?: Array<{ mode?: string; brokers?: number[] }>;
    };
  };
}

export interface StrimziKafkaNodePool extends KubernetesObject {
  spec?: {
    replicas?: number;
    roles?: string[];
    storage?: StrimziStorage;
    resources?: StrimziResourceRequirements;
    template?: { pod?: StrimziPodTemplate };
  };
  status?: {
    conditions?: StrimziCondition[];
    observedGeneration?: number;
    nodeIds?: number[];
    clusterId?: string;
    roles?: string[];
    replicas?: number;
  };
}

export interface StrimziKafkaTopic extends KubernetesObject {
  spec?: {
    topicName?: string;
    partitions?: number;
    replicas?: number;
    config?: Record<string, unknown>;
  };
  status?: {
    conditions?: StrimziCondition[];
    observedGeneration?: number;
    topicName?: string;
    topicId?: string;
    replicasChange?: {
      targetReplicas?: number;
      state?: string;
      message?: string;
      sessionId?: string;
    };
  };
}

export interface StrimziKafkaRebalance extends KubernetesObject {
  spec?: { mode?: string; brokers?: number[] };
  status?: {
    conditions?: StrimziCondition[];
    observedGeneration?: number;
    progress?: { rebalanceProgressConfigMap?: string };
    /** Free-form in the CRD (x-kubernetes-preserve-unknown-fields). */
    optimizationResult?: Record<string, unknown>;
  };
}

/**
 * The generated repositories label their Argo CD Applications with the
 * Kafka's name (scaffolder module, render/naming.ts).
 */
export const APPLICATION_KAFKA_LABEL = 'kafka-on-eks/kafka';

/** The parts of an Argo CD Application (argoproj.io/v1alpha1) the view reads. */
export interface ArgoCdApplication extends KubernetesObject {
  status?: {
    sync?: { status?: string; revision?: string };
    health?: { status?: string; message?: string };
    operationState?: {
      phase?: string;
      message?: string;
      finishedAt?: string;
    };
    conditions?: Array<{ type?: string; message?: string }>;
  };
}

export interface Pod extends KubernetesObject {
  spec?: {
    nodeName?: string;
    volumes?: Array<{
      name?: string;
      persistentVolumeClaim?: { claimName?: string };
    }>;
  };
  status?: {
    phase?: string;
    conditions?: Array<{ type?: string; status?: string }>;
    containerStatuses?: Array<{ restartCount?: number }>;
  };
}

export interface PersistentVolumeClaim extends KubernetesObject {
  spec?: {
    storageClassName?: string;
    volumeName?: string;
    volumeAttributesClassName?: string;
    resources?: { requests?: Record<string, string | number> };
  };
  status?: {
    phase?: string;
    capacity?: Record<string, string | number>;
    conditions?: Array<{ type?: string; status?: string; message?: string }>;
    allocatedResourceStatuses?: Record<string, string>;
    modifyVolumeStatus?: {
      status?: string;
      targetVolumeAttributesClassName?: string;
    };
  };
}

export interface NodeSelectorRequirement {
  key?: string;
  operator?: string;
  values?: string[];
}

export interface PersistentVolume extends KubernetesObject {
  spec?: {
    claimRef?: { namespace?: string; name?: string };
    persistentVolumeReclaimPolicy?: string;
    storageClassName?: string;
    csi?: { driver?: string; volumeHandle?: string };
    // In-tree volumes from before the CSI migration.
    awsElasticBlockStore?: { volumeID?: string };
    nodeAffinity?: {
      required?: {
        nodeSelectorTerms?: Array<{
          matchExpressions?: NodeSelectorRequirement[];
        }>;
      };
    };
  };
}

export interface Node extends KubernetesObject {
  spec?: { unschedulable?: boolean };
  status?: { conditions?: Array<{ type?: string; status?: string }> };
}

export interface StorageClass extends KubernetesObject {
  provisioner?: string;
  parameters?: Record<string, string>;
  allowVolumeExpansion?: boolean;
  reclaimPolicy?: string;
}

export interface VolumeAttributesClass extends KubernetesObject {
  driverName?: string;
  parameters?: Record<string, string>;
}
