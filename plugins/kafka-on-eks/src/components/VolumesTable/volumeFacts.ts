import {
  EBS_LIMITS,
  buildEbsConsoleUrl,
  regionFromZone,
  type KafkaVolumeView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/** A value to show and whether it is the EBS type's baseline, not provisioned. */
export interface EbsPerformanceFact {
  text: string;
  baseline: boolean;
}

const number = (n: number) => n.toLocaleString('en-US');

/** IOPS as provisioned, else the type's baseline (gp3: 3,000). */
export function iopsOf(volume: KafkaVolumeView): EbsPerformanceFact {
  if (volume.iops !== undefined) {
    return { text: number(volume.iops), baseline: false };
  }
  if (volume.ebsType === 'gp3') {
    return { text: number(EBS_LIMITS.gp3.baselineIops), baseline: true };
  }
  return { text: '—', baseline: false };
}

/** Throughput as provisioned, else the type's baseline (gp3: 125 MiB/s). */
export function throughputOf(volume: KafkaVolumeView): EbsPerformanceFact {
  if (volume.throughputMiBps !== undefined) {
    return { text: `${number(volume.throughputMiBps)} MiB/s`, baseline: false };
  }
  if (volume.ebsType === 'gp3') {
    return {
      text: `${EBS_LIMITS.gp3.baselineThroughputMiBps} MiB/s`,
      baseline: true,
    };
  }
  if (volume.ebsType === 'st1') {
    // st1 scales with size and bursts; its ceiling is the useful number.
    return {
      text: `up to ${EBS_LIMITS.st1.maxThroughputMiBps} MiB/s`,
      baseline: true,
    };
  }
  return { text: '—', baseline: false };
}

/** The AWS console page of the volume, in the region of its zone. */
export function ebsConsoleUrlOf(volume: KafkaVolumeView): string | undefined {
  const region = volume.region ?? regionFromZone(volume.zone);
  if (!region || !volume.ebsVolumeId) return undefined;
  return buildEbsConsoleUrl(region, volume.ebsVolumeId);
}

/**
 * What happens to the EBS volume when its claim or the cluster goes. Strimzi
 * keeps claims unless `deleteClaim` is true; a `Retain` PV keeps the EBS
 * volume even after its claim is deleted.
 */
export function lifecycleOf(volume: KafkaVolumeView): {
  text: string;
  outlivesCluster: boolean;
} {
  const retain = volume.reclaimPolicy === 'Retain';
  if (volume.deleteClaim === false && retain) {
    return {
      text: 'outlives the cluster and its claim (the intended default: delete it by hand when done)',
      outlivesCluster: true,
    };
  }
  if (volume.deleteClaim === false) {
    return {
      text: 'the claim outlives the cluster; deleting the claim deletes the volume',
      outlivesCluster: true,
    };
  }
  if (volume.deleteClaim === true && retain) {
    return {
      text: 'kept as a Released PV when Strimzi deletes the claim',
      outlivesCluster: true,
    };
  }
  if (volume.deleteClaim === true) {
    return { text: 'deleted with the node', outlivesCluster: false };
  }
  return { text: '', outlivesCluster: false };
}
