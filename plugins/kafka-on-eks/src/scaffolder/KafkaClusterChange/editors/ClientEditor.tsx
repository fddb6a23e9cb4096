import type {
  KafkaClusterRequest,
  TopicAccess,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import { DraftTextField as TextField } from './DraftTextField';
import type { AddClientDraft } from '../kinds';
import type { EditorProps } from './types';

const NO_ACCESS = 'none';
const ACCESS: TopicAccess[] = ['read', 'write', 'readwrite'];

/** A new KafkaUser: its name, the topics it may use and its groups. */
export function AddClientEditor(
  props: EditorProps<AddClientDraft> & { current: KafkaClusterRequest },
) {
  const { current, values, onChange, disabled } = props;
  const accessTo = (topic: string) =>
    values.topics.find(t => t.name === topic)?.access ?? NO_ACCESS;
  // Kept in the request's topic order, so the ACLs read in a stable order.
  const setAccess = (topic: string, access: string) =>
    onChange({
      ...values,
      topics: current.topics.flatMap(t => {
        const value = t.name === topic ? access : accessTo(t.name);
        return value === NO_ACCESS
          ? []
          : [{ name: t.name, access: value as TopicAccess }];
      }),
    });
  const set =
    (key: 'name' | 'component' | 'namespace' | 'consumerGroups') =>
    (e: { target: { value: string } }) =>
      onChange({ ...values, [key]: e.target.value });

  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={4}>
        <TextField
          label="Client name"
          required
          value={values.name}
          onChange={set('name')}
          helperText="The KafkaUser's name"
          disabled={disabled}
          fullWidth
        />
      </Grid>
      <Grid item xs={12} sm={4}>
        <TextField
          label="Component (entity ref)"
          value={values.component}
          onChange={set('component')}
          helperText="Optional, e.g. component:default/billing"
          disabled={disabled}
          fullWidth
        />
      </Grid>
      <Grid item xs={12} sm={4}>
        <TextField
          label="Namespace"
          value={values.namespace}
          onChange={set('namespace')}
          helperText="Where its credentials go; empty: the client's name"
          disabled={disabled}
          fullWidth
        />
      </Grid>
      {current.topics.map(topic => (
        <Grid item xs={12} sm={6} md={4} key={topic.name}>
          <TextField
            select
            label={`Access to ${topic.name}`}
            value={accessTo(topic.name)}
            onChange={e => setAccess(topic.name, e.target.value as string)}
            disabled={disabled}
            fullWidth
          >
            <MenuItem value={NO_ACCESS}>none</MenuItem>
            {ACCESS.map(access => (
              <MenuItem key={access} value={access}>
                {access}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
      ))}
      <Grid item xs={12}>
        <TextField
          label="Consumer groups"
          value={values.consumerGroups}
          onChange={set('consumerGroups')}
          helperText="Comma-separated; a trailing * is a prefix, e.g. billing-*"
          disabled={disabled}
          fullWidth
        />
      </Grid>
    </Grid>
  );
}
