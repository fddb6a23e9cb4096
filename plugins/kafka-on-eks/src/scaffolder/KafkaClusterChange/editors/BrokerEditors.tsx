import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Grid from '@material-ui/core/Grid';
import { DraftTextField as TextField } from './DraftTextField';
import type { GrowStorageDraft, ScaleBrokersDraft } from '../kinds';
import type { EditorProps } from './types';

/** Broker volume size, and for gp3 its IOPS and throughput. */
export function GrowStorageEditor(
  props: EditorProps<GrowStorageDraft> & { current: KafkaClusterRequest },
) {
  const { current, values, onChange, disabled } = props;
  const { storageClass, volumeSizeGi } = current.brokers;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={4}>
        <TextField
          label="Volume size per broker (GiB)"
          value={values.volumeSizeGi}
          onChange={e => onChange({ ...values, volumeSizeGi: e.target.value })}
          helperText={`${storageClass}, now ${volumeSizeGi} GiB: volumes only grow`}
          disabled={disabled}
          fullWidth
        />
      </Grid>
      {storageClass === 'gp3' && (
        <>
          <Grid item xs={12} sm={4}>
            <TextField
              label="gp3 IOPS"
              value={values.iops}
              onChange={e => onChange({ ...values, iops: e.target.value })}
              helperText="Empty: the gp3 baseline"
              disabled={disabled}
              fullWidth
            />
          </Grid>
          <Grid item xs={12} sm={4}>
            <TextField
              label="gp3 throughput (MiB/s)"
              value={values.throughputMiBps}
              onChange={e =>
                onChange({ ...values, throughputMiBps: e.target.value })
              }
              helperText="Empty: the gp3 baseline"
              disabled={disabled}
              fullWidth
            />
          </Grid>
        </>
      )}
    </Grid>
  );
}

/** Node capacity (Terraform) or the broker count (Strimzi), one at a time. */
export function ScaleBrokersEditor(props: EditorProps<ScaleBrokersDraft>) {
  const { values, onChange, disabled } = props;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={6}>
        <TextField
          label="Broker node capacity"
          value={values.nodeCapacity}
          onChange={e => onChange({ ...values, nodeCapacity: e.target.value })}
          helperText="Brokers the node groups have room for (Terraform): raise it first"
          disabled={disabled}
          fullWidth
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <TextField
          label="Brokers"
          value={values.replicas}
          onChange={e => onChange({ ...values, replicas: e.target.value })}
          helperText="Brokers in the Strimzi node pool: in a later change"
          disabled={disabled}
          fullWidth
        />
      </Grid>
    </Grid>
  );
}
