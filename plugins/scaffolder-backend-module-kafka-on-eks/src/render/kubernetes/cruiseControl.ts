import {
  replicationFor,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_NAMESPACE } from '../naming';
import { rebalanceTemplateName } from './names';

const goal = (name: string) =>
  `com.linkedin.kafka.cruisecontrol.analyzer.goals.${name}`;

/**
 * Cruise Control goals when some replication factor exceeds the zone count
 * (3 replicas over 2 zones). `RackAwareGoal`, a hard goal by default, then
 * fails every proposal; `RackAwareDistributionGoal` spreads replicas as
 * evenly as the zones allow. They are Strimzi 1.2's defaults with that one
 * swap, minus the network goals Strimzi drops when no network capacity is
 * set. `anomaly.detection.goals` must stay within `default.goals`, or Cruise
 * Control refuses to start.
 */
const RACK_DISTRIBUTION_GOALS = {
  'default.goals': [
    'RackAwareDistributionGoal',
    'MinTopicLeadersPerBrokerGoal',
    'ReplicaCapacityGoal',
    'DiskCapacityGoal',
    'CpuCapacityGoal',
    'ReplicaDistributionGoal',
    'DiskUsageDistributionGoal',
    'CpuUsageDistributionGoal',
    'TopicReplicaDistributionGoal',
    'LeaderReplicaDistributionGoal',
  ],
  'hard.goals': [
    'RackAwareDistributionGoal',
    'ReplicaCapacityGoal',
    'DiskCapacityGoal',
    'CpuCapacityGoal',
  ],
  'anomaly.detection.goals': [
    'RackAwareDistributionGoal',
    'MinTopicLeadersPerBrokerGoal',
    'ReplicaCapacityGoal',
    'DiskCapacityGoal',
  ],
};

/** Strimzi refuses Cruise Control with a single broker. */
export function hasCruiseControl(request: KafkaClusterRequest): boolean {
  return request.brokers.replicas >= 2;
}

/** The largest replication factor the request asks for, cluster default or topic. */
function largestReplicationFactor(request: KafkaClusterRequest): number {
  const { replicationFactor } = replicationFor(request.brokers.replicas);
  return Math.max(
    replicationFactor,
    ...request.topics.map(t => t.replicationFactor),
  );
}

/** Whether replicas outnumber zones, so strict rack awareness cannot hold. */
export function needsRackDistributionGoal(
  request: KafkaClusterRequest,
): boolean {
  return largestReplicationFactor(request) > request.zones;
}

/** `spec.cruiseControl` of the Kafka, or undefined with a single broker. */
export function cruiseControlSpec(request: KafkaClusterRequest) {
  if (!hasCruiseControl(request)) return undefined;
  const template = { name: rebalanceTemplateName(request.name) };
  const config = needsRackDistributionGoal(request)
    ? Object.fromEntries(
        Object.entries(RACK_DISTRIBUTION_GOALS).map(([key, goals]) => [
          key,
          goals.map(goal).join(','),
        ]),
      )
    : undefined;
  return {
    resources: {
      requests: { cpu: '500m', memory: '1Gi' },
      limits: { memory: '2Gi' },
    },
    ...(config && { config }),
    // Strimzi runs these rebalances itself after a broker pool grows or
    // before it shrinks, with the template's settings.
    autoRebalance: [
      { mode: 'add-brokers', template },
      { mode: 'remove-brokers', template },
    ],
  };
}

/**
 * The template both auto-rebalance modes use. Templates carry no
 * `strimzi.io/cluster` label and no mode: Strimzi copies them into the
 * rebalances it creates. No goals: Cruise Control's `default.goals` apply.
 */
export function rebalanceTemplate(request: KafkaClusterRequest) {
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaRebalance',
    metadata: {
      name: rebalanceTemplateName(request.name),
      namespace: KAFKA_NAMESPACE,
      annotations: { 'strimzi.io/rebalance-template': 'true' },
    },
    spec: {
      // Cruise Control's defaults, written out so they can be tuned here.
      concurrentPartitionMovementsPerBroker: 5,
      concurrentLeaderMovements: 1000,
    },
  };
}
