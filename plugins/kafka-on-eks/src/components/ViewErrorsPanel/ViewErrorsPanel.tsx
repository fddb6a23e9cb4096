import { WarningPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import type {
  KafkaClusterView,
  KafkaViewError,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

const WHAT_WENT_WRONG: Record<KafkaViewError['type'], string> = {
  unreachable: 'unreachable',
  unauthorized: 'rejects the backend’s credentials',
  forbidden: 'forbids reading',
  'crd-missing': 'has no CRD for',
  error: 'failed reading',
};

function titleOf(error: KafkaViewError, cluster: string): string {
  if (error.scope === 'cluster') {
    return error.type === 'unreachable'
      ? `Cluster ${cluster} is unreachable — showing the last data read`
      : `Cluster ${cluster} ${
          WHAT_WENT_WRONG[error.type]
        } — showing the last data read`;
  }
  if (error.type === 'unreachable') {
    return `${error.scope} objects could not be read — cluster unreachable`;
  }
  return `Cluster ${cluster} ${WHAT_WENT_WRONG[error.type]} ${
    error.scope
  } — those objects are missing below`;
}

/**
 * What the backend could not read, one panel per error, above whatever it
 * still has. A failed refresh in the browser comes last.
 */
export function ViewErrorsPanel(props: {
  view: KafkaClusterView;
  refreshError?: Error;
}) {
  const { view, refreshError } = props;
  if (view.errors.length === 0 && !refreshError) return null;
  return (
    <>
      {view.errors.map((error, i) => (
        <Box key={i} mb={1}>
          <WarningPanel
            severity={error.scope === 'cluster' ? 'error' : 'warning'}
            title={titleOf(error, view.location.cluster)}
            message={
              error.since
                ? `${error.message} (since ${error.since})`
                : error.message
            }
          />
        </Box>
      ))}
      {refreshError && (
        <Box mb={1}>
          <WarningPanel
            severity="warning"
            title="Could not refresh — showing the last data received"
            message={refreshError.message}
          />
        </Box>
      )}
    </>
  );
}
