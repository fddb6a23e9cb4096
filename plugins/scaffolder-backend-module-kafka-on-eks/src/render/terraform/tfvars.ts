import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { attributes, comment, renderFile } from './body';
import type { Stage } from './model';
import { requestVariablesOf } from './rules';

/** A stage's `terraform.tfvars`: the choices made in Backstage, all serialized values. */
export function renderTfvars(
  request: KafkaClusterRequest,
  stage: Stage,
): string {
  return renderFile([
    ...comment(
      'Chosen in Backstage when this repository was generated (kafka-on-eks.yaml).',
    ),
    ...attributes(
      Object.fromEntries(
        requestVariablesOf(stage).map(v => [v.name, v.value(request)]),
      ),
    ),
  ]);
}
