export { ClusterObjectIndex } from './ClusterObjectIndex';
export type {
  IndexedError,
  KafkaObjectsSnapshot,
} from './KafkaObjectsSnapshot';
export { buildKafkaClusterView } from './buildKafkaClusterView';
export type * from './kubernetesObjects';
