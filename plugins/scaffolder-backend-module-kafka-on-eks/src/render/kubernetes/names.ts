/**
 * Names and labels used inside the `kubernetes/` folder only. Names shared
 * with the Terraform half live in ../naming.ts.
 */

/** Strimzi's label tying a node pool, topic, user or rebalance to its Kafka. */
export const STRIMZI_CLUSTER_LABEL = 'strimzi.io/cluster';
/** Strimzi sets it on every pod of a node pool, valued with the pool's name. */
export const STRIMZI_POOL_NAME_LABEL = 'strimzi.io/pool-name';

/** The two node pools; their names double as the `kafka-on-eks/pool` node label values. */
export const POOLS = {
  controller: 'controller',
  broker: 'broker',
} as const;
export type PoolRole = keyof typeof POOLS;

/** Argo CD Applications of the platform pieces (one of each per EKS cluster). */
export const APPLICATIONS = {
  strimziCrds: 'strimzi-crds',
  operator: 'strimzi-operator',
  prometheusCrds: 'prometheus-operator-crds',
  monitoring: 'kube-prometheus-stack',
  certManager: 'cert-manager',
  drainCleaner: 'strimzi-drain-cleaner',
} as const;

export const kafkaApplicationName = (cluster: string) => `${cluster}-kafka`;
/** One Application per client namespace: it delivers the credentials there. */
export const clientsApplicationName = (cluster: string, namespace: string) =>
  `${cluster}-clients-${namespace}`;

/**
 * The Kafka's own StorageClasses. Not the cluster default: their Retain
 * policy must not silently keep the volumes of unrelated workloads.
 */
export const KAFKA_STORAGE_CLASSES = {
  gp3: 'kafka-gp3',
  st1: 'kafka-st1',
} as const;

/** ConfigMap with the JMX Prometheus exporter rules, and its key. */
export const metricsConfigMapName = (cluster: string) =>
  `${cluster}-kafka-metrics`;
export const METRICS_CONFIG_KEY = 'kafka-metrics-config.yml';

/** The KafkaRebalance template that Cruise Control's auto-rebalance uses. */
export const rebalanceTemplateName = (cluster: string) =>
  `${cluster}-auto-rebalance`;

/** The client listener: TLS, authenticated, the only one clients reach. */
export const CLIENT_LISTENER = { name: 'tls', port: 9093 } as const;
/** Strimzi's bootstrap Service of the Kafka. */
export const bootstrapService = (cluster: string) =>
  `${cluster}-kafka-bootstrap`;
/** Strimzi's Secret with the cluster CA certificate (public part only). */
export const clusterCaCertSecret = (cluster: string) =>
  `${cluster}-cluster-ca-cert`;

/** The ClusterRole (and its binding) of the portal's group. */
export const PORTAL_CLUSTER_ROLE = 'kafka-on-eks-portal';

/** Argo CD annotations and options. */
export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
export const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';
/**
 * Neither pruned when it leaves Git nor deleted with its Application: for
 * everything whose loss loses data (the Kafka, its pools, volumes' classes,
 * the CRDs whose deletion deletes every Kafka).
 */
export const KEEP = 'Prune=false,Delete=false';
/** Deleting an Application deletes what it synced (cascade). */
export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/** The namespace manifest, kept out of the Kafka app (see argocd.ts). */
export const NAMESPACE_FILE = 'namespace.yaml';
/** Folder of the Kustomize source that installs Strimzi's CRDs. */
export const STRIMZI_CRDS_PATH = 'kubernetes/strimzi-crds';
/** Folder of one client namespace's credential delivery. */
export const clientsPath = (namespace: string) =>
  `kubernetes/clients/${namespace}`;
