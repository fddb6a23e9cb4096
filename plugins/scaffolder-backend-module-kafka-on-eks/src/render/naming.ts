/**
 * Names the Terraform and the Kubernetes halves of a generated repository
 * must agree on. Fixed, never user text.
 */

/** Namespace of the Kafka, its node pools and topics. */
export const KAFKA_NAMESPACE = 'kafka';
/** Namespace of the Strimzi cluster operator. */
export const STRIMZI_NAMESPACE = 'strimzi';
/** Namespace Argo CD is installed into by Terraform. */
export const ARGOCD_NAMESPACE = 'argocd';

/** StorageClass names, one per EBS type. */
export const STORAGE_CLASS_NAMES = { gp3: 'gp3', st1: 'st1' } as const;
/** VolumeAttributesClass carrying the brokers' provisioned gp3 IOPS/throughput. */
export const BROKER_VOLUME_ATTRIBUTES_CLASS = 'kafka-broker-gp3';

/** The well-known zone label, for rack awareness and topology spread. */
export const ZONE_TOPOLOGY_KEY = 'topology.kubernetes.io/zone';

/** Node label that Kafka node groups carry, valued with the pool's role. */
export const KAFKA_POOL_NODE_LABEL = 'kafka-on-eks/pool';
/** The taint on Kafka nodes; Kafka pods tolerate it, nothing else does. */
export const KAFKA_TAINT = {
  key: 'dedicated',
  value: 'kafka',
  effect: 'NoSchedule',
} as const;

/** Folders of the generated repository that Argo CD syncs. */
export const GITOPS_PATHS = {
  /** Argo CD Applications (app of apps), synced by the bootstrap Application. */
  applications: 'kubernetes/argocd',
  /** The Kafka, node pools, topics and monitoring. */
  kafka: 'kubernetes/kafka',
} as const;

/** Strimzi's OCI Helm chart of the cluster operator. */
export const STRIMZI_HELM_CHART =
  'oci://quay.io/strimzi-helm/strimzi-kafka-operator';

/**
 * The git URL Argo CD clones, from the RepoUrlPicker format
 * (`github.com?owner=acme&repo=orders-kafka`). Both parts were validated
 * against strict patterns.
 */
export function gitCloneUrl(repoUrl: string | undefined, name: string): string {
  if (!repoUrl) return `https://github.com/REPLACE-ME/${name}.git`;
  const [host, query] = repoUrl.split('?');
  const params = new URLSearchParams(query);
  return `https://${host}/${params.get('owner')}/${params.get('repo')}.git`;
}
