import { EBS_LIMITS } from '../request/ebsLimits';
import { clusterRequestSchema } from '../request/schema';
import type { BrokerStorageClass } from '../request/types';
import { formatNumber as num } from './format';
import {
  SizingInputError,
  validateSizingInputs,
  type KafkaSizingInputs,
} from './inputs';
import { kinesisShardsFor } from './kinesisComparison';
import {
  monthlyEbsCost,
  type BrokerVolumes,
  type MonthlyEbsCost,
} from './monthlyCost';
import { DEFAULT_EBS_PRICES, type EbsPrices } from './prices';
import {
  brokersReason,
  costReason,
  ebsLimitsReason,
  gp3Reason,
  kinesisReason,
  storageClassReason,
  volumeSizeReason,
} from './sizingReasons';
import { gibWrittenIn, roundUp } from './units';
import {
  GP3_MAX_WRITE_MBPS,
  gp3PerformanceFor,
  recommendedVolumeGi,
  SIZING_RULES,
  st1BaselineMBps,
  volumeWriteMBps,
  type Gp3Performance,
} from './volumeRules';

/**
 * One output of the sizing model, with the one-line reason for it.
 *
 * @public
 */
export interface SizingFigure<T> {
  value: T;
  reason: string;
}

/**
 * What the sizing model recommends for a workload, and why.
 *
 * @public
 */
export interface KafkaSizing {
  inputs: KafkaSizingInputs;
  brokers: SizingFigure<number>;
  /** Per broker, in GiB. */
  volumeSizeGi: SizingFigure<number>;
  storageClass: SizingFigure<BrokerStorageClass>;
  /** What each broker writes to its volume (its writes plus replica copies), in MB/s. */
  volumeWriteMBps: number;
  /** What gp3 volumes need, and how much of it is above the included 3,000 IOPS and 125 MiB/s. */
  gp3Performance: SizingFigure<
    Gp3Performance & { extraIops: number; extraThroughputMiBps: number }
  >;
  ebsLimits: SizingFigure<typeof EBS_LIMITS>;
  /** The recommendation as the request's `brokers` fields. */
  brokerVolumes: BrokerVolumes;
  monthlyCost: SizingFigure<MonthlyEbsCost>;
  /** For comparison only: shards of a Kinesis data stream for the same workload. */
  kinesisComparison: SizingFigure<{
    shards: number;
    forWrites: number;
    forReads: number;
  }>;
  /** Why the recommendation cannot be followed as is; empty when it can. */
  warnings: string[];
}

/** The request's own limit on the broker count. */
const MAX_BROKERS =
  clusterRequestSchema.properties.brokers.properties.replicas.maximum;

/**
 * Recommends brokers, volumes and their monthly EBS cost for a workload.
 * Pure. Throws a {@link SizingInputError} naming each invalid input, e.g.
 * `peakWriteMBps: must be greater than 0`.
 *
 * @public
 */
