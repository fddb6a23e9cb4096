export { ordersClusterView } from './ordersClusterView';
export { manyTopics, viewWithManyTopics } from './manyTopics';
