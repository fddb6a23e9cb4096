import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { KafkaView } from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * Ready / NotReady of the Strimzi Kafka, with the condition's reason and
 * message when it is not ready.
 */
export function KafkaReadinessStatus(props: {
  kafka: KafkaView;
  /** Leave the message out, e.g. in the compact card. */
  compact?: boolean;
}) {
  const { kafka, compact } = props;
  if (!kafka.found) {
    return <StatusError>Kafka resource not found</StatusError>;
  }
  if (kafka.ready === 'Ready') {
    return <StatusOK>Ready</StatusOK>;
  }
  const because = kafka.reason ? ` (${kafka.reason})` : '';
  const Status = kafka.ready === 'NotReady' ? StatusError : StatusWarning;
  return (
    <>
      <Status>
        {kafka.ready}
        {because}
      </Status>
      {!compact && kafka.message && (
        <Typography variant="body2" color="textSecondary" component="div">
          {kafka.message}
        </Typography>
      )}
    </>
  );
}
