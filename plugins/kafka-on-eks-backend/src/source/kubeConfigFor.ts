// Moved to -node, which the catalog discovery module shares.
export {
  kubeConfigFor,
  refreshToken,
} from '@kafka-on-eks/plugin-kafka-on-eks-node';
