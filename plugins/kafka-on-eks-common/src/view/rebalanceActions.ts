import type { KafkaRebalanceAction } from './types';

/**
 * The annotation Strimzi's rebalance operator reads a user's request from.
 *
 * @public
 */
export const REBALANCE_ANNOTATION = 'strimzi.io/rebalance';

/**
 * The requests Strimzi's KafkaRebalance operator acts on in each state; in
 * any other state it ignores the annotation, so the portal refuses it rather
 * than leave a request that silently does nothing (Strimzi docs, "Approving
 * an optimization proposal", "Stopping a cluster rebalance").
 */
const ACTIONS_BY_STATE: Record<string, readonly KafkaRebalanceAction[]> = {
  PendingProposal: ['stop'],
  ProposalReady: ['approve', 'refresh'],
  Rebalancing: ['stop'],
  Stopped: ['refresh'],
  Ready: ['refresh'],
  NotReady: ['refresh'],
};

/**
 * The actions a KafkaRebalance in `state` accepts; none while New,
 * ReconciliationPaused or unknown.
 *
 * @public
 */
export function rebalanceActionsFor(
  state: string | undefined,
): KafkaRebalanceAction[] {
  return state && Object.hasOwn(ACTIONS_BY_STATE, state)
    ? [...ACTIONS_BY_STATE[state]]
    : [];
}

/**
 * True for `approve`, `stop` and `refresh`: what the rebalance route accepts.
 *
 * @public
 */
export function isKafkaRebalanceAction(
  value: string,
): value is KafkaRebalanceAction {
  return value === 'approve' || value === 'stop' || value === 'refresh';
}
