export {
  KafkaOnEksContent,
  type KafkaOnEksContentProps,
} from './KafkaOnEksContent';
