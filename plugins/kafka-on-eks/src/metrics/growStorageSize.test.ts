import type { KafkaVolumeUsageMetrics } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { growStorageSizeGi } from './growStorageSize';

const GiB = 2 ** 30;

function volume(
  usedGi: number,
  capacityGi: number,
  growthGiPerDay?: number,
): KafkaVolumeUsageMetrics {
  return {
    pvc: 'data-0-orders-brokers-3',
    usedBytes: usedGi * GiB,
    capacityBytes: capacityGi * GiB,
    usedPercent: (usedGi / capacityGi) * 100,
    ...(growthGiPerDay !== undefined && {
      growthBytesPerDay: growthGiPerDay * GiB,
    }),
    warnings: [],
  };
}

describe('growStorageSizeGi', () => {
  it('holds what is used plus 30 days of growth', () => {
    // 558 + 30 × 12 = 918 GiB.
    expect(growStorageSizeGi(volume(558, 600, 12))).toBe(918);
  });

  it('rounds up to a whole GiB', () => {
    // 500 + 30 × 10.01 = 800.3 GiB: 801.
    expect(growStorageSizeGi(volume(500, 600, 10.01))).toBe(801);
    // One byte over 700 GiB is 701.
    expect(
      growStorageSizeGi({ ...volume(400, 600, 10), usedBytes: 400 * GiB + 1 }),
    ).toBe(701);
  });

  it('is never below the current size + 1 GiB', () => {
    // Nearly full, not growing: 540 GiB would fit, but volumes only grow.
    expect(growStorageSizeGi(volume(540, 600))).toBe(601);
    // Slow growth: 520 + 30 × 1 = 550 < 601.
    expect(growStorageSizeGi(volume(520, 600, 1))).toBe(601);
    // Shrinking (after a compaction) counts as no growth.
    expect(growStorageSizeGi(volume(540, 600, -5))).toBe(601);
  });

  it('counts a capacity that is not a whole GiB as the next whole GiB', () => {
    expect(
      growStorageSizeGi({ ...volume(540, 600), capacityBytes: 600 * GiB + 1 }),
    ).toBe(602);
  });
});
