import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_NAMESPACE } from '../naming';
import { METRICS_CONFIG_KEY, metricsConfigMapName } from './names';
import { toYaml } from './yaml';

interface JmxRule {
  pattern: string;
  name: string;
  type: 'GAUGE' | 'COUNTER' | 'UNTYPED';
  value?: number;
  labels?: Record<string, string>;
}

/**
 * JMX Prometheus exporter rules: the broker and controller metrics a Kafka
 * dashboard and its alerts need, and nothing else (every exported series
 * costs Prometheus memory). Each rule gives the metric the name and labels
 * Strimzi 1.2.0's example `kafka-metrics.yaml` gives it, so Strimzi's
 * dashboards and alerts work unchanged (its generic rules name a metric
 * `kafka_<domain>_<type>_<name>`, `_total` for a `PerSec` meter's count).
 * Patterns match `domain<properties><>attribute`; `attribute: value` forms
 * match the attribute-style KRaft MBeans. The first matching rule wins, so
 * specific rules come before general ones.
 */
const JMX_RULES: JmxRule[] = [
  // Throughput per topic and in total (messages, bytes in/out, failed requests).
  {
    pattern:
      'kafka.server<type=BrokerTopicMetrics, name=(\\w+)PerSec, topic=(.+)><>Count',
    name: 'kafka_server_brokertopicmetrics_$1_total',
    type: 'COUNTER',
    labels: { topic: '$2' },
  },
  {
    pattern: 'kafka.server<type=BrokerTopicMetrics, name=(\\w+)PerSec><>Count',
    name: 'kafka_server_brokertopicmetrics_$1_total',
    type: 'COUNTER',
  },
  // Replication health: under-replicated, under-min-ISR, leader and partition counts, ISR churn.
  {
    pattern: 'kafka.server<type=ReplicaManager, name=(\\w+)PerSec><>Count',
    name: 'kafka_server_replicamanager_$1_total',
    type: 'COUNTER',
  },
  {
    pattern: 'kafka.server<type=ReplicaManager, name=(\\w+)><>Value',
    name: 'kafka_server_replicamanager_$1',
    type: 'GAUGE',
  },
  // KRaft controller: active controller, offline partitions, metadata errors.
  {
    pattern: 'kafka.controller<type=KafkaController, name=(\\w+)><>Value',
    name: 'kafka_controller_kafkacontroller_$1',
    type: 'GAUGE',
  },
  {
    pattern: 'kafka.controller<type=ControllerStats, name=(\\w+)PerSec><>Count',
    name: 'kafka_controller_controllerstats_$1_total',
    type: 'COUNTER',
  },
  {
    pattern: 'kafka.controller<type=ControllerStats, name=(\\w+)><>Count',
    name: 'kafka_controller_controllerstats_$1_count',
    type: 'COUNTER',
  },
  // Request rates and latency percentiles per request type (Strimzi's
  // example leaves RequestMetrics out; these follow its naming scheme).
  {
    pattern:
      'kafka.network<type=RequestMetrics, name=RequestsPerSec, request=(\\w+), version=(\\d+)><>Count',
    name: 'kafka_network_requestmetrics_requests_total',
    type: 'COUNTER',
    labels: { request: '$1', version: '$2' },
  },
  {
    pattern:
      'kafka.network<type=RequestMetrics, name=(\\w+TimeMs), request=(\\w+)><>(\\d+)thPercentile',
    name: 'kafka_network_requestmetrics_$1',
    type: 'GAUGE',
    labels: { request: '$2', quantile: '0.$3' },
  },
  // Saturation of the request handler and network threads (1 = idle).
  {
    pattern:
      'kafka.server<type=KafkaRequestHandlerPool, name=RequestHandlerAvgIdlePercent><>MeanRate',
    name: 'kafka_server_kafkarequesthandlerpool_requesthandleravgidle_percent',
    type: 'GAUGE',
  },
  {
    pattern:
      'kafka.network<type=SocketServer, name=NetworkProcessorAvgIdlePercent><>Value',
    name: 'kafka_network_socketserver_networkprocessoravgidle_percent',
    type: 'GAUGE',
  },
  // Disk: partition sizes and offline log directories.
  {
    pattern:
      'kafka.log<type=Log, name=Size, topic=(.+), partition=(\\d+)><>Value',
    name: 'kafka_log_log_size',
    type: 'GAUGE',
    labels: { topic: '$1', partition: '$2' },
  },
  {
    pattern: 'kafka.log<type=LogManager, name=(\\w+)><>Value',
    name: 'kafka_log_logmanager_$1',
    type: 'GAUGE',
  },
  // Client connections per listener.
  {
    pattern:
      'kafka.server<type=socket-server-metrics, listener=(.+), networkProcessor=(.+)><>connection-count',
    name: 'kafka_server_socket_server_metrics_connection_count',
    type: 'GAUGE',
    labels: { listener: '$1', networkProcessor: '$2' },
  },
  // KRaft quorum: counters (totals and maxima), the state as a labelled 1,
  // then the remaining gauges.
  {
    pattern: 'kafka.server<type=raft-metrics><>(.+-total|.+-max):',
    name: 'kafka_server_raftmetrics_$1',
    type: 'COUNTER',
  },
  {
    pattern: 'kafka.server<type=raft-metrics><>(current-state): (.+)',
    name: 'kafka_server_raftmetrics_$1',
    type: 'UNTYPED',
    value: 1,
    labels: { current_state: '$2' },
  },
  {
    pattern: 'kafka.server<type=raft-metrics><>(.+):',
    name: 'kafka_server_raftmetrics_$1',
    type: 'GAUGE',
  },
  {
    pattern: 'kafka.server<type=broker-metadata-metrics><>(.+):',
    name: 'kafka_server_brokermetadatametrics_$1',
    type: 'GAUGE',
  },
];

/** The exporter configuration, as the text the ConfigMap carries. */
export function jmxExporterConfig(): string {
  return toYaml({
    // Names lower-cased, label names as written: as in Strimzi's example.
    lowercaseOutputName: true,
    rules: JMX_RULES,
  });
}

/** The ConfigMap `spec.kafka.metricsConfig` points at. */
export function metricsConfigMap(request: KafkaClusterRequest) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: metricsConfigMapName(request.name),
      namespace: KAFKA_NAMESPACE,
    },
    data: { [METRICS_CONFIG_KEY]: jmxExporterConfig() },
  };
}

/** `spec.kafka.metricsConfig`: a CEL rule of the CRD requires `valueFrom` for this type. */
export function kafkaMetricsConfig(request: KafkaClusterRequest) {
  return {
    type: 'jmxPrometheusExporter',
    valueFrom: {
      configMapKeyRef: {
        name: metricsConfigMapName(request.name),
        key: METRICS_CONFIG_KEY,
      },
    },
  };
}
