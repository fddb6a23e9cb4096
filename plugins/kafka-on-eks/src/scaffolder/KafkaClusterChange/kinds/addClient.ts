import type { TopicAccess } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { branchSlug, prefillText } from '../draftText';
import type { ChangeKindModel } from './types';

export interface AddClientDraft {
  name: string;
  /** Entity ref of the component that connects; optional. */
  component: string;
  /** Empty: the client's name, as the request defaults it. */
  namespace: string;
  topics: Array<{ name: string; access: TopicAccess }>;
  /** Comma- or space-separated group ids; a trailing `*` is a prefix. */
  consumerGroups: string;
}

const optional = (text: string) => text.trim() || undefined;

/** A new KafkaUser at the end of `clients`. */
export const addClient: ChangeKindModel<AddClientDraft> = {
  initialDraft: (current, prefill) => ({
    name: prefillText(prefill.name) ?? '',
    component: prefillText(prefill.component) ?? '',
    namespace: prefillText(prefill.namespace) ?? '',
    topics: current.topics[0]
      ? [{ name: current.topics[0].name, access: 'read' }]
      : [],
    consumerGroups: prefillText(prefill.consumerGroups) ?? '',
  }),
  desiredRequest: (current, draft) => ({
    ...current,
    clients: [
      ...current.clients,
      {
        name: draft.name.trim(),
        component: optional(draft.component),
        namespace: optional(draft.namespace),
        topics: draft.topics,
        consumerGroups: draft.consumerGroups
          .split(/[\s,]+/)
          .filter(group => group !== ''),
      },
    ],
  }),
  proposal: (_current, draft) => ({
    branch: branchSlug('add-client', draft.name),
    title: `Add client ${draft.name.trim()}`.trim(),
  }),
};
