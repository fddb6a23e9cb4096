export { KafkaSizingAssistant } from './KafkaSizingAssistant';
