import { EBS_LIMITS } from '../request/ebsLimits';
import type { KafkaSizingInputs } from './inputs';
import { gibToTB, gibWrittenIn, mbToMiB, mibToMB, roundUp } from './units';

/**
 * The rules of thumb the model applies on top of AWS's limits.
 *
 * @public
 */
export const SIZING_RULES = {
  /**
   * Keep each log volume at most 85 % full: room for segments that are
   * rolled but not yet deleted, and time to react before a broker stops.
   */
  maxFullness: 0.85,
  /**
   * st1 only pays off on large volumes: its baseline grows with size, and
   * below this a gp3 volume is as fast for little more money.
   */
  st1LargeVolumeGi: 500,
  /**
   * st1 baseline throughput: 40 MB/s per TB of volume size, capped at the
   * volume's 500 MiB/s (EBS volume types page, docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html, read 2026-11).
   */
  st1BaselineMBpsPerTB: 40,
} as const;

/** GiB every broker keeps: ingress × retention × replication factor ÷ brokers. */
export function retainedGiBPerBroker(
  inputs: KafkaSizingInputs,
  brokers: number,
): number {
  return (
    (gibWrittenIn(inputs.peakWriteMBps, inputs.retentionHours) *
      inputs.replicationFactor) /
    brokers
  );
}

/** The smallest whole GiB that keeps `retainedGiB` at most 85 % full. */
export function minimumVolumeGi(retainedGiB: number): number {
  return roundUp(retainedGiB / SIZING_RULES.maxFullness);
}

/**
 * The recommended volume: the retained data divided by 0.85, plus headroom,
 * rounded up to whole GiB (at least gp3's 1 GiB).
 */
export function recommendedVolumeGi(
  inputs: KafkaSizingInputs,
  brokers: number,
): number {
  const sized =
    (retainedGiBPerBroker(inputs, brokers) / SIZING_RULES.maxFullness) *
    (1 + inputs.headroom);
  return Math.max(EBS_LIMITS.gp3.minSizeGi, roundUp(sized));
}

/**
 * What every broker writes to its volume, in MB/s: its share of the
 * producers' writes plus the replicas it follows (W × RF ÷ brokers).
 * Consumers are assumed to read recent data from the page cache.
 */
export function volumeWriteMBps(
  inputs: Pick<KafkaSizingInputs, 'peakWriteMBps' | 'replicationFactor'>,
  brokers: number,
): number {
  return (inputs.peakWriteMBps * inputs.replicationFactor) / brokers;
}

/** An st1 volume's sustained (baseline) throughput in MB/s. */
export function st1BaselineMBps(volumeSizeGi: number): number {
  return Math.min(
    SIZING_RULES.st1BaselineMBpsPerTB * gibToTB(volumeSizeGi),
    mibToMB(EBS_LIMITS.st1.maxThroughputMiBps),
  );
}

/** The most a gp3 volume sustains once its throughput is provisioned, in MB/s. */
export const GP3_MAX_WRITE_MBPS = mibToMB(EBS_LIMITS.gp3.maxThroughputMiBps);

/**
 * gp3 performance to provision for a write rate: throughput, then the IOPS it needs.
 *
 * @public
 */
export interface Gp3Performance {
  /** Total IOPS of the volume, at least the included 3,000. */
  iops: number;
  /** Total throughput in MiB/s, at least the included 125. */
  throughputMiBps: number;
}

/**
 * gp3 throughput to cover `writeMBps`, and only the IOPS that throughput
 * needs: gp3 allows 0.25 MiB/s per provisioned IOPS, and Kafka's large,
 * sequential writes are bound by throughput rather than IOPS.
 */
export function gp3PerformanceFor(writeMBps: number): Gp3Performance {
  const { baselineIops, baselineThroughputMiBps, maxThroughputPerIops } =
    EBS_LIMITS.gp3;
  const throughputMiBps = Math.max(
    baselineThroughputMiBps,
    roundUp(mbToMiB(writeMBps)),
  );
  const iops = Math.max(
    baselineIops,
    roundUp(throughputMiBps / maxThroughputPerIops),
  );
  return { iops, throughputMiBps };
}
