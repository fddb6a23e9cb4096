export {
  KAFKA_POOL_NODE_LABEL,
  ZONE_LABEL,
  kubernetesNode,
  type KubernetesNodeOptions,
  type NodeTaint,
} from './kubernetesNode';
export {
  nodeGroupNode,
  nodeGroupNodeName,
  playNodeGroup,
  type NodeGroupOptions,
} from './playNodeGroup';
export {
  labelsForNodeAffinity,
  type NodeAffinity,
  type NodeSelectorRequirement,
} from './labelsForNodeAffinity';
