export {
  KafkaOnEksOverviewCard,
  type KafkaOnEksOverviewCardProps,
} from './KafkaOnEksOverviewCard';
