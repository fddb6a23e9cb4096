export { kafkaOnEksApiRef, type KafkaOnEksApi } from './KafkaOnEksApi';
export { KafkaOnEksClient } from './KafkaOnEksClient';
