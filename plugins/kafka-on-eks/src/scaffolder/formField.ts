import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { KAFKA_SIZING_ASSISTANT_FIELD } from './fieldName';
import { KafkaSizingAssistant } from './KafkaSizingAssistant';

/** The sizing assistant as a form field of the new frontend system. */
export const kafkaSizingAssistantFormField = createFormField({
  name: KAFKA_SIZING_ASSISTANT_FIELD,
  component: KafkaSizingAssistant,
});
