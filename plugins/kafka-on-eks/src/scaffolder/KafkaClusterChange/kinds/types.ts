import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';

/** The pull request a change becomes: its branch (after `kafka-on-eks/`) and title. */
export interface ChangeProposal {
  branch: string;
  title: string;
}

/**
 * One change kind as pure functions: the editor's starting values from the
 * current request, the desired request for what the user typed, and the
 * pull request it becomes. No rule lives here: `validateClusterChange`
 * decides what is allowed.
 */
export interface ChangeKindModel<D> {
  initialDraft(
    current: KafkaClusterRequest,
    prefill: Record<string, unknown>,
  ): D;
  desiredRequest(current: KafkaClusterRequest, draft: D): unknown;
  proposal(current: KafkaClusterRequest, draft: D): ChangeProposal;
}
