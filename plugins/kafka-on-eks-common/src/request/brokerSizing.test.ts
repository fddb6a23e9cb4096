import { sizingReportFor } from '../sizing/sizingReport';
import { validateClusterRequest } from './validate';

/** The day the tests generate on: 1.35 is the one version in standard support. */
const TEST_CONTEXT = { today: '2026-12-02' };

const base = { name: 'orders', owner: 'group:default/team-a' };
const sizing = {
  peakWriteMBps: 10,
  readFanout: 2,
  retentionHours: 168,
  replicationFactor: 3,
  headroom: 0.2,
};

describe('brokers.sizing in a cluster request', () => {
  it('is optional, and kept when given', () => {
    const without = validateClusterRequest(base, TEST_CONTEXT);
    expect(without.ok && without.request.brokers.sizing).toBeUndefined();
    const withSizing = validateClusterRequest(
      {
        ...base,
        brokers: {
          replicas: 3,
          storageClass: 'st1',
          volumeSizeGi: 7952,
          sizing,
        },
      },
      TEST_CONTEXT,
    );
    expect(withSizing.ok && withSizing.request.brokers.sizing).toEqual(sizing);
  });

  it('treats blank sizing from a form as none', () => {
    for (const blank of [null, '', {}]) {
      const result = validateClusterRequest(
        {
          ...base,
          brokers: { sizing: blank },
        },
        TEST_CONTEXT,
      );
      expect(result.ok && result.request.brokers.sizing).toBeUndefined();
    }
  });

  it.each([
    [
      { peakWriteMBps: 0 },
      'brokers.sizing.peakWriteMBps',
      'must be greater than 0',
    ],
    [
      { peakWriteMBps: -1 },
      'brokers.sizing.peakWriteMBps',
      'must be greater than 0',
    ],
    [
      { peakWriteMBps: 'fast' },
      'brokers.sizing.peakWriteMBps',
      'must be a number',
    ],
    [{ readFanout: 0 }, 'brokers.sizing.readFanout', 'must be at least 1'],
    [
      { retentionHours: 0 },
      'brokers.sizing.retentionHours',
      'must be greater than 0',
    ],
    [
      { replicationFactor: 2.5 },
      'brokers.sizing.replicationFactor',
      'must be a whole number',
    ],
    [{ headroom: 20 }, 'brokers.sizing.headroom', 'must be at most 1'],
    [{ headroom: undefined }, 'brokers.sizing.headroom', 'is required'],
    [{ zones: 3 }, 'brokers.sizing.zones', 'is not a known field'],
  ])('rejects %j naming the field', (change, path, message) => {
    const result = validateClusterRequest(
      {
        ...base,
        brokers: { sizing: { ...sizing, ...change } },
      },
      TEST_CONTEXT,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContainEqual({ path, message });
  });

  it('gives a sizing report with the zones of the request', () => {
    const result = validateClusterRequest(
      {
        ...base,
        zones: 2,
        brokers: { replicas: 3, volumeSizeGi: 500, sizing },
      },
      TEST_CONTEXT,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const report = sizingReportFor(result.request)!;
    expect(report.recommendation.inputs.zones).toBe(2);
    // The form's default 3 × 500 GiB gp3 cannot hold a week of 10 MB/s.
    expect(report.chosenWarnings.map(w => w.path)).toEqual([
      'brokers.volumeSizeGi',
    ]);
    // 3 × 500 × 0.08 = 120.
    expect(report.chosenCost.total).toBe(120);
  });
});
