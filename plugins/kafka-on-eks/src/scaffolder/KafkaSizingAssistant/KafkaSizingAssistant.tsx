import { StatusWarning } from '@backstage/core-components';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import {
  brokerChoiceWarnings,
  monthlyEbsCost,
  type BrokerVolumes,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useMemo, useState } from 'react';
import {
  assessDraft,
  draftFrom,
  followsRecommendation,
  SIZING_FIELDS,
  withRecommendation,
  zonesOf,
  type BrokersFormData,
  type SizingDraft,
  type SizingField,
} from './sizingDraft';
import { SizingRecommendation } from './SizingRecommendation';
import { useEbsPrices } from './useEbsPrices';

/**
 * The `brokers` object of the Kafka on EKS template, with a sizing assistant
 * on top. A scaffolder field can only change its own value, so the field
 * owns the whole `brokers` object: the assistant's inputs go to
 * `brokers.sizing`, its recommendation into `brokers.replicas`,
 * `storageClass`, `volumeSizeGi` (and gp3 `iops`/`throughputMiBps`), and
 * the plain fields below stay editable for overrides. The zones come from
 * the AWS page through the scaffolder's `formContext.formData`.
 *
 * @public
 */
export function KafkaSizingAssistant(
  props: FieldExtensionComponentProps<BrokersFormData>,
) {
  const { formData = {}, onChange, formContext, idSchema, errorSchema } = props;
  const prices = useEbsPrices();
  const zones = zonesOf(formContext);
  const [draft, setDraft] = useState<SizingDraft>(() =>
    draftFrom(formData.sizing),
  );
  const assessment = useMemo(
    () => assessDraft(draft, zones, prices),
    [draft, zones, prices],
  );
  const { sizing } = assessment;

  const { sizing: saved, ...brokerFields } = formData;
  const chosen = chosenVolumes(brokerFields);
  const warnings = [
    ...(sizing?.warnings ?? []),
    ...(chosen
      ? brokerChoiceWarnings(chosen, sizing?.inputs).map(w => w.message)
      : []),
  ];

  const onInput = (field: SizingField, text: string) => {
    const next = { ...draft, [field]: text };
    setDraft(next);
    const { saved: nextSaved, sizing: nextSizing } = assessDraft(
      next,
      zones,
      prices,
    );
    const brokers = nextSizing
      ? withRecommendation(brokerFields, nextSizing)
      : brokerFields;
    onChange(nextSaved ? { ...brokers, sizing: nextSaved } : brokers);
  };

  const ObjectField = props.registry.fields.ObjectField;
  const { sizing: _sizingSchema, ...fieldSchemas } =
    (props.schema.properties as Record<string, unknown> | undefined) ?? {};
  const { 'ui:field': _field, ...uiSchema } = props.uiSchema ?? {};
  const sizingErrors = (errorSchema as any)?.sizing ?? {};

  return (
    <Box mb={2}>
      <Typography variant="h6" component="h3">
        Sizing assistant
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        Describe the workload: the assistant recommends brokers and volumes for{' '}
        {zones} availability zones, fills them into the fields below (you can
        still change them) and shows the monthly EBS cost.
      </Typography>
      <Grid container spacing={2}>
        {SIZING_FIELDS.map(({ field, label, help, step }) => {
          const problem = assessment.problems.find(p => p.path === field);
          const formError = sizingErrors[field]?.__errors?.[0];
          const error = problem?.message ?? formError;
          return (
            <Grid item xs={12} sm={6} md={4} key={field}>
              <TextField
                id={`${idSchema.$id}_sizing_${field}`}
                label={label}
                type="number"
                value={draft[field]}
                onChange={event => onInput(field, event.target.value)}
                inputProps={{ step, min: 0 }}
                error={Boolean(error)}
                helperText={error ? `${field}: ${error}` : help}
                disabled={props.disabled || props.readonly}
                fullWidth
              />
            </Grid>
          );
        })}
      </Grid>
      <Box mt={2}>
        {sizing ? (
          <SizingRecommendation
            sizing={sizing}
            chosenCost={chosen && monthlyEbsCost(chosen, prices)}
          />
        ) : (
          <Typography variant="body2">
            {assessment.problems.length > 0
              ? 'Correct the inputs above to see a recommendation.'
              : 'Enter the peak write throughput to get a recommendation.'}
          </Typography>
        )}
      </Box>
      {warnings.length > 0 && (
        <Box mt={1} role="alert" aria-label="Sizing warnings">
          {warnings.map((warning, i) => (
            <Typography variant="body2" key={i}>
              <StatusWarning>{warning}</StatusWarning>
            </Typography>
          ))}
        </Box>
      )}
      {sizing && !followsRecommendation(brokerFields, sizing) && (
        <Box mt={1}>
          <Button
            variant="outlined"
            size="small"
            onClick={() =>
              onChange({
                ...withRecommendation(brokerFields, sizing),
                sizing: saved,
              })
            }
          >
            Apply recommendation
          </Button>
        </Box>
      )}
      <ObjectField
        {...props}
        schema={{ ...props.schema, properties: fieldSchemas } as any}
        uiSchema={uiSchema}
        formData={brokerFields}
        // The plain fields edit the brokers; the sizing inputs stay as they are.
        onChange={(value: BrokersFormData | undefined, ...rest) =>
          onChange(saved ? { ...value, sizing: saved } : { ...value }, ...rest)
        }
      />
    </Box>
  );
}

/** The brokers as they stand, once every field a cost needs is a number. */
function chosenVolumes(brokers: BrokersFormData): BrokerVolumes | undefined {
  const { replicas, storageClass, volumeSizeGi, iops, throughputMiBps } =
    brokers;
  if (
    typeof replicas !== 'number' ||
    typeof volumeSizeGi !== 'number' ||
    (storageClass !== 'gp3' && storageClass !== 'st1')
  ) {
    return undefined;
  }
  return { replicas, storageClass, volumeSizeGi, iops, throughputMiBps };
}
