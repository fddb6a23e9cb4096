/**
 * The Kafka on EKS module for the scaffolder backend: the
 * `kafka-on-eks:generate` and `kafka-on-eks:update` actions, and with local
 * publishing `kafka-on-eks:publish-local`, `:fetch-local`,
 * `:publish-local-change` and `:merge-local`.
 *
 * @packageDocumentation
 */
export { scaffolderModuleKafkaOnEks as default } from './module';
export {
  createGenerateAction,
  type GenerateActionOptions,
} from './actions/generate';
export { createPublishLocalAction } from './actions/publishLocal';
export { createUpdateAction, type UpdateActionOptions } from './actions/update';
export {
  renderRepository,
  RENDERER_VERSION,
  planRepositoryUpdate,
  type RepositoryUpdate,
  type RenderedFile,
} from './render';
