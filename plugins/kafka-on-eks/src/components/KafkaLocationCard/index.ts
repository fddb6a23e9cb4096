export { KafkaLocationCard } from './KafkaLocationCard';
