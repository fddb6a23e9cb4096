import type { Gp3Performance } from '../sizing/volumeRules';
import { EBS_LIMITS } from './ebsLimits';
import type { BrokerPoolRequest } from './types';

/**
 * The broker volumes' provisioned gp3 performance, when they ask for more
 * than the gp3 baseline; undefined at the baseline and on st1, where no
 * VolumeAttributesClass is needed.
 *
 * @public
 */
export function gp3PerformanceOf(
  brokers: Pick<BrokerPoolRequest, 'storageClass' | 'iops' | 'throughputMiBps'>,
): Gp3Performance | undefined {
  if (brokers.storageClass !== 'gp3') return undefined;
  const wanted = {
    iops: brokers.iops ?? EBS_LIMITS.gp3.baselineIops,
    throughputMiBps:
      brokers.throughputMiBps ?? EBS_LIMITS.gp3.baselineThroughputMiBps,
  };
  const beyondBaseline =
    wanted.iops > EBS_LIMITS.gp3.baselineIops ||
    wanted.throughputMiBps > EBS_LIMITS.gp3.baselineThroughputMiBps;
  return beyondBaseline ? wanted : undefined;
}

/**
 * Named by its content: a VolumeAttributesClass's parameters are immutable,
 * so other numbers are another class, and the pool points at the new one
 * (the EBS CSI driver then modifies the volumes in place).
 *
 * @public
 */
export const volumeAttributesClassName = (performance: Gp3Performance) =>
  `kafka-gp3-${performance.iops}-${performance.throughputMiBps}`;
