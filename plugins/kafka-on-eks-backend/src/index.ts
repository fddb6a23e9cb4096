export { kafkaOnEksPlugin as default } from './plugin';
