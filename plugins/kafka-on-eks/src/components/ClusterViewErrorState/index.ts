export { ClusterViewErrorState } from './ClusterViewErrorState';
