/**
 * The Kafka on EKS module for the scaffolder backend: the
 * `kafka-on-eks:generate` action.
 *
 * @packageDocumentation
 */
export { scaffolderModuleKafkaOnEks as default } from './module';
export { createGenerateAction } from './actions/generate';
export { renderRepository, type RenderedFile } from './render';
