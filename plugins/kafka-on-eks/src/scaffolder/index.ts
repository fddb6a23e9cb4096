export { KafkaSizingAssistant } from './KafkaSizingAssistant';
export type { BrokersFormData } from './KafkaSizingAssistant/sizingDraft';
export { KafkaKubernetesVersionPicker } from './KafkaKubernetesVersionPicker';
export {
  KAFKA_KUBERNETES_VERSION_FIELD,
  KAFKA_SIZING_ASSISTANT_FIELD,
} from './fieldName';
export {
  kafkaKubernetesVersionFormFieldExtension,
  kafkaOnEksScaffolderModule,
  kafkaSizingAssistantFormFieldExtension,
} from './scaffolderModule';
export {
  KafkaKubernetesVersionFieldExtension,
  KafkaSizingAssistantFieldExtension,
} from './legacyFieldExtension';
