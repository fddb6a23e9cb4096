export { ordersClusterView } from './ordersClusterView';
export { manyTopics, viewWithManyTopics } from './manyTopics';
export {
  ordersClusterRequest,
  ordersRequestResponse,
} from './ordersClusterRequest';
