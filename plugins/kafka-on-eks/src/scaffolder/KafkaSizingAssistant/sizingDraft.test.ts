import { DEFAULT_EBS_PRICES } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  assessDraft,
  draftFrom,
  followsRecommendation,
  withRecommendation,
  zonesOf,
} from './sizingDraft';

describe('the sizing draft', () => {
  it('starts from the defaults with no throughput, or from saved inputs', () => {
    expect(draftFrom()).toEqual({
      peakWriteMBps: '',
      readFanout: '2',
      retentionHours: '168',
      replicationFactor: '3',
      headroom: '0.2',
    });
    expect(draftFrom({ peakWriteMBps: 10, headroom: 0 })).toMatchObject({
      peakWriteMBps: '10',
      headroom: '0',
    });
  });

  it('saves nothing until there is a throughput', () => {
    expect(assessDraft(draftFrom(), 3, DEFAULT_EBS_PRICES)).toEqual({
      problems: [],
    });
  });

  it('keeps only numbers and names each bad field', () => {
    const assessment = assessDraft(
      { ...draftFrom(), peakWriteMBps: '-1', retentionHours: '' },
      3,
      DEFAULT_EBS_PRICES,
    );
    expect(assessment.saved).toEqual({
      peakWriteMBps: -1,
      readFanout: 2,
      replicationFactor: 3,
      headroom: 0.2,
    });
    expect(assessment.problems).toEqual([
      { path: 'peakWriteMBps', message: 'must be greater than 0' },
      { path: 'retentionHours', message: 'is required' },
    ]);
    expect(assessment.sizing).toBeUndefined();
  });

  it('fills the recommendation and clears gp3 performance st1 cannot take', () => {
    const { sizing } = assessDraft(
      { ...draftFrom(), peakWriteMBps: '10' },
      3,
      DEFAULT_EBS_PRICES,
    );
    const brokers = withRecommendation(
      {
        replicas: 6,
        instanceType: 'r7i.xlarge',
        storageClass: 'gp3',
        volumeSizeGi: 100,
        iops: 6000,
        throughputMiBps: 250,
      },
      sizing!,
    );
    // 10 MB/s for a week, RF 3, 20 % headroom: 3 × 7,952 GiB on st1.
    expect(brokers).toEqual({
      replicas: 3,
      instanceType: 'r7i.xlarge',
      storageClass: 'st1',
      volumeSizeGi: 7952,
    });
    expect(followsRecommendation(brokers, sizing!)).toBe(true);
    expect(
      followsRecommendation({ ...brokers, volumeSizeGi: 500 }, sizing!),
    ).toBe(false);
  });

  it('takes the zones from the form, 3 until they are set', () => {
    expect(zonesOf({ formData: { zones: 2 } })).toBe(2);
    expect(zonesOf({ formData: {} })).toBe(3);
    expect(zonesOf(undefined)).toBe(3);
  });
});
