export {
  kafkaOnEksApiRef,
  type KafkaOnEksApi,
  type KafkaClusterMetricsAnswer,
} from './KafkaOnEksApi';
export { KafkaOnEksClient } from './KafkaOnEksClient';
