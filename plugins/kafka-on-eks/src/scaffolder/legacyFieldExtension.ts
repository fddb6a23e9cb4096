import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { kafkaOnEksLegacyPlugin } from '../legacy';
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

/**
 * The sizing assistant for portals on the legacy frontend system: put it
 * inside `<ScaffolderFieldExtensions>` of the scaffolder route.
 *
 * @public
 */
export const KafkaSizingAssistantFieldExtension =
  kafkaOnEksLegacyPlugin.provide(
    createScaffolderFieldExtension({
      name: KAFKA_SIZING_ASSISTANT_FIELD,
      component: KafkaSizingAssistant,
    }),
  );

/**
 * The EKS version picker for portals on the legacy frontend system: put it
 * inside `<ScaffolderFieldExtensions>` next to the sizing assistant.
 *
 * @public
 */
export const KafkaKubernetesVersionFieldExtension =
  kafkaOnEksLegacyPlugin.provide(
    createScaffolderFieldExtension({
      name: KAFKA_KUBERNETES_VERSION_FIELD,
      component: KafkaKubernetesVersionPicker,
      validation: validateKubernetesVersion,
    }),
  );

/**
 * The day-2 change editor for portals on the legacy frontend system: put it
 * inside `<ScaffolderFieldExtensions>` next to the sizing assistant.
 *
 * @public
 */
export const KafkaClusterChangeFieldExtension = kafkaOnEksLegacyPlugin.provide(
  createScaffolderFieldExtension({
    name: KAFKA_CLUSTER_CHANGE_FIELD,
    component: KafkaClusterChange,
    validation: validateClusterChangeField,
  }),
);
