/**
 * The Kafka on EKS module for the scaffolder backend: the
 * `kafka-on-eks:generate` and `kafka-on-eks:publish-local` actions.
 *
 * @packageDocumentation
 */
export { scaffolderModuleKafkaOnEks as default } from './module';
export {
  createGenerateAction,
  type GenerateActionOptions,
} from './actions/generate';
export { createPublishLocalAction } from './actions/publishLocal';
export {
  renderRepository,
  readRequestFile,
  REQUEST_FILE,
  type RenderedFile,
  type RequestFileResult,
} from './render';
