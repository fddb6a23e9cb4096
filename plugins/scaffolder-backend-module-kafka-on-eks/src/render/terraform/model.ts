import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';

/** The two root modules, applied in this order. */
export const STAGES = {
  /** VPC, EKS, node groups, add-ons, IAM: the aws provider only. */
  infra: 'terraform/infra',
  /** Argo CD and the External Secrets Operator, on the existing cluster. */
  bootstrap: 'terraform/bootstrap',
} as const;
export type Stage = keyof typeof STAGES;

/** The Kafka node pools that get their own, tainted node groups. */
export const KAFKA_POOLS = ['controller', 'broker'] as const;
export type KafkaPool = (typeof KAFKA_POOLS)[number];

/** One managed node group per Kafka pool per zone (EBS volumes are zonal). */
export interface KafkaNodeGroup {
  /** The `eks_managed_node_groups` key, e.g. `broker-2`. */
  key: string;
  pool: KafkaPool;
  /** Index into the zones and the private subnets. */
  zoneIndex: number;
}

/** The zone indexes 0..zones-1. */
export function zoneIndexes(request: KafkaClusterRequest): number[] {
  return Array.from({ length: request.zones }, (_, i) => i);
}

export function kafkaNodeGroups(
  request: KafkaClusterRequest,
): KafkaNodeGroup[] {
  return KAFKA_POOLS.flatMap(pool =>
    zoneIndexes(request).map(zoneIndex => ({
      key: `${pool}-${zoneIndex + 1}`,
      pool,
      zoneIndex,
    })),
  );
}
