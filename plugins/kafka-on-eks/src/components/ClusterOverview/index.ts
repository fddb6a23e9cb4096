export { ClusterOverview } from './ClusterOverview';
