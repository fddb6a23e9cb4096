import { parse } from 'yaml';
import { requestWith } from '../__fixtures__/requests';
import { onlyDocument, renderDocuments } from './__testUtils__/documents';

const documents = renderDocuments(requestWith());
const kafka = onlyDocument(documents, 'Kafka');
const configMap = onlyDocument(documents, 'ConfigMap');

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
      expect(['GAUGE', 'COUNTER']).toContain(rule.type);
      // Captures are substituted before the exporter turns `-` into `_`.
      const name = rule.name.replace(/\$\d/g, 'x');
      expect(name).toMatch(/^kafka_[a-z0-9_]+$/);
      const groups = new RegExp(`${rule.pattern}|`).exec('')!.length - 1;
      for (const ref of JSON.stringify(rule).match(/\$(\d)/g) ?? []) {
        expect(Number(ref.slice(1))).toBeLessThanOrEqual(groups);
      }
    }
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
