import type {
  KafkaConditionView,
  KafkaReadiness,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { StrimziCondition } from './kubernetesObjects';

/** Readiness of a Strimzi resource and the condition that says so. */
export interface Readiness {
  ready: KafkaReadiness;
  reason?: string;
  message?: string;
}

/**
 * Strimzi reports `Ready: True` when reconciled, `NotReady: True` with a
 * reason when not, and `ReconciliationPaused` when told to stop; anything
 * else (no status yet) is Unknown.
 */
export function readinessOf(
  conditions: StrimziCondition[] | undefined,
): Readiness {
  const list = conditions ?? [];
  const ready = list.find(c => c.type === 'Ready');
  const notReady = list.find(c => c.type === 'NotReady' && c.status === 'True');
  const paused = list.find(
    c => c.type === 'ReconciliationPaused' && c.status === 'True',
  );
  if (notReady) return { ready: 'NotReady', ...detailsOf(notReady) };
  if (ready?.status === 'True') return { ready: 'Ready', ...detailsOf(ready) };
  if (ready?.status === 'False')
    return { ready: 'NotReady', ...detailsOf(ready) };
  if (paused) return { ready: 'Unknown', ...detailsOf(paused) };
  return { ready: 'Unknown' };
}

/** The `Warning` conditions Strimzi adds for deprecated or unsafe settings. */
export function warningsOf(
  conditions: StrimziCondition[] | undefined,
): KafkaConditionView[] {
  return (conditions ?? [])
    .filter(c => c.type === 'Warning')
    .map(c => ({
      type: 'Warning',
      ...detailsOf(c),
      ...(c.lastTransitionTime && { lastTransitionTime: c.lastTransitionTime }),
    }));
}

/**
 * The one true condition of a resource whose state is a condition type
 * (KafkaRebalance), ignoring the Warnings that may sit beside it.
 */
export function stateConditionOf(
  conditions: StrimziCondition[] | undefined,
): StrimziCondition | undefined {
  return (conditions ?? []).find(
    c => c.status === 'True' && c.type && c.type !== 'Warning',
  );
}

function detailsOf(condition: StrimziCondition) {
  return {
    ...(condition.reason && { reason: condition.reason }),
    ...(condition.message && { message: condition.message }),
  };
}
