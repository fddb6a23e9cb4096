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
/**
 * Namespace of the External Secrets Operator. Terraform's bootstrap stage
 * installs it with Argo CD: it delivers Argo CD's own repository
 * credentials, so it cannot come from the repository Argo CD cannot yet read.
 */
export const EXTERNAL_SECRETS_NAMESPACE = 'external-secrets';
/** Its controller's service account, bound to an IAM role through EKS Pod Identity. */
export const EXTERNAL_SECRETS_SERVICE_ACCOUNT = 'external-secrets';
/** Namespace of kube-prometheus-stack (Prometheus, which scrapes the PodMonitors). */
export const MONITORING_NAMESPACE = 'monitoring';

/**
 * The AWS Secrets Manager secret holding Argo CD's read-only deploy key for
 * this repository (`sshPrivateKey`), created by hand before the bootstrap
 * stage so the key never passes through Terraform state.
 */
export const gitopsDeployKeySecretName = (cluster: string) =>
  `kafka-on-eks/${cluster}/gitops-deploy-key`;

/**
 * The Kubernetes group the portal's EKS access entry maps to; a ClusterRole
 * delivered by GitOps grants it read access to the Kafka objects only.
 */
export const PORTAL_KUBERNETES_GROUP = 'kafka-on-eks-portal';

/** Label on every generated Argo CD Application, valued with the Kafka's name. */
export const APPLICATION_KAFKA_LABEL = 'kafka-on-eks/kafka';

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
 * The SSH URL Argo CD clones with its read-only deploy key, from the
 * RepoUrlPicker format (`github.com?owner=acme&repo=orders-kafka`). Both
 * parts were validated against strict patterns.
 */
export function gitCloneUrl(repoUrl: string | undefined, name: string): string {
  if (!repoUrl) return `git@github.com:REPLACE-ME/${name}.git`;
  const [host, query] = repoUrl.split('?');
  const params = new URLSearchParams(query);
  const hostname = host.split(':')[0];
  return `git@${hostname}:${params.get('owner')}/${params.get('repo')}.git`;
}

/** `[host/]owner/repo` for `gh --repo`, from the clone URL. */
export function ghRepository(
  repoUrl: string | undefined,
  name: string,
): string {
  const url = gitCloneUrl(repoUrl, name);
  const host = url.slice(url.indexOf('@') + 1, url.indexOf(':'));
  const path = url.slice(url.indexOf(':') + 1).replace(/\.git$/, '');
  return host === 'github.com' ? path : `${host}/${path}`;
}
