import { SizingInputError, type KafkaSizingInputs } from './inputs';
import { sizeKafkaCluster } from './sizeKafkaCluster';

// Every expected number below is worked out by hand, not by the model.
// Units: 1 MB = 10^6 B, 1 GiB = 2^30 B = 1,073,741,824 B, 1 MiB = 2^20 B,
// 1 TB = 10^12 B. So 1 MB = 0.000931323 GiB and 1 MB/s = 0.953674 MiB/s.
// Retained GiB = W × 3600 × H × RF × 10^6 ÷ 2^30.
// Volume = ⌈retained ÷ brokers ÷ 0.85 × (1 + headroom)⌉.
// Brokers = max(RF, zones, ⌈W × RF ÷ 2,097.152⌉ (2,000 MiB/s in MB/s),
//               ⌈retained × (1 + headroom) ÷ 0.85 ÷ 65,536⌉), at most 60.
// st1 when volume ≥ 500 GiB, ≤ 16,384 GiB and W × RF ÷ brokers ≤
// 40 MB/s × volume × 1.073741824 ÷ 1,000 (its baseline).
// gp3 throughput = max(125, ⌈writes per broker in MiB/s⌉); IOPS = max(3,000,
// throughput ÷ 0.25). Cost: gp3 $0.08/GiB + $0.005/IOPS over 3,000 +
// $0.04/MiB/s over 125; st1 $0.045/GiB; per month, times the brokers.
// Kinesis shards = max(⌈W ÷ 1⌉, ⌈W × fan-out ÷ 2⌉).

type Row = {
  name: string;
  inputs: KafkaSizingInputs;
  brokers: number;
  volumeSizeGi: number;
  storageClass: 'gp3' | 'st1';
  iops: number;
  throughputMiBps: number;
  monthlyUsd: number;
  kinesisShards: number;
  warnings: number;
};

const inputs = (
  peakWriteMBps: number,
  readFanout: number,
  retentionHours: number,
  replicationFactor: number,
  headroom: number,
  zones: number,
): KafkaSizingInputs => ({
  peakWriteMBps,
  readFanout,
  retentionHours,
  replicationFactor,
  headroom,
  zones,
});

