export {
  KafkaKubernetesVersionPicker,
  validateKubernetesVersion,
} from './KafkaKubernetesVersionPicker';
