import {
  KAFKA_ENTITY_REF_ANNOTATION,
  effectiveMetadataVersion,
  replicationFor,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_NAMESPACE, ZONE_TOPOLOGY_KEY } from '../naming';
import { clientNamespaces } from './clientCredentials';
import { cruiseControlSpec, hasCruiseControl } from './cruiseControl';
import { kafkaMetricsConfig } from './metrics';
import { CLIENT_LISTENER, KEEP, SYNC_OPTIONS } from './names';

/** Broker settings that follow from the broker count. */
export function kafkaConfig(request: KafkaClusterRequest) {
  const { replicationFactor, minInSyncReplicas } = replicationFor(
    request.brokers.replicas,
  );
  return {
    // Topics exist because Git says so, not because a client named one.
    'auto.create.topics.enable': false,
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

/**
 * Who may open a connection to the client listener: the namespaces of the
 * request's clients. With no clients, a peer nothing matches (no pod
 * carries this label), as an empty list would let every pod in. Strimzi's
 * own components are not affected: they use the replication listener.
 */
export const NO_CLIENTS_PEER = {
  podSelector: { matchLabels: { 'kafka-on-eks/no-clients': 'true' } },
};

export function clientListenerPeers(request: KafkaClusterRequest) {
  const namespaces = clientNamespaces(request);
  if (namespaces.length === 0) return [NO_CLIENTS_PEER];
  return namespaces.map(namespace => ({
    namespaceSelector: {
      matchLabels: { 'kubernetes.io/metadata.name': namespace },
    },
  }));
}

/** The only client listener: TLS, with the request's client authentication. */
export function clientListener(request: KafkaClusterRequest) {
  return {
    name: CLIENT_LISTENER.name,
    port: CLIENT_LISTENER.port,
    type: 'internal',
    tls: true,
    authentication: { type: request.clientAuthentication },
    networkPolicyPeers: clientListenerPeers(request),
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
    metadata: {
      name: request.name,
      namespace: KAFKA_NAMESPACE,
      annotations: {
        // The entity catalog-info.yaml registers: discovery leaves it alone.
        [KAFKA_ENTITY_REF_ANNOTATION]: `resource:default/${request.name}`,
        [SYNC_OPTIONS]: KEEP,
      },
    },
    spec: {
      kafka: {
        version: request.kafkaVersion,
        metadataVersion: effectiveMetadataVersion(request),
        listeners: [clientListener(request)],
        // ACLs of the KafkaUsers; Strimzi grants its own components, so no
        // superUsers.
        authorization: { type: 'simple' },
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
