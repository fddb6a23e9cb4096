import {
  replicationFor,
  type KafkaClusterRequest,
  type TopicCleanupPolicy,
  type TopicRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  numberOrText,
  prefillText,
  retentionDraft,
  retentionHoursOf,
  textOf,
  type RetentionUnit,
} from '../draftText';

/** A topic's settings as the editor holds them: text for every number. */
export interface TopicSettingsDraft {
  partitions: string;
  replicationFactor: string;
  retention: string;
  retentionUnit: RetentionUnit;
  cleanupPolicy: TopicCleanupPolicy;
}

/** The settings of an existing topic, or the schema's defaults for a new one. */
export function topicSettingsDraft(
  current: KafkaClusterRequest,
  topic?: TopicRequest,
): TopicSettingsDraft {
  return {
    partitions: textOf(topic?.partitions ?? 6),
    replicationFactor: textOf(
      topic?.replicationFactor ??
        replicationFor(current.brokers.replicas).replicationFactor,
    ),
    ...retentionDraft(topic?.retentionHours ?? 168),
    cleanupPolicy: topic?.cleanupPolicy ?? 'delete',
  };
}

/** Prefill values over a settings draft: numbers or text, known keys only. */
export function withTopicPrefill(
  draft: TopicSettingsDraft,
  prefill: Record<string, unknown>,
): TopicSettingsDraft {
  const next = { ...draft };
  for (const key of ['partitions', 'replicationFactor'] as const) {
    const text = prefillText(prefill[key]);
    if (text !== undefined) next[key] = text;
  }
  const hours = prefillText(prefill.retentionHours);
  if (hours !== undefined) Object.assign(next, retentionDraft(Number(hours)));
  if (prefill.cleanupPolicy === 'delete' || prefill.cleanupPolicy === 'compact')
    next.cleanupPolicy = prefill.cleanupPolicy;
  return next;
}

/** The request's topic entry for a name and its settings draft. */
export function topicOf(name: string, draft: TopicSettingsDraft) {
  return {
    name: name.trim(),
    partitions: numberOrText(draft.partitions),
    replicationFactor: numberOrText(draft.replicationFactor),
    retentionHours: retentionHoursOf(draft.retention, draft.retentionUnit),
    cleanupPolicy: draft.cleanupPolicy,
  };
}
