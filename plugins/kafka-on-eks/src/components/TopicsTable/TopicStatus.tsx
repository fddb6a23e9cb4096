import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { KafkaTopicView } from '@kafka-on-eks/plugin-kafka-on-eks-common';

const STATUS_OF = {
  Ready: StatusOK,
  NotReady: StatusError,
  // The topic operator is told to leave the topic alone.
  Unmanaged: StatusAborted,
  Unknown: StatusPending,
};

/** A topic's readiness, with the operator's message when it is not ready. */
export function TopicStatus(props: { topic: KafkaTopicView }) {
  const { topic } = props;
  const Status = STATUS_OF[topic.status];
  return (
    <>
      <Status>{topic.status}</Status>
      {topic.status === 'NotReady' && topic.message && (
        <Typography variant="caption" component="div" color="textSecondary">
          {topic.message}
        </Typography>
      )}
    </>
  );
}

/** An ongoing replication factor change, e.g. `→ 3 (ongoing)`. */
export function ReplicasChange(props: { topic: KafkaTopicView }) {
  const change = props.topic.replicasChange;
  if (!change) return null;
  return (
    <Typography variant="body2" title={change.message}>
      → {change.targetReplicas ?? '?'} ({change.state ?? 'pending'})
    </Typography>
  );
}
