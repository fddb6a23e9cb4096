export { KafkaClusterChange } from './KafkaClusterChange';
export { validateClusterChangeField } from './validateClusterChangeField';
export type { ClusterChangeFieldOptions } from './changeTarget';
