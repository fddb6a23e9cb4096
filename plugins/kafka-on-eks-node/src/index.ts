/**
 * Node.js library for the kafka-on-eks backend plugin and its catalog
 * module: the extension point through which backend modules add clusters to
 * watch, and how both read the configured clusters and reach them.
 *
 * @packageDocumentation
 */
export {
  kafkaOnEksClustersExtensionPoint,
  type KafkaOnEksClusterSupplier,
  type KafkaOnEksClustersExtensionPoint,
} from './extensions';
export {
  createClusterCredentials,
  type ClusterCredentials,
} from './clusters/clusterCredentials';
export { readConfiguredClusters } from './clusters/readConfiguredClusters';
export { CatalogClusterSupplier } from './clusters/CatalogClusterSupplier';
export {
  validateClusterApiServerUrl,
  type CatalogClusterLocatorOptions,
} from './clusters/clusterUrlRule';
export { kubeConfigFor, refreshToken } from './kubernetes/kubeConfigFor';
export {
  classifyError,
  type ClassifiedError,
} from './kubernetes/classifyError';
