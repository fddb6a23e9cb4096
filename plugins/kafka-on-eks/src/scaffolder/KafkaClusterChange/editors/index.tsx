import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { ChangeDraft } from '../kinds';
import { AddClientEditor } from './ClientEditor';
import { GrowStorageEditor, ScaleBrokersEditor } from './BrokerEditors';
import { AddTopicEditor, EditTopicEditor } from './TopicEditors';
import { UpgradeKafkaEditor } from './UpgradeKafkaEditor';

/** The editor of a draft's change kind. */
export function KindEditor(props: {
  current: KafkaClusterRequest;
  draft: ChangeDraft;
  onChange(draft: ChangeDraft): void;
  disabled?: boolean;
}) {
  const { current, draft, onChange, disabled } = props;
  // Each branch keeps the kind with its own draft type.
  switch (draft.kind) {
    case 'add-topic':
      return (
        <AddTopicEditor
          values={draft.values}
          onChange={values => onChange({ kind: draft.kind, values })}
          disabled={disabled}
        />
      );
    case 'edit-topic':
      return (
        <EditTopicEditor
          current={current}
          values={draft.values}
          onChange={values => onChange({ kind: draft.kind, values })}
          disabled={disabled}
        />
      );
    case 'grow-storage':
      return (
        <GrowStorageEditor
          current={current}
          values={draft.values}
          onChange={values => onChange({ kind: draft.kind, values })}
          disabled={disabled}
        />
      );
    case 'scale-brokers':
      return (
        <ScaleBrokersEditor
          values={draft.values}
          onChange={values => onChange({ kind: draft.kind, values })}
          disabled={disabled}
        />
      );
    case 'add-client':
      return (
        <AddClientEditor
          current={current}
          values={draft.values}
          onChange={values => onChange({ kind: draft.kind, values })}
          disabled={disabled}
        />
      );
    case 'upgrade-kafka':
      return (
        <UpgradeKafkaEditor
          current={current}
          values={draft.values}
          onChange={values => onChange({ kind: draft.kind, values })}
          disabled={disabled}
        />
      );
    default:
      return null;
  }
}
