import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { ClusterChangesResponse } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { useEffect, useState } from 'react';
import { kafkaOnEksApiRef } from '../../api';
import { formatAge } from '../../format';
import { useNow } from '../../hooks';

type ChangesState =
  | { status: 'loading' }
  | { status: 'failed'; error: Error }
  | { status: 'loaded'; answer: ClusterChangesResponse };

function useClusterChanges(entityRef: string): ChangesState {
  const api = useApi(kafkaOnEksApiRef);
  const [state, setState] = useState<ChangesState>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    api.getClusterChanges(entityRef, { signal: abort.signal }).then(
      answer => {
        if (!abort.signal.aborted) setState({ status: 'loaded', answer });
      },
      error => {
        if (!abort.signal.aborted) setState({ status: 'failed', error });
      },
    );
    return () => abort.abort();
  }, [api, entityRef]);
  return state;
}

/**
 * The cluster's open changes: pull requests (or, for a local repository,
 * unmerged branches) on `kafka-on-eks/` branches, as the backend lists them.
 */
export function OpenChangesCard() {
  const { entity } = useEntity();
  const state = useClusterChanges(stringifyEntityRef(entity));
  const now = useNow(60_000);

  let content;
  if (state.status === 'loading') {
    content = <Progress />;
  } else if (state.status === 'failed') {
    content = <ResponseErrorPanel error={state.error} />;
  } else if (!state.answer.supported) {
    content = (
      <Typography variant="body2">
        {state.answer.message ??
          'The open changes of this repository cannot be listed.'}
      </Typography>
    );
  } else if (state.answer.changes.length === 0) {
    content = <Typography variant="body2">No open changes</Typography>;
  } else {
    content = (
      <List dense aria-label="Open changes">
        {state.answer.changes.map(change => {
          const created = change.createdAt ? Date.parse(change.createdAt) : NaN;
          const details = [
            change.branch,
            change.author && `by ${change.author}`,
            Number.isFinite(created) &&
              `opened ${formatAge(now - created)} ago`,
          ].filter(Boolean);
          return (
            <ListItem key={change.branch} disableGutters>
              <ListItemText
                primary={
                  change.url ? (
                    <Link to={change.url}>{change.title}</Link>
                  ) : (
                    change.title
                  )
                }
                secondary={details.join(' · ')}
              />
            </ListItem>
          );
        })}
      </List>
    );
  }
  return <InfoCard title="Open changes">{content}</InfoCard>;
}
