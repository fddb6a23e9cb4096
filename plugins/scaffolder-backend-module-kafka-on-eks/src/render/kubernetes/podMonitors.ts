import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_NAMESPACE, STRIMZI_NAMESPACE } from '../naming';
import { STRIMZI_CLUSTER_LABEL, SYNC_OPTIONS, SYNC_WAVE } from './names';

/**
 * Argo CD: applied after the Kafka is healthy, and a missing PodMonitor CRD
 * (no Prometheus Operator yet) fails only these, not the dry run of the
 * whole folder.
 */
const argoAnnotations = {
  [SYNC_WAVE]: '1',
  [SYNC_OPTIONS]: 'SkipDryRunOnMissingResource=true',
};

function podMonitor(name: string, spec: Record<string, unknown>) {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PodMonitor',
    metadata: {
      name,
      namespace: KAFKA_NAMESPACE,
      annotations: argoAnnotations,
    },
    spec,
  };
}

// Strimzi's own pod labels (strimzi_io_cluster, strimzi_io_pool_name, ...)
// and the node become target labels; Prometheus Operator adds namespace and
// pod itself. Dashboards and the portal select by namespace and cluster.
const strimziLabels = [
  {
    action: 'labelmap',
    regex: '__meta_kubernetes_pod_label_(strimzi_io_.+)',
    replacement: '$1',
  },
  {
    action: 'replace',
    sourceLabels: ['__meta_kubernetes_pod_node_name'],
    targetLabel: 'node',
  },
];

/**
 * Scrape targets for Prometheus Operator: the Kafka nodes and the Kafka
 * Exporter (both `strimzi.io/kind: Kafka` with a `tcp-prometheus` port),
 * the entity operator, and the cluster operator in its own namespace.
 */
export function podMonitors(request: KafkaClusterRequest) {
  return [
    podMonitor(`${request.name}-kafka`, {
      selector: {
        matchLabels: { [STRIMZI_CLUSTER_LABEL]: request.name },
        matchExpressions: [
          { key: 'strimzi.io/kind', operator: 'In', values: ['Kafka'] },
        ],
      },
      namespaceSelector: { matchNames: [KAFKA_NAMESPACE] },
      podMetricsEndpoints: [
        {
          port: 'tcp-prometheus',
          path: '/metrics',
          relabelings: strimziLabels,
        },
      ],
    }),
    podMonitor(`${request.name}-entity-operator`, {
      selector: {
        matchLabels: { 'strimzi.io/name': `${request.name}-entity-operator` },
      },
      namespaceSelector: { matchNames: [KAFKA_NAMESPACE] },
      // Strimzi 1.x names the two containers' ports apart.
      podMetricsEndpoints: ['healthcheck-to', 'healthcheck-uo'].map(port => ({
        port,
        path: '/metrics',
        relabelings: strimziLabels,
      })),
    }),
    podMonitor('strimzi-cluster-operator', {
      selector: { matchLabels: { 'strimzi.io/kind': 'cluster-operator' } },
      namespaceSelector: { matchNames: [STRIMZI_NAMESPACE] },
      podMetricsEndpoints: [
        { port: 'http', path: '/metrics', relabelings: strimziLabels },
      ],
    }),
  ];
}
