export { KafkaAccessCard } from './KafkaAccessCard';
export { isKafkaClientAvailable } from './isKafkaClient';
