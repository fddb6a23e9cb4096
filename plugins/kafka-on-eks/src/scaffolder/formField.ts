import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  KAFKA_CLUSTER_CHANGE_FIELD,
  KAFKA_KUBERNETES_VERSION_FIELD,
  KAFKA_SIZING_ASSISTANT_FIELD,
} from './fieldName';
import {
  KafkaClusterChange,
  validateClusterChangeField,
} from './KafkaClusterChange';
import {
  KafkaKubernetesVersionPicker,
  validateKubernetesVersion,
} from './KafkaKubernetesVersionPicker';
import { KafkaSizingAssistant } from './KafkaSizingAssistant';

/** The sizing assistant as a form field of the new frontend system. */
export const kafkaSizingAssistantFormField = createFormField({
  name: KAFKA_SIZING_ASSISTANT_FIELD,
  component: KafkaSizingAssistant,
});

/** The EKS version picker as a form field of the new frontend system. */
export const kafkaKubernetesVersionFormField = createFormField({
  name: KAFKA_KUBERNETES_VERSION_FIELD,
  component: KafkaKubernetesVersionPicker,
  validation: validateKubernetesVersion,
});

/** The day-2 change editor as a form field of the new frontend system. */
export const kafkaClusterChangeFormField = createFormField({
  name: KAFKA_CLUSTER_CHANGE_FIELD,
  component: KafkaClusterChange,
  validation: validateClusterChangeField,
});