const rows: Row[] = [
  {
    // 1 × 3600 × 24 = 86,400 MB × 3 = 259,200 MB = 241.40 GiB; ÷ 3 = 80.47;
    // ÷ 0.85 = 94.67; × 1.2 = 113.60 → 114 GiB. Brokers max(RF 3, zones 2,
    // ⌈3 ÷ 2,097⌉ = 1, 1) = 3. 114 < 125: gp3. 3 × 114 × 0.08 = $27.36.
    // Kinesis max(⌈1⌉, ⌈1 × 1 ÷ 2⌉ = 1) = 1.
    name: 'tiny throughput: brokers from the replication factor',
    inputs: inputs(1, 1, 24, 3, 0.2, 2),
    brokers: 3,
    volumeSizeGi: 114,
    storageClass: 'gp3',
    iops: 3000,
    throughputMiBps: 125,
    monthlyUsd: 27.36,
    kinesisShards: 1,
    warnings: 0,
  },
  {
    // 0.5 × 3600 × 12 = 21,600 MB × 2 = 43,200 MB = 40.23 GiB; brokers
    // max(RF 2, zones 3, 1, 1) = 3; ÷ 3 = 13.41; ÷ 0.85 = 15.78 → 16 GiB.
    // gp3 (below st1's 125 GiB). 3 × 16 × 0.08 = $3.84.
    // Kinesis max(⌈0.5⌉ = 1, ⌈0.5 × 4 ÷ 2⌉ = 1) = 1.
    name: 'tiny throughput: brokers from the zones',
    inputs: inputs(0.5, 4, 12, 2, 0, 3),
    brokers: 3,
    volumeSizeGi: 16,
    storageClass: 'gp3',
    iops: 3000,
    throughputMiBps: 125,
    monthlyUsd: 3.84,
    kinesisShards: 1,
    warnings: 0,
  },
  {
    // 10 × 3600 × 168 = 6,048,000 MB × 3 = 18,144,000 MB = 16,897.92 GiB;
    // ÷ 3 = 5,632.64; ÷ 0.85 = 6,626.63; × 1.2 = 7,951.96 → 7,952 GiB.
    // Writes per broker 10 × 3 ÷ 3 = 10 MB/s; st1 baseline 40 × 7,952 ×
    // 1.0737 ÷ 1,000 = 341.5 MB/s ≥ 10 and 7,952 ≥ 500: st1.
    // 3 × 7,952 × 0.045 = $1,073.52. Kinesis max(10, ⌈10 × 2 ÷ 2⌉ = 10) = 10.
    name: 'a week of 10 MB/s: large volumes on st1',
    inputs: inputs(10, 2, 168, 3, 0.2, 3),
    brokers: 3,
    volumeSizeGi: 7952,
    storageClass: 'st1',
    iops: 3000,
    throughputMiBps: 125,
    monthlyUsd: 1073.52,
    kinesisShards: 10,
    warnings: 0,
  },
  {
    // 1 × 3600 × 72 = 259,200 MB × 3 = 777,600 MB = 724.20 GiB; ÷ 3 = 241.40;
    // ÷ 0.85 = 284.00; × 1.2 = 340.80 → 341 GiB: st1 would be allowed
    // (≥ 125) but is below the 500 GiB where it pays off: gp3.
    // 3 × 341 × 0.08 = $81.84. Kinesis max(1, ⌈1 × 3 ÷ 2⌉ = 2) = 2.
    name: 'st1-sized but small volumes stay on gp3',
    inputs: inputs(1, 3, 72, 3, 0.2, 3),
    brokers: 3,
    volumeSizeGi: 341,
    storageClass: 'gp3',
    iops: 3000,
    throughputMiBps: 125,
    monthlyUsd: 81.84,
    kinesisShards: 2,
    warnings: 0,
  },
  {
    // 300 × 3600 × 4 = 4,320,000 MB × 3 = 12,960,000 MB = 12,069.94 GiB;
    // ÷ 3 = 4,023.31; ÷ 0.85 = 4,733.31 → 4,734 GiB. Writes per broker
    // 300 × 3 ÷ 3 = 300 MB/s > st1 baseline 40 × 4,734 × 1.0737 ÷ 1,000 =
    // 203.3 MB/s: gp3. 300 MB/s = 286.10 MiB/s → 287 MiB/s; 287 ÷ 0.25 =
    // 1,148 IOPS → the included 3,000. 3 × (4,734 × 0.08 + 162 × 0.04) =
    // 3 × (378.72 + 6.48) = $1,155.60. Kinesis max(300, ⌈300 × 2 ÷ 2⌉) = 300.
    name: 'writes above the st1 baseline: gp3 with provisioned throughput',
    inputs: inputs(300, 2, 4, 3, 0, 3),
    brokers: 3,
    volumeSizeGi: 4734,
    storageClass: 'gp3',
    iops: 3000,
    throughputMiBps: 287,
    monthlyUsd: 1155.6,
    kinesisShards: 300,
    warnings: 0,
  },
  {
    // Brokers for throughput: 5,000 × 3 = 15,000 MB/s ÷ 2,097.152 = 7.15 → 8.
    // 5,000 × 3600 × 1 = 18,000,000 MB × 3 = 54,000,000 MB = 50,291.42 GiB;
    // ÷ 8 = 6,286.43; ÷ 0.85 = 7,395.80 → 7,396 GiB. Writes per broker
    // 15,000 ÷ 8 = 1,875 MB/s = 1,788.14 MiB/s → 1,789; IOPS 1,789 ÷ 0.25 =
    // 7,156. st1 baseline 40 × 7,396 × 1.0737 ÷ 1,000 = 317.7 < 1,875: gp3.
    // 8 × (7,396 × 0.08 + 4,156 × 0.005 + 1,664 × 0.04) =
    // 8 × (591.68 + 20.78 + 66.56) = 8 × 679.02 = $5,432.16.
    // Kinesis max(5,000, ⌈5,000 × 1 ÷ 2⌉ = 2,500) = 5,000.
    name: 'throughput-bound: more brokers, provisioned IOPS and throughput',
    inputs: inputs(5000, 1, 1, 3, 0, 3),
    brokers: 8,
    volumeSizeGi: 7396,
    storageClass: 'gp3',
    iops: 7156,
    throughputMiBps: 1789,
    monthlyUsd: 5432.16,
    kinesisShards: 5000,
    warnings: 0,
  },
  {
    // Very long retention: 20 × 3600 × 2,160 = 155,520,000 MB × 3 =
    // 466,560,000 MB = 434,517.86 GiB. Brokers for size: 434,517.86 × 1.2 ÷
    // 0.85 ÷ 65,536 = 9.36 → 10. ÷ 10 = 43,451.79; ÷ 0.85 = 51,119.75;
    // × 1.2 = 61,343.70 → 61,344 GiB (under gp3's 65,536, over st1's 16,384).
    // 10 × 61,344 × 0.08 = $49,075.20. Kinesis max(20, ⌈20 ÷ 2⌉) = 20.
    name: 'very long retention: more brokers to stay within 64 TiB',
    inputs: inputs(20, 1, 2160, 3, 0.2, 3),
    brokers: 10,
    volumeSizeGi: 61344,
    storageClass: 'gp3',
    iops: 3000,
    throughputMiBps: 125,
    monthlyUsd: 49075.2,
    kinesisShards: 20,
    warnings: 0,
  },
  {
    // Beyond the EBS maximum: 1,000 × 3600 × 8,760 = 31,536,000,000 MB × 3 =
    // 94,608,000,000 MB = 88,110,566.14 GiB; for size 88,110,566 × 1.2 ÷ 0.85
    // ÷ 65,536 = 1,898.06 → 1,899 brokers, capped at 60. ÷ 60 = 1,468,509.44;
    // ÷ 0.85 × 1.2 = 2,073,189.79 → 2,073,190 GiB > 65,536: a warning.
    // 60 × 2,073,190 × 0.08 = $9,951,312. Kinesis max(1,000, 500) = 1,000.
    name: 'a year of 1 GB/s: even 60 brokers exceed the EBS maximum',
    inputs: inputs(1000, 1, 8760, 3, 0.2, 3),
    brokers: 60,
    volumeSizeGi: 2073190,
    storageClass: 'gp3',
    iops: 3000,
    throughputMiBps: 125,
    monthlyUsd: 9951312,
    kinesisShards: 1000,
    warnings: 1,
  },
  {
    // 2,000 × 3600 × 0.001 = 7,200 MB × 3 = 21,600 MB = 20.12 GiB; brokers
    // max(3, 3, ⌈6,000 ÷ 2,097.152⌉ = 3, 1) = 3; ÷ 3 = 6.71; ÷ 0.85 = 7.89
    // → 8 GiB. Writes 2,000 MB/s = 1,907.35 MiB/s → 1,908; IOPS 1,908 ÷ 0.25
    // = 7,632, which needs 7,632 ÷ 500 = 15.26 → 16 GiB. 3 × (16 × 0.08 +
    // 4,632 × 0.005 + 1,783 × 0.04) = 3 × (1.28 + 23.16 + 71.32) = $287.28.
    // Kinesis max(2,000, ⌈2,000 ÷ 2⌉) = 2,000.
    name: 'provisioned IOPS raise a tiny volume to 500 IOPS per GiB',
    inputs: inputs(2000, 1, 0.001, 3, 0, 3),
    brokers: 3,
    volumeSizeGi: 16,
    storageClass: 'gp3',
    iops: 7632,
    throughputMiBps: 1908,
    monthlyUsd: 287.28,
    kinesisShards: 2000,
    warnings: 0,
  },
];

