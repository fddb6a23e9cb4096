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
 * The `KafkaKubernetesVersionPicker` form field: only EKS versions in
 * standard support on the day.
 *
 * @alpha
 */
export const kafkaKubernetesVersionFormFieldExtension = FormFieldBlueprint.make(
  {
    name: 'kafka-kubernetes-version',
    params: {
      field: () =>
        import('./formField').then(m => m.kafkaKubernetesVersionFormField),
    },
  },
);

/**
 * The `KafkaClusterChange` form field of the day-2 change template.
 *
 * @alpha
 */
export const kafkaClusterChangeFormFieldExtension = FormFieldBlueprint.make({
  name: 'kafka-cluster-change',
  params: {
    field: () => import('./formField').then(m => m.kafkaClusterChangeFormField),
  },
});

/**
 * Installs the Kafka on EKS templates' form fields into the scaffolder of an
 * app on the new frontend system: add it to the `features` of `createApp`.
 *
 * @public
 */
export const kafkaOnEksScaffolderModule = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [
    kafkaSizingAssistantFormFieldExtension,
    kafkaKubernetesVersionFormFieldExtension,
    kafkaClusterChangeFormFieldExtension,
  ],
});
