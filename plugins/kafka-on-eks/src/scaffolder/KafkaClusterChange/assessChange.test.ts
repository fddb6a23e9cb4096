import { ordersClusterRequest } from '../../__fixtures__';
import { EMPTY_CHANGE_MESSAGE, formValueProblems } from './assessChange';
import { changeTargetOf, fieldOptionsOf } from './changeTarget';

const current = ordersClusterRequest();
const withTopic = {
  ...current,
  topics: [...current.topics, { name: 'orders.shipped', partitions: 6 }],
};

describe('formValueProblems', () => {
  it('lets an accepted change with a branch and title through', () => {
    expect(
      formValueProblems(
        current,
        {
          request: withTopic,
          branch: 'add-topic-orders-shipped',
          title: 'Add topic orders.shipped',
        },
        {},
      ),
    ).toEqual([]);
  });

  it('names the field of each refusal', () => {
    const shrunk = {
      ...current,
      brokers: { ...current.brokers, volumeSizeGi: 500 },
    };
    expect(
      formValueProblems(
        current,
        { request: shrunk, branch: 'grow-storage-500gi', title: 'Shrink' },
        {},
      ),
    ).toEqual([
      'brokers.volumeSizeGi: volumes only grow (1000 → 500 GiB): EBS cannot shrink a volume',
    ]);
  });

  it('blocks a change that changes nothing, and a missing value', () => {
    expect(
      formValueProblems(
        current,
        { request: current, branch: 'edit-topic-x', title: 'Edit topic x' },
        {},
      ),
    ).toEqual([EMPTY_CHANGE_MESSAGE]);
    expect(formValueProblems(current, undefined, {})).toEqual([
      'request: pick a cluster and a change, then edit the change',
    ]);
  });

  it('checks the branch and the title', () => {
    expect(
      formValueProblems(
        current,
        { request: withTopic, branch: '../main', title: ' ' },
        {},
      ),
    ).toEqual([
      'branch: must be a branch name after kafka-on-eks/ of letters, digits, ".", "_", "/" and "-" (got "../main")',
      'title: the pull request needs a title',
    ]);
  });
});

describe('changeTargetOf', () => {
  it('reads the cluster, the change and the prefill from the form', () => {
    expect(
      changeTargetOf({
        cluster: 'orders-kafka',
        change: 'edit-topic',
        prefill: { topic: 'orders.created' },
      }),
    ).toEqual({
      entityRef: 'resource:default/orders-kafka',
      kind: 'edit-topic',
      prefill: { topic: 'orders.created' },
    });
  });

  it('leaves out what is not there or not known', () => {
    expect(changeTargetOf({ change: 'delete-cluster', prefill: [1] })).toEqual({
      entityRef: undefined,
      kind: undefined,
      prefill: {},
    });
    expect(changeTargetOf(undefined)).toEqual({
      entityRef: undefined,
      kind: undefined,
      prefill: {},
    });
  });

  it('reads other fields when the ui:options say so', () => {
    const options = fieldOptionsOf({
      'ui:options': { clusterField: 'kafka', changeField: 'what' },
    });
    expect(
      changeTargetOf(
        { kafka: 'resource:team-a/billing-kafka', what: 'grow-storage' },
        options,
      ),
    ).toMatchObject({
      entityRef: 'resource:team-a/billing-kafka',
      kind: 'grow-storage',
    });
  });
});
