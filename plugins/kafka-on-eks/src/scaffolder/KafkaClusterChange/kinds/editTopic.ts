import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { branchSlug } from '../draftText';
import {
  topicOf,
  topicSettingsDraft,
  withTopicPrefill,
  type TopicSettingsDraft,
} from './topicDraft';
import type { ChangeKindModel } from './types';

export interface EditTopicDraft extends TopicSettingsDraft {
  /** The existing topic's name. */
  topic: string;
  /** Remove the topic (and its data, once merged) instead of editing it. */
  remove: boolean;
}

/** The draft for one existing topic: its current settings. */
export function editTopicDraftFor(
  current: KafkaClusterRequest,
  name: string,
): EditTopicDraft {
  const topic = current.topics.find(t => t.name === name);
  return {
    topic: topic?.name ?? '',
    remove: false,
    ...topicSettingsDraft(current, topic),
  };
}

/** An existing topic's settings changed in place, or the topic removed. */
export const editTopic: ChangeKindModel<EditTopicDraft> = {
  initialDraft: (current, prefill) => {
    const wanted =
      typeof prefill.topic === 'string'
        ? prefill.topic
        : current.topics[0]?.name;
    const draft = editTopicDraftFor(current, wanted ?? '');
    return {
      ...draft,
      ...withTopicPrefill(draft, prefill),
      remove: draft.topic !== '' && prefill.remove === true,
    };
  },
  desiredRequest: (current, draft) => ({
    ...current,
    topics: draft.remove
      ? current.topics.filter(t => t.name !== draft.topic)
      : current.topics.map(t =>
          t.name === draft.topic ? topicOf(t.name, draft) : t,
        ),
  }),
  proposal: (_current, draft) =>
    draft.remove
      ? {
          branch: branchSlug('remove-topic', draft.topic),
          title: `Remove topic ${draft.topic}`,
        }
      : {
          branch: branchSlug('edit-topic', draft.topic),
          title: `Edit topic ${draft.topic}`,
        },
};
