import { InfoCard } from '@backstage/core-components';
import type {
  KafkaGitOpsApplicationView,
  KafkaGitOpsView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { formatAge } from '../../format';
import { useNow } from '../../hooks';

// Argo CD's own wording for the states that need someone to look.
const ATTENTION = new Set(['OutOfSync', 'Degraded', 'Missing', 'Unknown']);

/**
 * The Argo CD Applications that deploy this Kafka: sync and health status,
 * the revision deployed, when the last sync ended, and why when it is not
 * in sync or healthy. Argo CD not installed is said quietly.
 */
export function GitOpsSyncCard(props: { gitops?: KafkaGitOpsView }) {
  const now = useNow(60_000);
  const { gitops } = props;
  let content;
  if (!gitops || !gitops.installed) {
    content = (
      <Typography variant="body2">
        Argo CD is not installed in this cluster
      </Typography>
    );
  } else if (gitops.applications.length === 0) {
    content = (
      <Typography variant="body2">
        No Argo CD Application is labelled for this Kafka
      </Typography>
    );
  } else {
    content = gitops.applications.map(app => (
      <ApplicationItem
        key={`${app.namespace}/${app.name}`}
        app={app}
        now={now}
      />
    ));
  }
  return <InfoCard title="GitOps sync">{content}</InfoCard>;
}

function ApplicationItem(props: {
  app: KafkaGitOpsApplicationView;
  now: number;
}) {
  const { app, now } = props;
  const finished = app.lastSyncedAt ? Date.parse(app.lastSyncedAt) : NaN;
  const region = `gitops-${app.namespace}-${app.name}`;
  return (
    <Box component="section" aria-labelledby={region} mb={2}>
      <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
        <Typography variant="subtitle1" id={region}>
          {app.name}
        </Typography>
        <StatusChip label="Sync" value={app.syncStatus} />
        <StatusChip label="Health" value={app.healthStatus} />
      </Box>
      <Typography variant="body2" color="textSecondary">
        {[
          app.revision && `revision ${app.revision.slice(0, 12)}`,
          Number.isFinite(finished) &&
            `last sync ${formatAge(Math.max(0, now - finished))} ago${
              app.lastSyncPhase ? ` (${app.lastSyncPhase})` : ''
            }`,
        ]
          .filter(Boolean)
          .join(' · ') || 'never synced'}
      </Typography>
      {app.message && (
        <Typography variant="body2" color="error">
          {app.message}
        </Typography>
      )}
    </Box>
  );
}

function StatusChip(props: { label: string; value?: string }) {
  const value = props.value ?? 'Unknown';
  return (
    <Chip
      size="small"
      label={`${props.label}: ${value}`}
      color={ATTENTION.has(value) ? 'secondary' : 'default'}
    />
  );
}
