export { kafkaOnEksPlugin as default } from './plugin';
export {
  kafkaOnEksClustersExtensionPoint,
  type KafkaOnEksClusterSupplier,
  type KafkaOnEksClustersExtensionPoint,
} from './extensions';
