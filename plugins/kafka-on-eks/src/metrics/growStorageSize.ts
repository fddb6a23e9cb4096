import type { KafkaVolumeUsageMetrics } from '@kafka-on-eks/plugin-kafka-on-eks-common';

const GiB = 2 ** 30;

/** How many days of growth a suggested size should hold. */
export const GROW_STORAGE_HORIZON_DAYS = 30;

/**
 * The broker volume size, in GiB, to suggest for a volume that fills up:
 * room for what is used now plus 30 days at the growth measured over the
 * last 24 h, rounded up to a whole GiB (EBS sizes are whole GiB). Never less
 * than the current size + 1 GiB: a volume that is nearly full but not
 * growing (or growing slowly) still needs a larger size, as EBS and Strimzi
 * only grow volumes, and the change refuses a size that is not larger.
 */
export function growStorageSizeGi(volume: KafkaVolumeUsageMetrics): number {
  const growth = Math.max(0, volume.growthBytesPerDay ?? 0);
  const needed = Math.ceil(
    (volume.usedBytes + GROW_STORAGE_HORIZON_DAYS * growth) / GiB,
  );
  const currentGi = Math.ceil(volume.capacityBytes / GiB);
  return Math.max(needed, currentGi + 1);
}
