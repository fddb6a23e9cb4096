import { EBS_LIMITS } from '../request/ebsLimits';
import { replicationFor } from '../request/replication';
import type { RequestProblem } from '../request/types';
import { formatNumber } from './format';
import type { KafkaSizingInputs } from './inputs';
import type { BrokerVolumes } from './monthlyCost';
import { mbToMiB } from './units';
import {
  minimumVolumeGi,
  retainedGiBPerBroker,
  SIZING_RULES,
  st1BaselineMBps,
  volumeWriteMBps,
} from './volumeRules';

/**
 * Rules the chosen broker volumes break, each naming the request field it
 * concerns (e.g. `brokers.volumeSizeGi`). Without sizing inputs only EBS's
 * own limits are checked; with them, also whether the volumes hold the
 * retention and sustain the writes. Warnings, not errors: the user may know
 * better, and the request validator enforces what AWS would refuse.
 *
 * @public
 */
export function brokerChoiceWarnings(
  volumes: BrokerVolumes,
  inputs?: KafkaSizingInputs,
): RequestProblem[] {
  const warnings: RequestProblem[] = [];
  const warn = (field: string, message: string) =>
    warnings.push({ path: `brokers.${field}`, message });
  const { replicas, storageClass, volumeSizeGi } = volumes;
  const limits = EBS_LIMITS[storageClass];

  if (volumeSizeGi < limits.minSizeGi) {
    warn(
      'volumeSizeGi',
      `${storageClass} volumes must be at least ${
        limits.minSizeGi
      } GiB; ${formatNumber(volumeSizeGi)} GiB is too small`,
    );
  }
  if (volumeSizeGi > limits.maxSizeGi) {
    warn(
      'volumeSizeGi',
      `${storageClass} volumes can be at most ${formatNumber(
        limits.maxSizeGi,
      )} GiB; ${formatNumber(volumeSizeGi)} GiB is too large`,
    );
  }
  if (!inputs || !(replicas >= 1)) return warnings;

  if (replicas < inputs.replicationFactor) {
    warn(
      'replicas',
      `${replicas} brokers cannot hold ${inputs.replicationFactor} replicas of a partition: use at least ${inputs.replicationFactor}`,
    );
  }
  if (replicas < inputs.zones) {
    warn(
      'replicas',
      `${replicas} brokers cannot cover ${inputs.zones} zones: a zone has no broker`,
    );
  }
  const derived = replicationFor(replicas).replicationFactor;
  if (derived !== inputs.replicationFactor) {
    warn(
      'replicas',
      `with ${replicas} brokers the cluster's default replication factor is ${derived}, but the sizing assumed ${inputs.replicationFactor}: set the topics' replication factor to match`,
    );
  }

  const retained = retainedGiBPerBroker(inputs, replicas);
  const needed = minimumVolumeGi(retained);
  if (volumeSizeGi < needed) {
    warn(
      'volumeSizeGi',
      `too small for the retention: each of ${replicas} brokers keeps ${formatNumber(
        retained,
        0,
      )} GiB (${formatNumber(inputs.peakWriteMBps)} MB/s for ${formatNumber(
        inputs.retentionHours,
      )} h × RF ${
        inputs.replicationFactor
      }), which needs at least ${formatNumber(needed, 0)} GiB to stay under ${
        SIZING_RULES.maxFullness * 100
      } % full`,
    );
  }

  const writeMBps = volumeWriteMBps(inputs, replicas);
  if (storageClass === 'st1') {
    const baseline = st1BaselineMBps(volumeSizeGi);
    if (volumeSizeGi >= limits.minSizeGi && writeMBps > baseline) {
      warn(
        'storageClass',
        `each broker writes ${formatNumber(
          writeMBps,
        )} MB/s, above the ${formatNumber(
          baseline,
        )} MB/s baseline of a ${formatNumber(
          volumeSizeGi,
        )} GiB st1 volume (40 MB/s per TB): use gp3 or larger volumes`,
      );
    }
  } else {
    const throughputMiBps =
      volumes.throughputMiBps ?? EBS_LIMITS.gp3.baselineThroughputMiBps;
    if (exceeds(mbToMiB(writeMBps), throughputMiBps)) {
      warn(
        'throughputMiBps',
        `each broker writes ${formatNumber(
          mbToMiB(writeMBps),
        )} MiB/s, above the volume's ${formatNumber(
          throughputMiBps,
        )} MiB/s: provision more gp3 throughput or add brokers`,
      );
    }
  }
  return warnings;
}

// Compares at 12 significant digits, as the model rounds: a recommendation of
// exactly the needed throughput must not warn over a floating-point ulp.
function exceeds(value: number, limit: number): boolean {
  return Number(value.toPrecision(12)) > Number(limit.toPrecision(12));
}
