import { kinesisShardsFor } from './kinesisComparison';
import { gibToTB, gibWrittenIn, mbToMiB, mibToMB, roundUp } from './units';
import { st1BaselineMBps } from './volumeRules';

describe('units', () => {
  it('converts decimal and binary units through bytes', () => {
    // 10^6 ÷ 2^20 = 0.95367431640625.
    expect(mbToMiB(1)).toBe(0.95367431640625);
    // 125 × 2^20 ÷ 10^6 = 131.072.
    expect(mibToMB(125)).toBeCloseTo(131.072, 9);
    // 1,000 × 2^30 ÷ 10^12 = 1.073741824.
    expect(gibToTB(1000)).toBeCloseTo(1.073741824, 12);
    // 1 MB/s for 1 h = 3,600 MB = 3.6 × 10^9 ÷ 2^30 = 3.3528 GiB.
    expect(gibWrittenIn(1, 1)).toBeCloseTo(3.3527612686, 9);
  });

  it('rounds up without tripping over floating-point error', () => {
    expect(roundUp(1.1 * 3)).toBe(4);
    expect(roundUp(0.1 * 3 * 10)).toBe(3);
    expect(roundUp(3.0000001)).toBe(4);
  });

  it("gives st1's baseline of 40 MB/s per TB, capped at 500 MiB/s", () => {
    // 1,000 GiB = 1.0737 TB × 40 = 42.95 MB/s.
    expect(st1BaselineMBps(1000)).toBeCloseTo(42.95, 2);
    // 16,384 GiB = 17.59 TB × 40 = 703.7 MB/s, capped at 500 MiB/s = 524.288 MB/s.
    expect(st1BaselineMBps(16384)).toBeCloseTo(524.288, 6);
  });
});

describe('kinesisShardsFor', () => {
  it.each([
    // max(⌈2.5 ÷ 1⌉ = 3, ⌈2.5 × 3 ÷ 2⌉ = ⌈3.75⌉ = 4) = 4
    [2.5, 3, 4],
    // max(⌈10⌉ = 10, ⌈10 × 1 ÷ 2⌉ = 5) = 10
    [10, 1, 10],
    // max(⌈0.1⌉ = 1, ⌈0.1 × 5 ÷ 2⌉ = 1) = 1
    [0.1, 5, 1],
  ])('%d MB/s read by %d groups needs %d shards', (write, fanout, shards) => {
    expect(
      kinesisShardsFor({ peakWriteMBps: write, readFanout: fanout }).shards,
    ).toBe(shards);
  });
});
