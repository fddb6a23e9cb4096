import {
  REBALANCE_ANNOTATION,
  rebalanceActionsFor,
  type KafkaAutoRebalanceView,
  type KafkaRebalanceProposalView,
  type KafkaRebalanceView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { stateConditionOf } from './conditions';
import type { StrimziKafka, StrimziKafkaRebalance } from './kubernetesObjects';
import { compareText } from './sorting';

const NUMBER_FIELDS = [
  'dataToMoveMB',
  'intraBrokerDataToMoveMB',
  'numReplicaMovements',
  'numIntraBrokerReplicaMovements',
  'numLeaderMovements',
  'onDemandBalancednessScoreBefore',
  'onDemandBalancednessScoreAfter',
  'monitoredPartitionsPercentage',
  'recentWindows',
] as const;

const TEXT_FIELDS = ['provisionStatus', 'provisionRecommendation'] as const;

/** The KafkaRebalances of one Kafka, by name. */
export function projectRebalances(
  rebalances: readonly StrimziKafkaRebalance[],
): KafkaRebalanceView[] {
  return rebalances
    .map(rebalanceView)
    .sort((a, b) => compareText(a.name, b.name));
}

export function rebalanceView(
  rebalance: StrimziKafkaRebalance,
): KafkaRebalanceView {
  const state = stateConditionOf(rebalance.status?.conditions);
  const requestedAction =
    rebalance.metadata?.annotations?.[REBALANCE_ANNOTATION];
  const progressConfigMap =
    rebalance.status?.progress?.rebalanceProgressConfigMap;
  const proposal = proposalOf(rebalance.status?.optimizationResult);
  return {
    name: rebalance.metadata?.name ?? '',
    // Strimzi's default when the spec names no mode.
    mode: rebalance.spec?.mode ?? 'full',
    brokers: rebalance.spec?.brokers ?? [],
    ...(state?.type && { state: state.type }),
    ...(state?.message && { message: state.message }),
    ...(requestedAction && { requestedAction }),
    ...(progressConfigMap && { progressConfigMap }),
    ...(proposal && { proposal }),
    allowedActions: rebalanceActionsFor(state?.type),
  };
}

/**
 * The optimization result is free-form in the CRD: only fields of the
 * expected type are kept, so a Cruise Control change cannot break the view.
 */
function proposalOf(
  result: Record<string, unknown> | undefined,
): KafkaRebalanceProposalView | undefined {
  if (!result || typeof result !== 'object') return undefined;
  const proposal: Record<string, unknown> = {};
  for (const field of NUMBER_FIELDS) {
    const value = result[field];
    if (typeof value === 'number' && Number.isFinite(value)) {
      proposal[field] = value;
    }
  }
  for (const field of TEXT_FIELDS) {
    if (typeof result[field] === 'string') proposal[field] = result[field];
  }
  const excluded = result.excludedTopics;
  if (Array.isArray(excluded)) {
    proposal.excludedTopics = excluded.filter(
      (t): t is string => typeof t === 'string',
    );
  }
  return Object.keys(proposal).length > 0
    ? (proposal as KafkaRebalanceProposalView)
    : undefined;
}

/** `status.autoRebalance` of the Kafka, when Strimzi reports one. */
export function autoRebalanceOf(
  kafka: StrimziKafka,
): KafkaAutoRebalanceView | undefined {
  const auto = kafka.status?.autoRebalance;
  if (!auto?.state) return undefined;
  const modes = (auto.modes ?? []).flatMap(m =>
    m.mode ? [{ mode: m.mode, brokers: m.brokers ?? [] }] : [],
  );
  return {
    state: auto.state,
    ...(auto.lastTransitionTime && {
      lastTransitionTime: auto.lastTransitionTime,
    }),
    ...(modes.length > 0 && { modes }),
  };
}
