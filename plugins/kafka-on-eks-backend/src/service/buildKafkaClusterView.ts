import type {
  KafkaClusterView,
  KafkaListenerView,
  KafkaNodePoolView,
  KafkaView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { KafkaObjectsSnapshot } from './KafkaObjectsSnapshot';
import { readinessOf, warningsOf } from './conditions';
import type { StrimziKafka } from './kubernetesObjects';
import { projectGitOps } from './projectGitOps';
import { projectNodePools } from './projectNodePools';
import { autoRebalanceOf, projectRebalances } from './projectRebalances';
import { projectTopics } from './projectTopics';
import { projectVolumes } from './projectVolumes';

/**
 * The view of one Kafka from its indexed objects. Pure: no I/O, no clock but
 * `now`, and O(objects of that Kafka). Each part is built from whatever was
 * read, so a missing Kafka or a failing kind leaves the other parts intact;
 * the failures travel in `errors`.
 */
export function buildKafkaClusterView(
  snapshot: KafkaObjectsSnapshot,
  now: Date,
): KafkaClusterView {
  const nodePools = projectNodePools(snapshot);
  const strimziApiVersion =
    snapshot.kafka?.servedAs ?? snapshot.strimziApiVersion;
  return {
    location: snapshot.location,
    ...(snapshot.observedAt && { observedAt: snapshot.observedAt }),
    generatedAt: now.toISOString(),
    ...(strimziApiVersion && { strimziApiVersion }),
    kafka: snapshot.kafka
      ? kafkaView(snapshot.kafka.kafka, nodePools)
      : { found: false },
    nodePools,
    topics: projectTopics(snapshot.topics),
    rebalances: projectRebalances(snapshot.rebalances),
    volumes: projectVolumes(snapshot, nodePools),
    gitops: projectGitOps(snapshot.applications),
    errors: snapshot.errors,
  };
}

function kafkaView(
  kafka: StrimziKafka,
  nodePools: KafkaNodePoolView[],
): KafkaView {
  const status = kafka.status ?? {};
  const readiness = readinessOf(status.conditions);
  const generation = kafka.metadata?.generation;
  const observedGeneration = status.observedGeneration;
  const nodeIdsWithRole = (role: 'controller' | 'broker') =>
    nodePools
      .filter(pool => pool.roles.includes(role))
      .flatMap(pool => pool.nodeIds)
      .sort((a, b) => a - b);

  return {
    found: true,
    ...readiness,
    warnings: warningsOf(status.conditions),
    ...(status.kafkaVersion && { kafkaVersion: status.kafkaVersion }),
    ...(status.kafkaMetadataVersion && {
      metadataVersion: status.kafkaMetadataVersion,
    }),
    ...(status.operatorLastSuccessfulVersion && {
      operatorVersion: status.operatorLastSuccessfulVersion,
    }),
    ...(status.clusterId && { clusterId: status.clusterId }),
    listeners: listenersOf(kafka),
    controllerNodeIds: nodeIdsWithRole('controller'),
    brokerNodeIds: nodeIdsWithRole('broker'),
    ...(generation !== undefined && { generation }),
    ...(observedGeneration !== undefined && { observedGeneration }),
    reconciled:
      observedGeneration !== undefined &&
      observedGeneration >= (generation ?? 0),
    ...(status.autoRebalance?.state && {
      autoRebalanceState: status.autoRebalance.state,
      autoRebalance: autoRebalanceOf(kafka),
    }),
  };
}

/**
 * Type, port and TLS are only in the spec, addresses only in the status:
 * joined by name, in spec order, keeping a status entry the spec dropped.
 */
function listenersOf(kafka: StrimziKafka): KafkaListenerView[] {
  const specListeners = kafka.spec?.kafka?.listeners ?? [];
  const statusByName = new Map(
    (kafka.status?.listeners ?? []).map(l => [l.name ?? '', l]),
  );
  const names = [
    ...specListeners.map(l => l.name ?? ''),
    ...[...statusByName.keys()].filter(
      name => !specListeners.some(l => l.name === name),
    ),
  ].filter(Boolean);

  return names.map(name => {
    const spec = specListeners.find(l => l.name === name);
    const status = statusByName.get(name);
    return {
      name,
      ...(spec?.type && { type: spec.type }),
      ...(spec?.tls !== undefined && { tls: spec.tls }),
      ...(spec?.port !== undefined && { port: spec.port }),
      ...(status?.bootstrapServers && {
        bootstrapServers: status.bootstrapServers,
      }),
      addresses: (status?.addresses ?? []).flatMap(a =>
        a.host && a.port !== undefined ? [{ host: a.host, port: a.port }] : [],
      ),
    };
  });
}
