import type {
  KafkaLocation,
  KafkaViewError,
  KafkaViewErrorType,
  StrimziApiVersion,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type {
  ArgoCdApplication,
  PersistentVolume,
  PersistentVolumeClaim,
  Pod,
  StorageClass,
  StrimziKafkaNodePool,
  StrimziKafkaRebalance,
  StrimziKafkaTopic,
  VolumeAttributesClass,
} from './kubernetesObjects';
import type { NodeFacts } from './kubernetesNodes';
import type { NormalizedKafka } from './normalize';

/**
 * Everything the index holds for one Kafka, copied out so that the
 * projection works on a stable set while informers keep writing.
 */
export interface KafkaObjectsSnapshot {
  location: KafkaLocation;
  observedAt?: string;
  strimziApiVersion?: StrimziApiVersion;
  kafka?: NormalizedKafka;
  nodePools: StrimziKafkaNodePool[];
  topics: StrimziKafkaTopic[];
  rebalances: StrimziKafkaRebalance[];
  /** Argo CD Applications labelled for this Kafka; undefined when the cluster has no Argo CD. */
  applications?: ArgoCdApplication[];
  pods: Pod[];
  persistentVolumeClaims: PersistentVolumeClaim[];
  /** The PersistentVolume bound to each claim, by claim name. */
  volumeByClaim: ReadonlyMap<string, PersistentVolume>;
  /** The StorageClasses and VolumeAttributesClasses the claims name. */
  storageClasses: ReadonlyMap<string, StorageClass>;
  volumeAttributesClasses: ReadonlyMap<string, VolumeAttributesClass>;
  /** Every node of the Kubernetes cluster; undefined until they were listed. */
  nodes?: readonly NodeFacts[];
  /** Errors of the Kubernetes cluster and of each kind, cluster first. */
  errors: KafkaViewError[];
}

/** A failure as the cluster source classified it. */
export interface IndexedError {
  type: KafkaViewErrorType;
  message: string;
}
