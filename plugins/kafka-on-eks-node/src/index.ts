/**
 * Node.js library for the kafka-on-eks backend plugin: the extension point
 * through which backend modules add clusters to watch.
 *
 * @packageDocumentation
 */
export {
  kafkaOnEksClustersExtensionPoint,
  type KafkaOnEksClusterSupplier,
  type KafkaOnEksClustersExtensionPoint,
} from './extensions';
