// Moved to -node, which the catalog discovery module shares.
export {
  createClusterCredentials,
  type ClusterCredentials,
} from '@kafka-on-eks/plugin-kafka-on-eks-node';
