/**
 * The Kafka on EKS frontend plugin: the default export is the plugin for the
 * new frontend system; the named exports serve the legacy one.
 *
 * @packageDocumentation
 */
export { kafkaOnEksPlugin as default } from './plugin';
export {
  kafkaOnEksLegacyPlugin,
  EntityKafkaOnEksContent,
  EntityKafkaOnEksCard,
  isKafkaOnEksAvailable,
} from './legacy';
export {
  kafkaOnEksApiRef,
  KafkaOnEksClient,
  type KafkaOnEksApi,
  type KafkaClusterMetricsAnswer,
} from './api';
export { createChangeTemplateRouteRef } from './routes';
export {
  KafkaOnEksContent,
  type KafkaOnEksContentProps,
} from './components/KafkaOnEksContent';
export {
  KafkaOnEksOverviewCard,
  type KafkaOnEksOverviewCardProps,
} from './components/KafkaOnEksOverviewCard';
export {
  KafkaSizingAssistant,
  KAFKA_SIZING_ASSISTANT_FIELD,
  KafkaKubernetesVersionPicker,
  KAFKA_KUBERNETES_VERSION_FIELD,
  KafkaClusterChange,
  KAFKA_CLUSTER_CHANGE_FIELD,
  validateClusterChangeField,
  kafkaOnEksScaffolderModule,
  KafkaSizingAssistantFieldExtension,
  KafkaKubernetesVersionFieldExtension,
  KafkaClusterChangeFieldExtension,
  type BrokersFormData,
  type ClusterChangeFieldOptions,
} from './scaffolder';
