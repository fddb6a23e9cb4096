/**
 * The kafka-on-eks backend plugin: a watch cache of the live Strimzi and
 * EBS objects of the configured clusters, served per catalog entity at
 * `/api/kafka-on-eks`. Its extension point lives in
 * `@kafka-on-eks/plugin-kafka-on-eks-node`.
 *
 * @packageDocumentation
 */
export { kafkaOnEksPlugin as default } from './plugin';
