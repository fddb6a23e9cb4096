import { brokerChoiceWarnings } from './brokerChoiceWarnings';
import type { KafkaSizingInputs } from './inputs';
import { sizeKafkaCluster } from './sizeKafkaCluster';

const weekOf10MBps: KafkaSizingInputs = {
  peakWriteMBps: 10,
  readFanout: 2,
  retentionHours: 168,
  replicationFactor: 3,
  headroom: 0.2,
  zones: 3,
};
const fourHoursOf300MBps: KafkaSizingInputs = {
  peakWriteMBps: 300,
  readFanout: 2,
  retentionHours: 4,
  replicationFactor: 3,
  headroom: 0,
  zones: 3,
};

describe('brokerChoiceWarnings', () => {
  it('checks EBS size limits without sizing inputs', () => {
    expect(
      brokerChoiceWarnings({
        replicas: 3,
        storageClass: 'st1',
        volumeSizeGi: 100,
      }),
    ).toEqual([
      {
        path: 'brokers.volumeSizeGi',
        message: 'st1 volumes must be at least 125 GiB; 100 GiB is too small',
      },
    ]);
    expect(
      brokerChoiceWarnings({
        replicas: 3,
        storageClass: 'st1',
        volumeSizeGi: 20000,
      }),
    ).toEqual([
      {
        path: 'brokers.volumeSizeGi',
        message:
          'st1 volumes can be at most 16,384 GiB; 20,000 GiB is too large',
      },
    ]);
    expect(
      brokerChoiceWarnings({
        replicas: 3,
        storageClass: 'gp3',
        volumeSizeGi: 70000,
      })[0].message,
    ).toBe('gp3 volumes can be at most 65,536 GiB; 70,000 GiB is too large');
    expect(
      brokerChoiceWarnings({
        replicas: 3,
        storageClass: 'gp3',
        volumeSizeGi: 100,
      }),
    ).toEqual([]);
  });

  it('finds nothing wrong with the recommendation itself', () => {
    for (const inputs of [weekOf10MBps, fourHoursOf300MBps]) {
      const { brokerVolumes } = sizeKafkaCluster(inputs);
      expect(brokerChoiceWarnings(brokerVolumes, inputs)).toEqual([]);
    }
  });

  it('warns when a volume is too small for the retention', () => {
    // 10 MB/s × 168 h × RF 3 = 16,897.92 GiB ÷ 3 = 5,632.64 GiB per broker;
    // ÷ 0.85 = 6,626.63 → at least 6,627 GiB.
    const warnings = brokerChoiceWarnings(
      { replicas: 3, storageClass: 'gp3', volumeSizeGi: 500 },
      weekOf10MBps,
    );
    expect(warnings).toEqual([
      {
        path: 'brokers.volumeSizeGi',
        message:
          'too small for the retention: each of 3 brokers keeps 5,633 GiB (10 MB/s for 168 h × RF 3), which needs at least 6,627 GiB to stay under 85 % full',
      },
    ]);
    // 6,627 GiB is enough (no headroom is required of an override).
    expect(
      brokerChoiceWarnings(
        { replicas: 3, storageClass: 'gp3', volumeSizeGi: 6627 },
        weekOf10MBps,
      ),
    ).toEqual([]);
  });

  it('warns about st1 below its minimum and below the write rate', () => {
    const small = brokerChoiceWarnings(
      { replicas: 3, storageClass: 'st1', volumeSizeGi: 100 },
      { ...weekOf10MBps, retentionHours: 1 },
    );
    expect(small.map(w => w.message)).toEqual([
      'st1 volumes must be at least 125 GiB; 100 GiB is too small',
    ]);
    // 300 × 3 ÷ 3 = 300 MB/s per broker; baseline 40 × 4,734 × 1.0737 ÷ 1,000 = 203.32 MB/s.
    expect(
      brokerChoiceWarnings(
        { replicas: 3, storageClass: 'st1', volumeSizeGi: 4734 },
        fourHoursOf300MBps,
      ),
    ).toEqual([
      {
        path: 'brokers.storageClass',
        message:
          'each broker writes 300 MB/s, above the 203.32 MB/s baseline of a 4,734 GiB st1 volume (40 MB/s per TB): use gp3 or larger volumes',
      },
    ]);
  });

  it('warns when gp3 throughput is below the write rate', () => {
    // 300 MB/s = 286.10 MiB/s per broker, above the included 125 MiB/s.
    expect(
      brokerChoiceWarnings(
        { replicas: 3, storageClass: 'gp3', volumeSizeGi: 4734 },
        fourHoursOf300MBps,
      ),
    ).toEqual([
      {
        path: 'brokers.throughputMiBps',
        message:
          "each broker writes 286.1 MiB/s, above the volume's 125 MiB/s: provision more gp3 throughput or add brokers",
      },
    ]);
  });

  it('warns about fewer brokers than replicas or zones', () => {
    // 2 brokers: each keeps 16,897.92 ÷ 2 = 8,448.96 GiB → needs 9,940 GiB.
    const warnings = brokerChoiceWarnings(
      { replicas: 2, storageClass: 'gp3', volumeSizeGi: 10000 },
      weekOf10MBps,
    );
    expect(warnings.map(w => w.message)).toEqual([
      '2 brokers cannot hold 3 replicas of a partition: use at least 3',
      '2 brokers cannot cover 3 zones: a zone has no broker',
      "with 2 brokers the cluster's default replication factor is 2, but the sizing assumed 3: set the topics' replication factor to match",
    ]);
    expect(warnings.every(w => w.path === 'brokers.replicas')).toBe(true);
  });
});
