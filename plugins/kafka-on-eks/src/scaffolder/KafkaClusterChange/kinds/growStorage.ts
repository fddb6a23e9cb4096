import { numberOrText, prefillText, textOf } from '../draftText';
import type { ChangeKindModel } from './types';

export interface GrowStorageDraft {
  volumeSizeGi: string;
  /** gp3 only; empty keeps the included baseline. */
  iops: string;
  throughputMiBps: string;
}

/** Larger broker volumes, and for gp3 other IOPS and throughput. */
export const growStorage: ChangeKindModel<GrowStorageDraft> = {
  initialDraft: ({ brokers }, prefill) => ({
    volumeSizeGi:
      prefillText(prefill.volumeSizeGi) ?? textOf(brokers.volumeSizeGi),
    iops: prefillText(prefill.iops) ?? textOf(brokers.iops),
    throughputMiBps:
      prefillText(prefill.throughputMiBps) ?? textOf(brokers.throughputMiBps),
  }),
  desiredRequest: (current, draft) => {
    const {
      iops: _iops,
      throughputMiBps: _throughput,
      ...brokers
    } = current.brokers;
    // st1 has no provisioned performance: the fields are not offered.
    const performance =
      current.brokers.storageClass === 'gp3'
        ? {
            iops: numberOrText(draft.iops),
            throughputMiBps: numberOrText(draft.throughputMiBps),
          }
        : { iops: _iops, throughputMiBps: _throughput };
    return {
      ...current,
      brokers: {
        ...brokers,
        volumeSizeGi: numberOrText(draft.volumeSizeGi),
        ...performance,
      },
    };
  },
  proposal: ({ brokers }, draft) => {
    const size = numberOrText(draft.volumeSizeGi);
    if (size !== brokers.volumeSizeGi) {
      return {
        branch: `grow-storage-${String(size ?? '').replace(/[^0-9]/g, '')}gi`,
        title: `Grow broker volumes to ${size} GiB`,
      };
    }
    const iops = numberOrText(draft.iops) ?? 'baseline';
    const throughput = numberOrText(draft.throughputMiBps) ?? 'baseline';
    return {
      branch: 'grow-storage-gp3-performance',
      title: `Broker volumes: ${iops} IOPS, ${throughput} MiB/s`,
    };
  },
};
