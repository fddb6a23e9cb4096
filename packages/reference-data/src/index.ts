/**
 * Test helper: the one way tests read ../shared/reference. Every reader
 * fails with a message naming the missing file.
 *
 * @packageDocumentation
 */
export { referenceRoot, referencePath, readReference } from './referencePath';
export {
  strimziKafkaVersions,
  strimziHelmValues,
  strimziCrdSchema,
  strimziServedVersions,
  createStrimziValidator,
  type StrimziKafkaVersion,
} from './strimzi';
export {
  terraformModuleVariables,
  TERRAFORM_MODULE_VERSIONS,
} from './terraform';
