export { KafkaReadinessStatus } from './KafkaReadinessStatus';
