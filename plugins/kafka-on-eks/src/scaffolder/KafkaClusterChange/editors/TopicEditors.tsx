import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import { DraftTextField as TextField } from './DraftTextField';
import {
  editTopicDraftFor,
  type AddTopicDraft,
  type EditTopicDraft,
} from '../kinds';
import type { TopicSettingsDraft } from '../kinds/topicDraft';
import type { EditorProps } from './types';

function TopicSettingsFields<D extends TopicSettingsDraft>(
  props: EditorProps<D>,
) {
  const { values, onChange, disabled } = props;
  const set = (key: keyof TopicSettingsDraft, value: string) =>
    onChange({ ...values, [key]: value });
  return (
    <>
      <Grid item xs={12} sm={6} md={3}>
        <TextField
          label="Partitions"
          value={values.partitions}
          onChange={e => set('partitions', e.target.value)}
          helperText="Partitions only grow"
          disabled={disabled}
          fullWidth
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <TextField
          label="Replication factor"
          value={values.replicationFactor}
          onChange={e => set('replicationFactor', e.target.value)}
          helperText="At most the broker count"
          disabled={disabled}
          fullWidth
        />
      </Grid>
      <Grid item xs={8} sm={4} md={3}>
        <TextField
          label="Retention"
          value={values.retention}
          onChange={e => set('retention', e.target.value)}
          disabled={disabled}
          fullWidth
        />
      </Grid>
      <Grid item xs={4} sm={2} md={1}>
        <TextField
          select
          label="Unit"
          value={values.retentionUnit}
          onChange={e => set('retentionUnit', e.target.value)}
          disabled={disabled}
          fullWidth
        >
          <MenuItem value="days">days</MenuItem>
          <MenuItem value="hours">hours</MenuItem>
        </TextField>
      </Grid>
      <Grid item xs={12} sm={6} md={2}>
        <TextField
          select
          label="Cleanup policy"
          value={values.cleanupPolicy}
          onChange={e => set('cleanupPolicy', e.target.value)}
          disabled={disabled}
          fullWidth
        >
          <MenuItem value="delete">delete</MenuItem>
          <MenuItem value="compact">compact</MenuItem>
        </TextField>
      </Grid>
    </>
  );
}

/** A new topic: its name and settings. */
export function AddTopicEditor(props: EditorProps<AddTopicDraft>) {
  const { values, onChange, disabled } = props;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <TextField
          label="Topic name"
          required
          value={values.name}
          onChange={e => onChange({ ...values, name: e.target.value })}
          helperText="Letters, digits, '.', '_' and '-'"
          disabled={disabled}
          fullWidth
        />
      </Grid>
      <TopicSettingsFields {...props} />
    </Grid>
  );
}

/** An existing topic: pick it, then change its settings or remove it. */
export function EditTopicEditor(
  props: EditorProps<EditTopicDraft> & { current: KafkaClusterRequest },
) {
  const { current, values, onChange, disabled } = props;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={8}>
        <TextField
          select
          label="Topic"
          required
          value={values.topic}
          // Another topic starts again from that topic's current settings.
          onChange={e =>
            onChange(editTopicDraftFor(current, e.target.value as string))
          }
          disabled={disabled}
          fullWidth
        >
          {current.topics.map(t => (
            <MenuItem key={t.name} value={t.name}>
              {t.name}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid item xs={12} sm={4}>
        <FormControlLabel
          control={
            <Checkbox
              checked={values.remove}
              onChange={e => onChange({ ...values, remove: e.target.checked })}
              disabled={disabled}
            />
          }
          label="Remove this topic and its data"
        />
      </Grid>
      {!values.remove && <TopicSettingsFields {...props} />}
    </Grid>
  );
}
