/**
 * Catalog discovery of the Strimzi Kafka clusters of the configured
 * Kubernetes clusters, with their topics and clients when configured.
 *
 * @packageDocumentation
 */
export { catalogModuleKafkaOnEksDiscovery as default } from './module';
export { KAFKA_PART_OF_ANNOTATION } from './entities/annotations';
