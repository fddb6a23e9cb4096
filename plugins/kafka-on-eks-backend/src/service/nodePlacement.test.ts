import type { NodeFacts } from './kubernetesNodes';
import type {
  NodeSelectorRequirement,
  NodeSelectorTerm,
  StrimziKafka,
  StrimziKafkaNodePool,
} from './kubernetesObjects';
import {
  matchesPlacement,
  matchesRequirement,
  nodePlacementOf,
} from './nodePlacement';

const node = (labels: Record<string, string>, name = 'n1'): NodeFacts => ({
  name,
  labels,
  readyCondition: true,
  unschedulable: false,
});
const requirement = (
  operator: string,
  values?: string[],
): NodeSelectorRequirement => ({ key: 'k', operator, values });

describe('matchesRequirement', () => {
  it.each<[string, NodeSelectorRequirement, string | undefined, boolean]>([
    ['In, value listed', requirement('In', ['a', 'b']), 'b', true],
    ['In, value not listed', requirement('In', ['a']), 'c', false],
    ['In, label missing', requirement('In', ['a']), undefined, false],
    ['NotIn, value listed', requirement('NotIn', ['a']), 'a', false],
    ['NotIn, value not listed', requirement('NotIn', ['a']), 'b', true],
    ['NotIn, label missing', requirement('NotIn', ['a']), undefined, true],
    ['Exists, label there', requirement('Exists'), '', true],
    ['Exists, label missing', requirement('Exists'), undefined, false],
    [
      'DoesNotExist, label missing',
      requirement('DoesNotExist'),
      undefined,
      true,
    ],
    ['DoesNotExist, label there', requirement('DoesNotExist'), 'x', false],
    ['Gt, greater', requirement('Gt', ['4']), '5', true],
    ['Gt, equal', requirement('Gt', ['4']), '4', false],
    ['Gt, not a number', requirement('Gt', ['4']), 'five', false],
    ['Gt, label missing', requirement('Gt', ['4']), undefined, false],
    ['Lt, smaller', requirement('Lt', ['4']), '-1', true],
    ['Lt, greater', requirement('Lt', ['4']), '10', false],
    ['malformed: In without values', requirement('In', []), 'a', false],
    ['malformed: Exists with values', requirement('Exists', ['a']), 'a', false],
    [
      'malformed: Gt with two values',
      requirement('Gt', ['1', '2']),
      '5',
      false,
    ],
    ['unknown operator', requirement('Like', ['a']), 'a', false],
  ])('%s', (_, req, value, expected) => {
    expect(matchesRequirement(req, value)).toBe(expected);
  });
});

describe('matchesPlacement', () => {
  const terms = (...list: NodeSelectorTerm[]) => ({ nodeSelectorTerms: list });
  const pool = { key: 'pool', operator: 'In', values: ['broker'] };
  const zoneA = {
    key: 'topology.kubernetes.io/zone',
    operator: 'In',
    values: ['a'],
  };
  const broker = { pool: 'broker', 'topology.kubernetes.io/zone': 'a' };

  it.each<[string, Parameters<typeof matchesPlacement>[0], NodeFacts, boolean]>(
    [
      [
        'all expressions of a term hold (AND)',
        terms({ matchExpressions: [pool, zoneA] }),
        node(broker),
        true,
      ],
      [
        'one expression of a term fails',
        terms({ matchExpressions: [pool, zoneA] }),
        node({ ...broker, 'topology.kubernetes.io/zone': 'b' }),
        false,
      ],
      [
        'another term holds (OR)',
        terms(
          { matchExpressions: [{ ...pool, values: ['controller'] }] },
          { matchExpressions: [pool] },
        ),
        node(broker),
        true,
      ],
      [
        'no term holds',
        terms({ matchExpressions: [{ ...pool, values: ['x'] }] }),
        node(broker),
        false,
      ],
      ['an empty term matches no node', terms({}), node(broker), false],
      ['no terms match no node', terms(), node(broker), false],
      [
        'matchFields on metadata.name',
        terms({
          matchFields: [
            { key: 'metadata.name', operator: 'In', values: ['n1'] },
          ],
        }),
        node({}),
        true,
      ],
      [
        'matchFields on another field matches nothing',
        terms({
          matchFields: [
            { key: 'spec.unschedulable', operator: 'In', values: ['n1'] },
          ],
        }),
        node({}),
        false,
      ],
      [
        'nodeSelector, all labels equal',
        { nodeSelector: { pool: 'broker' } },
        node(broker),
        true,
      ],
      [
        'nodeSelector, a label differs',
        { nodeSelector: { pool: 'x' } },
        node(broker),
        false,
      ],
      [
        'nodeSelector and affinity must both hold',
        {
          nodeSelector: { pool: 'broker' },
          ...terms({ matchExpressions: [{ ...zoneA, values: ['b'] }] }),
        },
        node(broker),
        false,
      ],
    ],
  )('%s', (_, placement, candidate, expected) => {
    expect(matchesPlacement(placement, candidate)).toBe(expected);
  });
});

describe('nodePlacementOf', () => {
  const required = (values: string[]) => ({
    pod: {
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'pool', operator: 'In', values }] },
            ],
          },
        },
      },
    },
  });
  const kafka = (template?: object, rack = false): StrimziKafka => ({
    spec: {
      kafka: {
        ...(template && { template }),
        ...(rack && { rack: { topologyKey: 'topology.kubernetes.io/zone' } }),
      },
    },
  });
  const pool = (template?: object): StrimziKafkaNodePool => ({
    spec: { ...(template && { template }) },
  });
  const poolValues = (p: ReturnType<typeof nodePlacementOf>) =>
    p?.nodeSelectorTerms?.[0].matchExpressions?.[0].values;

  it("takes the pool's pod template first, else the Kafka's", () => {
    expect(
      poolValues(
        nodePlacementOf(pool(required(['own'])), kafka(required(['k']))),
      ),
    ).toEqual(['own']);
    expect(poolValues(nodePlacementOf(pool(), kafka(required(['k']))))).toEqual(
      ['k'],
    );
  });

  it('is undefined when neither requires any node', () => {
    expect(nodePlacementOf(pool(), kafka())).toBeUndefined();
    expect(
      nodePlacementOf(pool({ pod: { tolerations: [] } }), undefined),
    ).toBeUndefined();
    expect(
      nodePlacementOf(pool({ pod: { nodeSelector: {} } }), kafka()),
    ).toBeUndefined();
    // Rack awareness alone requires only a zone label, which every EKS node has.
    expect(nodePlacementOf(pool(), kafka(undefined, true))).toBeUndefined();
  });

  it("adds the rack's topology key to every term, as Strimzi does", () => {
    const placement = nodePlacementOf(
      pool(required(['broker'])),
      kafka(undefined, true),
    );
    expect(placement?.nodeSelectorTerms?.[0].matchExpressions).toEqual([
      { key: 'pool', operator: 'In', values: ['broker'] },
      { key: 'topology.kubernetes.io/zone', operator: 'Exists' },
    ]);
    expect(matchesPlacement(placement!, node({ pool: 'broker' }))).toBe(false);
  });

  it('reads a nodeSelector', () => {
    expect(
      nodePlacementOf(pool({ pod: { nodeSelector: { pool: 'b' } } }), kafka()),
    ).toEqual({
      nodeSelector: { pool: 'b' },
    });
  });
});
