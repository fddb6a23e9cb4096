/**
 * Names and labels used inside the `kubernetes/` folder only. Names shared
 * with the Terraform half live in ../naming.ts.
 */

/** Strimzi's label tying a node pool, topic or rebalance to its Kafka. */
export const STRIMZI_CLUSTER_LABEL = 'strimzi.io/cluster';
/** Strimzi sets it on every pod of a node pool, valued with the pool's name. */
export const STRIMZI_POOL_NAME_LABEL = 'strimzi.io/pool-name';

/** The two node pools; their names double as the `kafka-on-eks/pool` node label values. */
export const POOLS = {
  controller: 'controller',
  broker: 'broker',
} as const;
export type PoolRole = keyof typeof POOLS;

/** The Argo CD Application that installs the Strimzi cluster operator. */
export const OPERATOR_APPLICATION = 'strimzi-operator';

/** The Argo CD Application that installs the Prometheus Operator's CRDs. */
export const PROMETHEUS_CRDS_APPLICATION = 'prometheus-operator-crds';
/** Chart of the CRDs alone (prometheus-community); PodMonitor is monitoring.coreos.com/v1. */
export const PROMETHEUS_CRDS_CHART = {
  repoURL: 'https://prometheus-community.github.io/helm-charts',
  chart: 'prometheus-operator-crds',
  version: '16.0.0',
} as const;

export const kafkaApplicationName = (cluster: string) => `${cluster}-kafka`;

/** ConfigMap with the JMX Prometheus exporter rules, and its key. */
export const metricsConfigMapName = (cluster: string) =>
  `${cluster}-kafka-metrics`;
export const METRICS_CONFIG_KEY = 'kafka-metrics-config.yml';

/** The KafkaRebalance template that Cruise Control's auto-rebalance uses. */
export const rebalanceTemplateName = (cluster: string) =>
  `${cluster}-auto-rebalance`;

/** Argo CD annotations. */
export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
export const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';

/** The namespace manifest, kept out of the Kafka app (see argocd.ts). */
export const NAMESPACE_FILE = 'namespace.yaml';
