import type {
  KafkaClusterView,
  KafkaNodePoolView,
  KafkaViewError,
  KafkaVolumeView,
} from '../view/types';
import { liveFactsFromView } from './liveFacts';

function pool(
  name: string,
  roles: KafkaNodePoolView['roles'],
  readyNodeNames?: string[],
): KafkaNodePoolView {
  return {
    name,
    definedBy: 'KafkaNodePool',
    roles,
    replicas: 3,
    nodeIds: [],
    storage: [],
    pods: [],
    podsReady: 0,
    ...(readyNodeNames && {
      kubernetesNodes: {
        total: readyNodeNames.length + 1,
        ready: readyNodeNames.length,
        byZone: {},
        readyNodeNames,
      },
    }),
  };
}

function view(
  nodePools: KafkaNodePoolView[],
  volumes: Array<Partial<KafkaVolumeView>> = [],
  errors: KafkaViewError[] = [],
): KafkaClusterView {
  return {
    location: { cluster: 'c', namespace: 'kafka', kafka: 'orders' },
    generatedAt: '2026-12-01T00:00:00Z',
    kafka: { found: false },
    nodePools,
    topics: [],
    rebalances: [],
    volumes: volumes.map(v => ({ pvc: 'data', resizePending: false, ...v })),
    errors,
  };
}

const controllers = pool('controller', ['controller'], ['c1', 'c2', 'c3']);

describe('liveFactsFromView: ready broker nodes', () => {
  it.each<[string, KafkaClusterView, number | undefined]>([
    [
      'the ready nodes of the broker pool',
      view([controllers, pool('broker', ['broker'], ['b1', 'b2', 'b3'])]),
      3,
    ],
    [
      'summed over broker pools, a node two pools match counted once',
      view([
        pool('broker-a', ['broker'], ['b1', 'b2']),
        pool('broker-b', ['broker'], ['b2', 'b3', 'b4']),
      ]),
      4,
    ],
    [
      'a combined broker and controller pool counts as a broker pool',
      view([pool('dual', ['controller', 'broker'], ['n1', 'n2'])]),
      2,
    ],
    [
      'zero ready nodes is a known zero',
      view([pool('broker', ['broker'], [])]),
      0,
    ],
    [
      'unknown when a broker pool has no known nodes',
      view([
        pool('broker-a', ['broker'], ['b1']),
        pool('broker-b', ['broker']),
      ]),
      undefined,
    ],
    ['unknown without a broker pool', view([controllers]), undefined],
    [
      "controllers' nodes never count",
      view([controllers, pool('broker', ['broker'])]),
      undefined,
    ],
    [
      'unknown while the nodes cannot be read (the count may be stale)',
      view(
        [pool('broker', ['broker'], ['b1', 'b2', 'b3'])],
        [],
        [{ scope: 'Node', type: 'forbidden', message: 'nodes: 403' }],
      ),
      undefined,
    ],
    [
      'unknown while the cluster is unreachable',
      view(
        [pool('broker', ['broker'], ['b1', 'b2', 'b3'])],
        [],
        [{ scope: 'cluster', type: 'unreachable', message: 'down' }],
      ),
      undefined,
    ],
    [
      'an error of another kind leaves the count known',
      view(
        [pool('broker', ['broker'], ['b1'])],
        [],
        [{ scope: 'KafkaTopic', type: 'error', message: '500' }],
      ),
      1,
    ],
  ])('%s', (_, input, expected) => {
    const facts = liveFactsFromView(input);
    expect(facts.readyBrokerNodes).toBe(expected);
    expect('readyBrokerNodes' in facts).toBe(expected !== undefined);
  });
});

describe('liveFactsFromView: volume modifications', () => {
  it.each<[string, Array<Partial<KafkaVolumeView>>, boolean]>([
    ['settled volumes', [{}, {}], false],
    ['a resize in progress', [{}, { resizePending: true }], true],
    [
      'a modification in progress',
      [{ modifyVolumeStatus: 'InProgress' }],
      true,
    ],
    ['a modification pending', [{ modifyVolumeStatus: 'Pending' }], true],
    [
      'an infeasible modification, not in progress',
      [{ modifyVolumeStatus: 'Infeasible' }],
      false,
    ],
  ])('%s', (_, volumes, pending) => {
    expect(liveFactsFromView(view([], volumes)).volumeModificationPending).toBe(
      pending,
    );
  });

  it.each<[string, KafkaViewError]>([
    [
      'claims that cannot be read',
      {
        scope: 'PersistentVolumeClaim',
        type: 'forbidden',
        message: 'pvc: 403',
      },
    ],
    [
      'an unreachable cluster',
      { scope: 'cluster', type: 'unreachable', message: 'down' },
    ],
  ])(
    'is unknown with %s, even when the last volumes look settled',
    (_, error) => {
      const facts = liveFactsFromView(view([], [{}, {}], [error]));
      expect('volumeModificationPending' in facts).toBe(false);
    },
  );
});
