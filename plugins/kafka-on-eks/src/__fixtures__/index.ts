export { ordersClusterView } from './ordersClusterView';
export { manyTopics, viewWithManyTopics } from './manyTopics';
export {
  ordersClusterRequest,
  ordersRequestResponse,
} from './ordersClusterRequest';
export {
  ordersClusterMetrics,
  prometheusUnavailableMetrics,
} from './ordersClusterMetrics';