export function sizeKafkaCluster(
  input: KafkaSizingInputs,
  prices: EbsPrices = DEFAULT_EBS_PRICES,
): KafkaSizing {
  const validation = validateSizingInputs(input);
  if (!validation.ok) throw new SizingInputError(validation.problems);
  const inputs = validation.inputs;
  const { peakWriteMBps: write, replicationFactor: rf, headroom } = inputs;

  // Brokers: one per replica and per zone at least, then enough that every
  // volume sustains its writes and holds its share within gp3's maximum.
  const totalGiB = gibWrittenIn(write, inputs.retentionHours) * rf;
  const forThroughput = roundUp((write * rf) / GP3_MAX_WRITE_MBPS);
  const forSize = roundUp(
    (totalGiB * (1 + headroom)) /
      SIZING_RULES.maxFullness /
      EBS_LIMITS.gp3.maxSizeGi,
  );
  const brokers = Math.max(
    rf,
    inputs.zones,
    Math.min(Math.max(forThroughput, forSize), MAX_BROKERS),
  );

  const writeMBps = volumeWriteMBps(inputs, brokers);
  const gp3 = gp3PerformanceFor(writeMBps);
  const sizedGi = recommendedVolumeGi(inputs, brokers);
  const storageClass = st1Fits(sizedGi, writeMBps) ? 'st1' : 'gp3';
  const volumeReasons = [volumeSizeReason(inputs, brokers, sizedGi, totalGiB)];
  let volumeSizeGi = sizedGi;
  // Provisioned IOPS (not the included 3,000) need 1 GiB per 500 IOPS.
  if (storageClass === 'gp3' && gp3.iops > EBS_LIMITS.gp3.baselineIops) {
    const forIops = roundUp(gp3.iops / EBS_LIMITS.gp3.maxIopsPerGi);
    if (forIops > volumeSizeGi) {
      volumeSizeGi = forIops;
      volumeReasons.push(
        `raised to ${forIops} GiB for ${num(gp3.iops)} IOPS ` +
          `(gp3 allows ${EBS_LIMITS.gp3.maxIopsPerGi} IOPS per GiB)`,
      );
    }
  }

  const warnings: string[] = [];
  const maxSizeGi = EBS_LIMITS[storageClass].maxSizeGi;
  if (volumeSizeGi > maxSizeGi) {
    warnings.push(
      `Even ${brokers} brokers need ${num(volumeSizeGi, 0)} GiB volumes, ` +
        `beyond the EBS maximum of ${num(maxSizeGi)} GiB per ` +
        `${storageClass} volume: shorten the retention or lower the throughput.`,
    );
  }
  if (writeMBps > GP3_MAX_WRITE_MBPS) {
    warnings.push(
      `Even ${brokers} brokers each write ${num(writeMBps)} MB/s, beyond ` +
        `the ${num(
          EBS_LIMITS.gp3.maxThroughputMiBps,
        )} MiB/s a gp3 volume sustains.`,
    );
  }

  const brokerVolumes: BrokerVolumes = {
    replicas: brokers,
    storageClass,
    volumeSizeGi,
  };
  if (storageClass === 'gp3') {
    if (gp3.iops > EBS_LIMITS.gp3.baselineIops) brokerVolumes.iops = gp3.iops;
    if (gp3.throughputMiBps > EBS_LIMITS.gp3.baselineThroughputMiBps) {
      brokerVolumes.throughputMiBps = gp3.throughputMiBps;
    }
  }
  const cost = monthlyEbsCost(brokerVolumes, prices);
  const kinesis = kinesisShardsFor(inputs);

  return {
    inputs,
    brokers: {
      value: brokers,
      reason: brokersReason(
        inputs,
        { brokers, forThroughput, forSize },
        MAX_BROKERS,
      ),
    },
    volumeSizeGi: { value: volumeSizeGi, reason: volumeReasons.join('; ') },
    storageClass: {
      value: storageClass,
      reason: storageClassReason(storageClass, volumeSizeGi, writeMBps, prices),
    },
    volumeWriteMBps: writeMBps,
    gp3Performance: {
      value: {
        ...gp3,
        extraIops: gp3.iops - EBS_LIMITS.gp3.baselineIops,
        extraThroughputMiBps:
          gp3.throughputMiBps - EBS_LIMITS.gp3.baselineThroughputMiBps,
      },
      reason: gp3Reason(gp3, writeMBps, storageClass),
    },
    ebsLimits: { value: EBS_LIMITS, reason: ebsLimitsReason() },
    brokerVolumes,
    monthlyCost: {
      value: cost,
      reason: costReason(brokerVolumes, cost, prices),
    },
    kinesisComparison: {
      value: kinesis,
      reason: kinesisReason(inputs, kinesis),
    },
    warnings,
  };
}

/** st1 when the volume is large, within st1's sizes, and its baseline covers the writes. */
function st1Fits(volumeSizeGi: number, writeMBps: number): boolean {
  return (
    volumeSizeGi >= SIZING_RULES.st1LargeVolumeGi &&
    volumeSizeGi <= EBS_LIMITS.st1.maxSizeGi &&
    writeMBps <= st1BaselineMBps(volumeSizeGi)
  );
}
