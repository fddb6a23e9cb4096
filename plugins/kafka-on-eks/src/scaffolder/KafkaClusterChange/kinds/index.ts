import type {
  ClusterChangeKind,
  KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { addClient, type AddClientDraft } from './addClient';
import { addTopic, type AddTopicDraft } from './addTopic';
import { editTopic, type EditTopicDraft } from './editTopic';
import { growStorage, type GrowStorageDraft } from './growStorage';
import { scaleBrokers, type ScaleBrokersDraft } from './scaleBrokers';
import type { ChangeKindModel, ChangeProposal } from './types';
import { upgradeKafka, type UpgradeKafkaDraft } from './upgradeKafka';

export type { ChangeProposal } from './types';
export type {
  AddClientDraft,
  AddTopicDraft,
  EditTopicDraft,
  GrowStorageDraft,
  ScaleBrokersDraft,
  UpgradeKafkaDraft,
};
export { editTopicDraftFor } from './editTopic';
export { kafkaVersionChoices, metadataVersionChoices } from './upgradeKafka';

/** Each change kind's draft type. */
export interface ChangeDrafts {
  'add-topic': AddTopicDraft;
  'edit-topic': EditTopicDraft;
  'grow-storage': GrowStorageDraft;
  'scale-brokers': ScaleBrokersDraft;
  'add-client': AddClientDraft;
  'upgrade-kafka': UpgradeKafkaDraft;
}

/** A draft together with its kind, so the two cannot be mixed up. */
export type ChangeDraft = {
  [K in ClusterChangeKind]: { kind: K; values: ChangeDrafts[K] };
}[ClusterChangeKind];

const MODELS: { [K in ClusterChangeKind]: ChangeKindModel<ChangeDrafts[K]> } = {
  'add-topic': addTopic,
  'edit-topic': editTopic,
  'grow-storage': growStorage,
  'scale-brokers': scaleBrokers,
  'add-client': addClient,
  'upgrade-kafka': upgradeKafka,
};

// One cast for the registry: each model gets the draft of its own kind.
const modelOf = (kind: ClusterChangeKind) =>
  MODELS[kind] as ChangeKindModel<unknown>;

/** The editor's starting values: the current request, then any prefill. */
export function initialDraft(
  kind: ClusterChangeKind,
  current: KafkaClusterRequest,
  prefill: Record<string, unknown> = {},
): ChangeDraft {
  return {
    kind,
    values: modelOf(kind).initialDraft(current, prefill),
  } as ChangeDraft;
}

/** The whole desired request for a draft: the current one with the edit. */
export function desiredRequestOf(
  current: KafkaClusterRequest,
  draft: ChangeDraft,
): unknown {
  return modelOf(draft.kind).desiredRequest(current, draft.values);
}

/** The branch (after `kafka-on-eks/`) and title of a draft's pull request. */
export function proposalOf(
  current: KafkaClusterRequest,
  draft: ChangeDraft,
): ChangeProposal {
  return modelOf(draft.kind).proposal(current, draft.values);
}
