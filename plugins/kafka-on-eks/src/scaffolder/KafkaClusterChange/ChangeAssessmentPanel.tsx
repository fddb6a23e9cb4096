import {
  MarkdownContent,
  StatusError,
  StatusOK,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { ReactNode } from 'react';
import type { ChangeAssessment } from './assessChange';

/**
 * What the change rules say of the draft, as the user types: each change
 * and what happens when it merges, with the steps after; or the refusals,
 * each naming its field.
 */
export function ChangeAssessmentPanel(props: { assessment: ChangeAssessment }) {
  const { assessment } = props;
  if (assessment.status === 'empty') {
    return (
      <Panel label="No change yet">
        <Typography variant="body2">
          This is the cluster as it is: change a value to propose a change.
        </Typography>
      </Panel>
    );
  }
  if (assessment.status === 'refused') {
    return (
      <Panel label="The change rules refuse this change">
        <Typography variant="subtitle2">
          <StatusError>The change rules refuse this change</StatusError>
        </Typography>
        <ul>
          {assessment.problems.map((p, i) => (
            <li key={i}>{p.path ? `${p.path}: ${p.message}` : p.message}</li>
          ))}
        </ul>
      </Panel>
    );
  }
  return (
    <Panel label="What happens when this merges">
      <Typography variant="subtitle2">
        <StatusOK>What happens when this merges</StatusOK>
      </Typography>
      <ul>
        {assessment.changes.map((change, i) => (
          <li key={i}>
            {/* Summaries mark data loss in bold markdown. */}
            <MarkdownContent content={change.summary} />
          </li>
        ))}
      </ul>
      {assessment.followUps.length > 0 && (
        <Box mt={1}>
          <Typography variant="subtitle2">Then</Typography>
          <ol>
            {assessment.followUps.map((step, i) => (
              <li key={i}>
                <MarkdownContent content={step} />
              </li>
            ))}
          </ol>
        </Box>
      )}
      {assessment.warnings.length > 0 && (
        <Box mt={1}>
          <Typography variant="subtitle2">Warnings</Typography>
          <ul>
            {assessment.warnings.map((w, i) => (
              <li key={i}>{w.path ? `${w.path}: ${w.message}` : w.message}</li>
            ))}
          </ul>
        </Box>
      )}
    </Panel>
  );
}

function Panel(props: { label: string; children: ReactNode }) {
  return (
    <Box
      role="region"
      aria-label={props.label}
      aria-live="polite"
      mt={2}
      p={2}
      border={1}
      borderColor="divider"
      borderRadius={4}
    >
      {props.children}
    </Box>
  );
}
