import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  KAFKA_KUBERNETES_VERSION_FIELD,
  KAFKA_SIZING_ASSISTANT_FIELD,
} from './fieldName';
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
