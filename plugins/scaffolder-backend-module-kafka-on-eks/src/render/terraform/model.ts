import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';

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

/**
 * The brokers' provisioned gp3 performance, when they asked for more than
 * the baseline; undefined otherwise (and always for st1).
 */
export function brokerVolumeAttributes(
  request: KafkaClusterRequest,
): { iops?: number; throughputMiBps?: number } | undefined {
  const { storageClass, iops, throughputMiBps } = request.brokers;
  if (
    storageClass !== 'gp3' ||
    (iops === undefined && throughputMiBps === undefined)
  ) {
    return undefined;
  }
  return { iops, throughputMiBps };
}

/** VolumeAttributesClass is GA (storage.k8s.io/v1) from 1.34; Strimzi 1.2 needs 1.30. */
export function minimumKubernetesMinor(request: KafkaClusterRequest): number {
  return brokerVolumeAttributes(request) ? 34 : 30;
}
