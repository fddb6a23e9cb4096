import { branchSlug, prefillText } from '../draftText';
import {
  topicOf,
  topicSettingsDraft,
  withTopicPrefill,
  type TopicSettingsDraft,
} from './topicDraft';
import type { ChangeKindModel } from './types';

export interface AddTopicDraft extends TopicSettingsDraft {
  name: string;
}

/** A new topic at the end of `topics`, with the schema's defaults to start. */
export const addTopic: ChangeKindModel<AddTopicDraft> = {
  initialDraft: (current, prefill) => ({
    name: prefillText(prefill.name) ?? '',
    ...withTopicPrefill(topicSettingsDraft(current), prefill),
  }),
  desiredRequest: (current, draft) => ({
    ...current,
    topics: [...current.topics, topicOf(draft.name, draft)],
  }),
  proposal: (_current, draft) => ({
    branch: branchSlug('add-topic', draft.name),
    title: `Add topic ${draft.name.trim()}`.trim(),
  }),
};
