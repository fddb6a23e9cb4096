import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import { DraftTextField as TextField } from './DraftTextField';
import {
  kafkaVersionChoices,
  metadataVersionChoices,
  type UpgradeKafkaDraft,
} from '../kinds';
import type { EditorProps } from './types';

/** The Kafka version, or later the KRaft metadata version. */
export function UpgradeKafkaEditor(
  props: EditorProps<UpgradeKafkaDraft> & { current: KafkaClusterRequest },
) {
  const { current, values, onChange, disabled } = props;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={6}>
        <TextField
          select
          label="Kafka version"
          value={values.kafkaVersion}
          onChange={e =>
            onChange({ ...values, kafkaVersion: e.target.value as string })
          }
          helperText={`Now ${current.kafkaVersion}; the versions the pinned Strimzi runs`}
          disabled={disabled}
          fullWidth
        >
          {kafkaVersionChoices(current).map(v => (
            <MenuItem key={v} value={v}>
              {v}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid item xs={12} sm={6}>
        <TextField
          select
          label="KRaft metadata version"
          value={values.metadataVersion}
          onChange={e =>
            onChange({ ...values, metadataVersion: e.target.value as string })
          }
          helperText="Raise it in a change of its own, once every broker runs the new version"
          disabled={disabled}
          fullWidth
        >
          {metadataVersionChoices(current, values.kafkaVersion).map(v => (
            <MenuItem key={v} value={v}>
              {v}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
    </Grid>
  );
}
