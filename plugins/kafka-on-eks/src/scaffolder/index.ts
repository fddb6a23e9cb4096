export { KafkaSizingAssistant } from './KafkaSizingAssistant';
export type { BrokersFormData } from './KafkaSizingAssistant/sizingDraft';
export { KafkaKubernetesVersionPicker } from './KafkaKubernetesVersionPicker';
export {
  KafkaClusterChange,
  validateClusterChangeField,
  type ClusterChangeFieldOptions,
} from './KafkaClusterChange';
export {
  KAFKA_CLUSTER_CHANGE_FIELD,
  KAFKA_KUBERNETES_VERSION_FIELD,
  KAFKA_SIZING_ASSISTANT_FIELD,
} from './fieldName';
export {
  kafkaClusterChangeFormFieldExtension,
  kafkaKubernetesVersionFormFieldExtension,
  kafkaOnEksScaffolderModule,
  kafkaSizingAssistantFormFieldExtension,
} from './scaffolderModule';
export {
  KafkaClusterChangeFieldExtension,
  KafkaKubernetesVersionFieldExtension,
  KafkaSizingAssistantFieldExtension,
} from './legacyFieldExtension';
