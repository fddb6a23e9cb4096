import { KAFKA_POOL_NODE_LABEL, kubernetesNode } from '../nodes/kubernetesNode';
import type { DemoCluster, DemoPool } from './demoClusters';
import {
  addMinutes,
  demoNodeIp,
  demoNodeName,
  uuidFor,
  zoneOf,
} from './demoIds';

/**
 * The EKS node a demo Kafka node runs on: one per pod, in its zone, with the
 * `kafka-on-eks/pool` label and the `dedicated=kafka` taint of the Kafka node
 * groups the generated Terraform creates, and Ready.
 */
export function demoNode(
  cluster: DemoCluster,
  pool: DemoPool,
  nodeId: number,
): object {
  const name = demoNodeName(cluster, nodeId);
  const zone = zoneOf(nodeId);
  const node = kubernetesNode({
    name,
    zone,
    instanceType: pool.instanceType,
    internalIp: demoNodeIp(name),
    seed: `${cluster.name}/${nodeId}`,
    // The node groups come up before Argo CD syncs the Kafka.
    now: addMinutes(cluster.createdAt, -20 + nodeId),
    labels: {
      'eks.amazonaws.com/capacityType': 'ON_DEMAND',
      'eks.amazonaws.com/nodegroup': `${pool.name}-${zone}`,
      [KAFKA_POOL_NODE_LABEL]: pool.name,
    },
    taints: [{ key: 'dedicated', value: 'kafka', effect: 'NoSchedule' }],
  }) as { metadata: Record<string, unknown> };
  return {
    ...node,
    metadata: { name, uid: uuidFor(`node/${name}`), ...node.metadata },
  };
}
