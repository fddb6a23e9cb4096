import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { kafkaOnEksLegacyPlugin } from '../legacy';
import { KAFKA_SIZING_ASSISTANT_FIELD } from './fieldName';
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
