/**
 * The Kafka on EKS module for the scaffolder backend: the
 * `kafka-on-eks:generate`, `kafka-on-eks:update` and `kafka-on-eks:publish-local`
 * actions.
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
