import { parse } from 'yaml';
import { requestWith } from '../__fixtures__/requests';
import { onlyDocument, renderDocuments } from './__testUtils__/documents';

const documents = renderDocuments(requestWith());
const kafka = onlyDocument(documents, 'Kafka');
const configMap = onlyDocument(documents, 'ConfigMap');

/**
 * What the JMX exporter makes of one MBean attribute (`domain<props><>attr:
 * value`): the first rule whose pattern matches anywhere in it, its name
 * with the captures filled in, lower-cased, invalid characters made `_`.
 */
function exportedAs(rules: any[], attribute: string) {
  for (const rule of rules) {
    const match = new RegExp(rule.pattern).exec(attribute);
    if (!match) continue;
    const fill = (text: string) =>
      text.replace(/\$(\d)/g, (_m, i) => match[Number(i)]);
    const safe = (text: string) => text.replace(/[^a-zA-Z0-9_]+/g, '_');
    return {
      name: safe(fill(rule.name).toLowerCase()),
      labels: Object.fromEntries(
        Object.entries<string>(rule.labels ?? {}).map(([k, v]) => [
          safe(fill(k)),
          fill(v),
        ]),
      ),
    };
  }
  return undefined;
}

/**
 * Names (and labels) Strimzi 1.2.0's example kafka-metrics.yaml gives these
 * attributes, which its dashboards and alerts query. RequestMetrics, which
 * the example leaves out, follows its generic naming.
 */
const STRIMZI_NAMES: Array<[string, string, Record<string, string>?]> = [
  [
    'kafka.server<type=BrokerTopicMetrics, name=MessagesInPerSec, topic=orders><>Count: 4',
    'kafka_server_brokertopicmetrics_messagesin_total',
    { topic: 'orders' },
  ],
  [
    'kafka.server<type=BrokerTopicMetrics, name=BytesOutPerSec><>Count: 4',
    'kafka_server_brokertopicmetrics_bytesout_total',
  ],
  [
    'kafka.server<type=ReplicaManager, name=IsrShrinksPerSec><>Count: 1',
    'kafka_server_replicamanager_isrshrinks_total',
  ],
  [
    'kafka.server<type=ReplicaManager, name=UnderReplicatedPartitions><>Value: 0',
    'kafka_server_replicamanager_underreplicatedpartitions',
  ],
  [
    'kafka.controller<type=KafkaController, name=ActiveControllerCount><>Value: 1',
    'kafka_controller_kafkacontroller_activecontrollercount',
  ],
  [
    'kafka.controller<type=ControllerStats, name=UncleanLeaderElectionsPerSec><>Count: 0',
    'kafka_controller_controllerstats_uncleanleaderelections_total',
  ],
  [
    'kafka.controller<type=ControllerStats, name=LeaderElectionRateAndTimeMs><>Count: 2',
    'kafka_controller_controllerstats_leaderelectionrateandtimems_count',
  ],
  [
    'kafka.server<type=KafkaRequestHandlerPool, name=RequestHandlerAvgIdlePercent><>MeanRate: 0.9',
    'kafka_server_kafkarequesthandlerpool_requesthandleravgidle_percent',
  ],
  [
    'kafka.network<type=SocketServer, name=NetworkProcessorAvgIdlePercent><>Value: 0.9',
    'kafka_network_socketserver_networkprocessoravgidle_percent',
  ],
  [
    'kafka.log<type=Log, name=Size, topic=orders, partition=3><>Value: 10',
    'kafka_log_log_size',
    { topic: 'orders', partition: '3' },
  ],
  [
    'kafka.log<type=LogManager, name=OfflineLogDirectoryCount><>Value: 0',
    'kafka_log_logmanager_offlinelogdirectorycount',
  ],
  [
    'kafka.server<type=socket-server-metrics, listener=TLS-9093, networkProcessor=3><>connection-count: 5',
    'kafka_server_socket_server_metrics_connection_count',
    { listener: 'TLS-9093', networkProcessor: '3' },
  ],
  [
    'kafka.server<type=raft-metrics><>append-records-total: 10',
    'kafka_server_raftmetrics_append_records_total',
  ],
  [
    'kafka.server<type=raft-metrics><>commit-latency-max: 10',
    'kafka_server_raftmetrics_commit_latency_max',
  ],
  [
    'kafka.server<type=raft-metrics><>current-state: leader',
    'kafka_server_raftmetrics_current_state',
    { current_state: 'leader' },
  ],
  [
    'kafka.server<type=raft-metrics><>high-watermark: 5',
    'kafka_server_raftmetrics_high_watermark',
  ],
  [
    'kafka.server<type=broker-metadata-metrics><>last-applied-record-offset: 5',
    'kafka_server_brokermetadatametrics_last_applied_record_offset',
  ],
  [
    'kafka.network<type=RequestMetrics, name=TotalTimeMs, request=Produce><>99thPercentile: 3',
    'kafka_network_requestmetrics_totaltimems',
    { request: 'Produce', quantile: '0.99' },
  ],
];

describe('Kafka metrics', () => {
  it('point the Kafka at the generated ConfigMap key', () => {
    const ref = kafka.spec.kafka.metricsConfig;
    expect(ref.type).toBe('jmxPrometheusExporter');
    expect(ref.valueFrom.configMapKeyRef.name).toBe(configMap.metadata.name);
    expect(configMap.metadata.namespace).toBe(kafka.metadata.namespace);
    expect(Object.keys(configMap.data)).toEqual([
      ref.valueFrom.configMapKeyRef.key,
    ]);
  });

  it('hold exporter rules with valid patterns and metric names', () => {
    const config = parse(Object.values<string>(configMap.data)[0]);
    expect(config.lowercaseOutputName).toBe(true);
    expect(config.rules.length).toBeGreaterThan(5);
    for (const rule of config.rules) {
      expect(() => new RegExp(rule.pattern)).not.toThrow();
      expect(['GAUGE', 'COUNTER', 'UNTYPED']).toContain(rule.type);
      // Captures are substituted before the exporter turns `-` into `_`.
      const name = rule.name.replace(/\$\d/g, 'x');
      expect(name).toMatch(/^kafka_[a-z0-9_]+$/);
      const groups = new RegExp(`${rule.pattern}|`).exec('')!.length - 1;
      for (const ref of JSON.stringify(rule).match(/\$(\d)/g) ?? []) {
        expect(Number(ref.slice(1))).toBeLessThanOrEqual(groups);
      }
    }
  });

  it.each(STRIMZI_NAMES)(
    'exports %s with the name Strimzi 1.2.0 gives it',
    (attribute, name, labels = {}) => {
      const config = parse(Object.values<string>(configMap.data)[0]);
      expect(exportedAs(config.rules, attribute)).toEqual({ name, labels });
    },
  );

  it('uses none of the names Strimzi has since replaced', () => {
    const text = Object.values<string>(configMap.data)[0];
    expect(text).not.toMatch(/raft_metrics|broker_metadata_metrics/);
  });

  it('cover the signals a Kafka dashboard needs', () => {
    const text = Object.values<string>(configMap.data)[0];
    for (const mbean of [
      'BrokerTopicMetrics',
      'ReplicaManager',
      'KafkaController',
      'RequestMetrics',
      'raft-metrics',
    ]) {
      expect(text).toContain(mbean);
    }
  });

  it('add the Kafka Exporter for consumer lag', () => {
    expect(kafka.spec.kafkaExporter).toMatchObject({
      topicRegex: '.*',
      groupRegex: '.*',
    });
  });
});
