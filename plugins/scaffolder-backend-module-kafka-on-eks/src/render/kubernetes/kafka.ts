import {
  metadataVersionOf,
  replicationFor,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_NAMESPACE, ZONE_TOPOLOGY_KEY } from '../naming';
import { cruiseControlSpec, hasCruiseControl } from './cruiseControl';
import { kafkaMetricsConfig } from './metrics';

/** Broker settings that follow from the broker count. */
export function kafkaConfig(request: KafkaClusterRequest) {
  const { replicationFactor, minInSyncReplicas } = replicationFor(
    request.brokers.replicas,
  );
  return {
    'default.replication.factor': replicationFactor,
    'min.insync.replicas': minInSyncReplicas,
    'offsets.topic.replication.factor': replicationFactor,
    'transaction.state.log.replication.factor': replicationFactor,
    'transaction.state.log.min.isr': minInSyncReplicas,
    // Consumers that set client.rack read from a replica in their own zone,
    // which saves cross-zone transfer.
    'replica.selector.class':
      'org.apache.kafka.common.replica.RackAwareReplicaSelector',
    // Cruise Control's metrics topic takes default.replication.factor but a
    // min ISR of 1 unless told otherwise.
    ...(hasCruiseControl(request) && {
      'cruise.control.metrics.topic.min.insync.replicas': minInSyncReplicas,
    }),
  };
}

const operatorResources = {
  requests: { cpu: '100m', memory: '384Mi' },
  limits: { memory: '384Mi' },
};

/**
 * The Kafka. In `kafka.strimzi.io/v1` the replicas, storage and resources
 * of the nodes live on the KafkaNodePools, not here.
 */
export function kafkaResource(request: KafkaClusterRequest) {
  const cruiseControl = cruiseControlSpec(request);
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    metadata: { name: request.name, namespace: KAFKA_NAMESPACE },
    spec: {
      kafka: {
        version: request.kafkaVersion,
        metadataVersion: metadataVersionOf(request.kafkaVersion),
        listeners: [
          { name: 'plain', port: 9092, type: 'internal', tls: false },
          { name: 'tls', port: 9093, type: 'internal', tls: true },
        ],
        // broker.rack from the node's zone: replicas of a partition land in
        // different zones.
        rack: { type: 'topology-label', topologyKey: ZONE_TOPOLOGY_KEY },
        config: kafkaConfig(request),
        metricsConfig: kafkaMetricsConfig(request),
      },
      entityOperator: {
        topicOperator: { resources: operatorResources },
        userOperator: { resources: operatorResources },
      },
      ...(cruiseControl && { cruiseControl }),
      kafkaExporter: {
        topicRegex: '.*',
        groupRegex: '.*',
        resources: {
          requests: { cpu: '100m', memory: '128Mi' },
          limits: { memory: '256Mi' },
        },
      },
    },
  };
}
