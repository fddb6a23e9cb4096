import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import type { ClusterChangeFormValue } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { kafkaOnEksApiRef } from '../../api';
import { formValueProblems } from './assessChange';
import { changeTargetOf, fieldOptionsOf } from './changeTarget';
import { loadChangeStart, messageOf } from './useChangeStart';

/**
 * The `KafkaClusterChange` field's validation: the same rules as the
 * editor, against the request and live view read again now, so the form
 * cannot go on with a refused or empty change. The `kafka-on-eks:update`
 * action checks them once more on the server.
 *
 * @public
 */
export const validateClusterChangeField: CustomFieldValidator<
  ClusterChangeFormValue
> = async (value, validation, context) => {
  const target = changeTargetOf(
    context.formData,
    fieldOptionsOf(context.uiSchema),
  );
  if (!target.entityRef) {
    validation.addError('cluster: pick a Kafka cluster');
    return;
  }
  const api = context.apiHolder.get(kafkaOnEksApiRef);
  if (!api) {
    validation.addError(
      'The Kafka on EKS API is not installed in this app: add the kafka-on-eks plugin',
    );
    return;
  }
  try {
    const start = await loadChangeStart(api, target.entityRef);
    for (const problem of formValueProblems(
      start.current.request,
      value,
      start.live,
    )) {
      validation.addError(problem);
    }
  } catch (error) {
    validation.addError(
      `The repository of ${target.entityRef} cannot be read: ${messageOf(
        error as Error,
      )}`,
    );
  }
};
