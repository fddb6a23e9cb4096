import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

/**
 * The `KafkaSizingAssistant` form field, loaded when the scaffolder first
 * shows a form.
 *
 * @alpha
 */
export const kafkaSizingAssistantFormFieldExtension = FormFieldBlueprint.make({
  name: 'kafka-sizing-assistant',
  params: {
    field: () =>
      import('./formField').then(m => m.kafkaSizingAssistantFormField),
  },
});

/**
 * Installs the Kafka on EKS template's form fields into the scaffolder of an
 * app on the new frontend system: `createApp({ features: [...,
 * kafkaOnEksScaffolderModule] })`.
 *
 * @public
 */
export const kafkaOnEksScaffolderModule = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [kafkaSizingAssistantFormFieldExtension],
});
