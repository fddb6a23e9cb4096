import { nodeCapacityOf } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { branchSlug, numberOrText, prefillText, textOf } from '../draftText';
import type { ChangeKindModel } from './types';

export interface ScaleBrokersDraft {
  /** Brokers the node groups have room for (`brokers.nodeCapacity`). */
  nodeCapacity: string;
  /** Brokers in the Strimzi node pool (`brokers.replicas`). */
  replicas: string;
}

/**
 * Node capacity and broker count. The rules make them two changes (capacity
 * first when growing, last when shrinking); the editor shows both so the
 * second change starts from the first one's values.
 */
export const scaleBrokers: ChangeKindModel<ScaleBrokersDraft> = {
  initialDraft: ({ brokers }, prefill) => ({
    nodeCapacity:
      prefillText(prefill.nodeCapacity) ?? textOf(nodeCapacityOf(brokers)),
    replicas: prefillText(prefill.replicas) ?? textOf(brokers.replicas),
  }),
  desiredRequest: (current, draft) => {
    // Capacity left as it is stays as the request has it (often absent), so
    // a broker count beyond it gets the rules' "capacity first" answer
    // rather than a bare "capacity below brokers".
    const untouched =
      draft.nodeCapacity.trim() === textOf(nodeCapacityOf(current.brokers));
    return {
      ...current,
      brokers: {
        ...current.brokers,
        nodeCapacity: untouched
          ? current.brokers.nodeCapacity
          : numberOrText(draft.nodeCapacity),
        replicas: numberOrText(draft.replicas),
      },
    };
  },
  proposal: ({ brokers }, draft) => {
    const replicas = numberOrText(draft.replicas);
    if (replicas !== brokers.replicas) {
      return {
        branch: branchSlug('scale-brokers', String(replicas ?? '')),
        title: `Scale brokers to ${replicas}`,
      };
    }
    const capacity = numberOrText(draft.nodeCapacity);
    return {
      branch: branchSlug('scale-brokers-capacity', String(capacity ?? '')),
      title: `Broker node capacity ${capacity}`,
    };
  },
};
