import {
  labelsForNodeAffinity,
  type NodeSelectorRequirement,
} from './labelsForNodeAffinity';

const required = (...terms: NodeSelectorRequirement[][]) => ({
  requiredDuringSchedulingIgnoredDuringExecution: {
    nodeSelectorTerms: terms.map(matchExpressions => ({ matchExpressions })),
  },
});

describe('labelsForNodeAffinity', () => {
  it.each<
    [string, ReturnType<typeof required> | undefined, object | undefined]
  >([
    ['no affinity', undefined, undefined],
    ['no terms', required(), undefined],
    [
      'In takes the first value',
      required([
        { key: 'kafka-on-eks/pool', operator: 'In', values: ['broker', 'b'] },
      ]),
      { 'kafka-on-eks/pool': 'broker' },
    ],
    [
      'In skips a value NotIn excludes',
      required([
        { key: 'tier', operator: 'In', values: ['a', 'b'] },
        { key: 'tier', operator: 'NotIn', values: ['a'] },
      ]),
      { tier: 'b' },
    ],
    [
      'Exists, Gt and Lt',
      required([
        { key: 'kafka', operator: 'Exists' },
        { key: 'cores', operator: 'Gt', values: ['7'] },
        { key: 'age', operator: 'Lt', values: ['3'] },
      ]),
      { kafka: 'true', cores: '8', age: '2' },
    ],
    [
      'NotIn and DoesNotExist leave the label off',
      required([
        { key: 'spot', operator: 'DoesNotExist' },
        { key: 'arch', operator: 'NotIn', values: ['arm64'] },
      ]),
      {},
    ],
    [
      'the zone is where the pod goes, not a label to invent',
      required([
        { key: 'kafka-on-eks/pool', operator: 'In', values: ['broker'] },
        { key: 'topology.kubernetes.io/zone', operator: 'Exists' },
      ]),
      { 'kafka-on-eks/pool': 'broker' },
    ],
    [
      'an unsatisfiable first term falls through to the next (terms are ORed)',
      required(
        [{ key: 'x', operator: 'In', values: [] }],
        [{ key: 'y', operator: 'In', values: ['1'] }],
      ),
      { y: '1' },
    ],
    [
      'Exists and DoesNotExist on one key cannot both hold',
      required([
        { key: 'x', operator: 'Exists' },
        { key: 'x', operator: 'DoesNotExist' },
      ]),
      undefined,
    ],
    ['an empty term matches nothing', required([]), undefined],
    [
      'an unknown operator',
      required([{ key: 'x', operator: 'Like', values: ['1'] }]),
      undefined,
    ],
  ])('%s', (_, affinity, labels) => {
    expect(labelsForNodeAffinity(affinity)).toEqual(labels);
  });
});
