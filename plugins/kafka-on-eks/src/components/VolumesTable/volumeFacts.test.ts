import type { KafkaVolumeView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  ebsConsoleUrlOf,
  iopsOf,
  lifecycleOf,
  throughputOf,
} from './volumeFacts';

const volume = (extra: Partial<KafkaVolumeView>): KafkaVolumeView => ({
  pvc: 'data-0-orders-brokers-3',
  resizePending: false,
  ...extra,
});

describe('volume facts', () => {
  it('shows provisioned IOPS and throughput as they are', () => {
    const v = volume({ ebsType: 'gp3', iops: 12000, throughputMiBps: 500 });
    expect(iopsOf(v)).toEqual({ text: '12,000', baseline: false });
    expect(throughputOf(v)).toEqual({ text: '500 MiB/s', baseline: false });
  });

  it("falls back to gp3's baseline, marked as such", () => {
    const v = volume({ ebsType: 'gp3' });
    expect(iopsOf(v)).toEqual({ text: '3,000', baseline: true });
    expect(throughputOf(v)).toEqual({ text: '125 MiB/s', baseline: true });
  });

  it.each([
    ['Retain', false, 'outlives the cluster and its claim', true],
    ['Delete', false, 'the claim outlives the cluster', true],
    ['Retain', true, 'kept as a Released PV', true],
    ['Delete', true, 'deleted with the node', false],
  ] as const)(
    '%s with deleteClaim %s: %s',
    (reclaimPolicy, deleteClaim, text, outlivesCluster) => {
      const lifecycle = lifecycleOf(volume({ reclaimPolicy, deleteClaim }));
      expect(lifecycle.text).toContain(text);
      expect(lifecycle.outlivesCluster).toBe(outlivesCluster);
    },
  );

  it('links the console of the zone’s region when the region is missing', () => {
    expect(
      ebsConsoleUrlOf(
        volume({
          zone: 'ap-southeast-2a',
          ebsVolumeId: 'vol-0123456789abcdef0',
        }),
      ),
    ).toMatch(/^https:\/\/ap-southeast-2\.console\.aws\.amazon\.com\//);
    expect(
      ebsConsoleUrlOf(volume({ ebsVolumeId: 'vol-0123456789abcdef0' })),
    ).toBeUndefined();
  });
});
