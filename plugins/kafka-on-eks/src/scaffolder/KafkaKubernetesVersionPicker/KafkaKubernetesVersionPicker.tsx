import type {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import {
  kubernetesVersionChoices,
  versionsInStandardSupport,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useEffect, useMemo } from 'react';

/** Today in UTC, as the generator's support gate counts it. */
export function utcToday(): string {
  return new Date(Date.now()).toISOString().slice(0, 10);
}

/**
 * The template's `kubernetesVersion`: offers only the EKS versions still in
 * standard support today, newest first, and says when the chosen one's
 * standard support ends. The action checks the same rule, on the server's
 * day.
 *
 * @public
 */
export function KafkaKubernetesVersionPicker(
  props: FieldExtensionComponentProps<string>,
) {
  const { formData, onChange, schema, required, rawErrors, idSchema } = props;
  const choices = useMemo(() => kubernetesVersionChoices(utcToday()), []);
  const chosen = choices.find(c => c.version === formData);

  // A default the calendar has since retired gives way to the newest offered.
  useEffect(() => {
    if (!chosen && choices.length > 0) onChange(choices[0].version);
  }, [chosen, choices, onChange]);

  const helperText =
    choices.length === 0
      ? 'No EKS version of this plugin’s calendar is in standard support today: update the Kafka on EKS plugins.'
      : chosen?.warning ??
        (chosen
          ? `Standard support until ${chosen.endOfStandardSupport}; the cluster upgrades itself then (upgrade policy STANDARD).`
          : undefined);

  return (
    <TextField
      id={idSchema?.$id}
      select
      fullWidth
      margin="normal"
      label={schema.title ?? 'EKS Kubernetes version'}
      required={required}
      value={chosen ? chosen.version : ''}
      onChange={event => onChange(event.target.value as string)}
      error={(rawErrors?.length ?? 0) > 0 || choices.length === 0}
      helperText={helperText}
    >
      {choices.map(choice => (
        <MenuItem key={choice.version} value={choice.version}>
          {choice.version} (standard support until {choice.endOfStandardSupport}
          )
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The same rule as the action's gate, for the form's own validation. @public */
export const validateKubernetesVersion: CustomFieldValidator<string> = (
  value,
  validation,
) => {
  const offered = versionsInStandardSupport(utcToday());
  if (value && !offered.includes(value)) {
    validation.addError(
      `${value} is not in EKS standard support today; pick one of: ${
        offered.join(', ') || 'none'
      }`,
    );
  }
};
