// Moved to -node, which the catalog discovery module shares.
export {
  classifyError,
  type ClassifiedError,
} from '@kafka-on-eks/plugin-kafka-on-eks-node';
