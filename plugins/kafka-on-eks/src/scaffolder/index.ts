export { KafkaSizingAssistant } from './KafkaSizingAssistant';
export { KAFKA_SIZING_ASSISTANT_FIELD } from './fieldName';
export {
  kafkaOnEksScaffolderModule,
  kafkaSizingAssistantFormFieldExtension,
} from './scaffolderModule';
export { KafkaSizingAssistantFieldExtension } from './legacyFieldExtension';
