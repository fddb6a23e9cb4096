import {
  Link,
  StatusError,
  StatusPending,
  StatusWarning,
  WarningPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { KafkaHealthSeverity } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { HealthWarningWithAction } from '../../metrics';

const STATUS_OF: Record<KafkaHealthSeverity, typeof StatusError> = {
  error: StatusError,
  warning: StatusWarning,
  info: StatusPending,
};

/**
 * The cluster's health warnings, worst first, open so each one's reason is
 * readable without a click, and a link to the change that fixes one where
 * there is one. Nothing when there are none.
 */
export function HealthWarningsPanel(props: {
  warnings: HealthWarningWithAction[];
}) {
  const { warnings } = props;
  if (warnings.length === 0) return null;
  // Warnings arrive sorted, so the first is the worst.
  const severity = warnings[0].severity;
  return (
    <WarningPanel
      severity={severity}
      title={`${warnings.length} health warning${
        warnings.length === 1 ? '' : 's'
      }`}
      defaultExpanded
    >
      {warnings.map((warning, i) => {
        const Status = STATUS_OF[warning.severity];
        return (
          <Box key={i} mb={1}>
            <Typography variant="subtitle2" component="div">
              <Status>{warning.title}</Status>
            </Typography>
            <Typography variant="body2">{warning.detail}</Typography>
            {warning.subject && (
              <Typography variant="caption" color="textSecondary">
                {warning.subject}
              </Typography>
            )}
            {warning.action && (
              <Typography variant="body2">
                <Link to={warning.action.to}>{warning.action.title}</Link>
              </Typography>
            )}
          </Box>
        );
      })}
    </WarningPanel>
  );
}
