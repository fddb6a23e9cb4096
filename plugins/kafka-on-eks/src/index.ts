/**
 * The Kafka on EKS frontend plugin: the default export is the plugin for the
 * new frontend system; the named exports serve the legacy one.
 *
 * @packageDocumentation
 */
export { kafkaOnEksPlugin as default } from './plugin';
export {
  kafkaOnEksLegacyPlugin,
  EntityKafkaOnEksContent,
  EntityKafkaOnEksCard,
  isKafkaOnEksAvailable,
} from './legacy';
export { KafkaLocationCard } from './components/KafkaLocationCard';
