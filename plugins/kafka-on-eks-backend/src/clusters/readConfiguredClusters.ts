// Moved to -node, which the catalog discovery module shares.
export { readConfiguredClusters } from '@kafka-on-eks/plugin-kafka-on-eks-node';