describe('sizeKafkaCluster', () => {
  it.each(rows)('$name', row => {
    const sizing = sizeKafkaCluster(row.inputs);
    expect({
      brokers: sizing.brokers.value,
      volumeSizeGi: sizing.volumeSizeGi.value,
      storageClass: sizing.storageClass.value,
      iops: sizing.gp3Performance.value.iops,
      throughputMiBps: sizing.gp3Performance.value.throughputMiBps,
      monthlyUsd: sizing.monthlyCost.value.total,
      kinesisShards: sizing.kinesisComparison.value.shards,
      warnings: sizing.warnings.length,
    }).toEqual({
      brokers: row.brokers,
      volumeSizeGi: row.volumeSizeGi,
      storageClass: row.storageClass,
      iops: row.iops,
      throughputMiBps: row.throughputMiBps,
      monthlyUsd: row.monthlyUsd,
      kinesisShards: row.kinesisShards,
      warnings: row.warnings,
    });
    for (const figure of [
      sizing.brokers,
      sizing.volumeSizeGi,
      sizing.storageClass,
      sizing.gp3Performance,
      sizing.ebsLimits,
      sizing.monthlyCost,
      sizing.kinesisComparison,
    ]) {
      expect(figure.reason).toMatch(/^[^\n|*]{20,}$/);
    }
  });

  it('gives the recommendation as request fields, with gp3 performance only above the included', () => {
    expect(sizeKafkaCluster(inputs(5000, 1, 1, 3, 0, 3)).brokerVolumes).toEqual(
      {
        replicas: 8,
        storageClass: 'gp3',
        volumeSizeGi: 7396,
        iops: 7156,
        throughputMiBps: 1789,
      },
    );
    expect(sizeKafkaCluster(inputs(300, 2, 4, 3, 0, 3)).brokerVolumes).toEqual({
      replicas: 3,
      storageClass: 'gp3',
      volumeSizeGi: 4734,
      throughputMiBps: 287,
    });
    expect(
      sizeKafkaCluster(inputs(10, 2, 168, 3, 0.2, 3)).brokerVolumes,
    ).toEqual({ replicas: 3, storageClass: 'st1', volumeSizeGi: 7952 });
  });

  it('explains each output in one line', () => {
    const sizing = sizeKafkaCluster(inputs(10, 2, 168, 3, 0.2, 3));
    expect(sizing.volumeSizeGi.reason).toBe(
      '7,952 GiB: 10 MB/s × 168 h × RF 3 = 16,898 GiB retained, ÷ 3 brokers = 5,633 GiB each, ÷ 0.85 to stay under 85 % full, + 20 % headroom, rounded up',
    );
    expect(sizing.storageClass.reason).toContain('st1: a 7,952 GiB volume');
    expect(sizing.monthlyCost.reason).toBe(
      '3 × (7,952 GiB × $0.045) = $1,073.52 per month at us-east-1 prices',
    );
    expect(sizing.kinesisComparison.reason).toMatch(/^For comparison only/);
    expect(sizing.ebsLimits.reason).toBe(
      'gp3: 1 to 65,536 GiB (64 TiB), up to 2,000 MiB/s and 80,000 IOPS; st1: 125 to 16,384 GiB (16 TiB), up to 500 MiB/s',
    );
    expect(
      sizeKafkaCluster(inputs(1, 1, 24, 3, 0.2, 2)).storageClass.reason,
    ).toBe("gp3: 114 GiB is below st1's minimum of 125 GiB");
  });

  it('says when the broker count is capped and the volumes exceed the EBS maximum', () => {
    const sizing = sizeKafkaCluster(inputs(1000, 1, 8760, 3, 0.2, 3));
    expect(sizing.brokers.reason).toContain(
      "capped at the request's maximum of 60",
    );
    expect(sizing.warnings[0]).toContain(
      'beyond the EBS maximum of 65,536 GiB per gp3 volume',
    );
  });

  it('uses the prices it is given', () => {
    // 3 × 7,952 GiB × 0.05 = $1,192.80.
    const sizing = sizeKafkaCluster(inputs(10, 2, 168, 3, 0.2, 3), {
      region: 'eu-west-1',
      currency: 'EUR',
      gp3: {
        storagePerGiBMonth: 0.088,
        iopsPerMonth: 0.0055,
        throughputPerMiBpsMonth: 0.044,
      },
      st1: { storagePerGiBMonth: 0.05 },
    });
    expect(sizing.monthlyCost.value).toMatchObject({
      total: 1192.8,
      currency: 'EUR',
      region: 'eu-west-1',
    });
    expect(sizing.monthlyCost.reason).toContain(
      '€1,192.80 per month at eu-west-1 prices',
    );
  });

  it.each([
    [{ peakWriteMBps: 0 }, 'peakWriteMBps: must be greater than 0'],
    [{ peakWriteMBps: -5 }, 'peakWriteMBps: must be greater than 0'],
    [{ peakWriteMBps: '10' }, 'peakWriteMBps: must be a number'],
    [{ peakWriteMBps: Number.NaN }, 'peakWriteMBps: must be a number'],
    [{ readFanout: 0 }, 'readFanout: must be greater than 0'],
    [{ readFanout: 1.5 }, 'readFanout: must be a whole number'],
    [{ retentionHours: -1 }, 'retentionHours: must be greater than 0'],
    [{ retentionHours: 'a week' }, 'retentionHours: must be a number'],
    [{ replicationFactor: 0 }, 'replicationFactor: must be greater than 0'],
    [{ zones: undefined }, 'zones: is required'],
    [{ headroom: -0.1 }, 'headroom: must be at least 0'],
    [
      { headroom: 20 },
      'headroom: must be a fraction between 0 and 1 (0.2 is 20 %)',
    ],
    [
      { peakWriteMBps: 0, retentionHours: 0 },
      'peakWriteMBps: must be greater than 0; retentionHours: must be greater than 0',
    ],
  ])('rejects %j naming the field', (change, message) => {
    const bad = { ...inputs(10, 2, 168, 3, 0.2, 3), ...change } as any;
    expect(() => sizeKafkaCluster(bad)).toThrow(SizingInputError);
    expect(() => sizeKafkaCluster(bad)).toThrow(message);
  });

  it('accepts no headroom', () => {
    // 0.5 × 3600 × 12 × 2 = 43,200 MB = 40.23 GiB ÷ 3 ÷ 0.85 = 15.78 → 16.
    expect(
      sizeKafkaCluster(inputs(0.5, 4, 12, 2, 0, 3)).volumeSizeGi.value,
    ).toBe(16);
  });
});
