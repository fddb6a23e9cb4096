import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createClusterCredentials } from '@kafka-on-eks/plugin-kafka-on-eks-node';
import { startKubeLoopback, type KubeLoopback } from '@internal/kube-loopback';
import {
  readDiscoveryConfig,
  type DiscoveryConfig,
} from '../config/readDiscoveryConfig';
import type { ClaimedKafka } from '../entities/discoveredEntities';
import { kafka, namespace, topic, user } from '../__fixtures__/strimzi';
import {
  eventually,
  MutationRecorder,
} from '../__testUtils__/MutationRecorder';
import { ClaimsCache, type Claims } from './ClaimedKafkas';
import {
  discoveredKinds,
  KafkaDiscoveryProvider,
  type GraceTimers,
} from './KafkaDiscoveryProvider';
import { StrimziWatcher } from './StrimziWatcher';

jest.setTimeout(30_000);

const TOKEN = 'discovery-test-token';

// The defaults, as a portal's config gives them.
const baseConfig = readDiscoveryConfig(
  new ConfigReader({
    kafkaOnEks: { discovery: { enabled: true, defaultOwner: 'platform-team' } },
  }),
);

/** Where a Kafka of the `kafka` namespace is, for deleting it. */
const kafkaRef = (name: string) => ({
  apiVersion: 'kafka.strimzi.io/v1',
  kind: 'Kafka',
  namespace: 'kafka',
  name,
});

/** Grace timers that fire when the test says so. */
class ManualTimers implements GraceTimers {
  private next = 0;
  readonly pending = new Map<number, { run: () => void; ms: number }>();
  setTimeout(run: () => void, ms: number) {
    this.next += 1;
    this.pending.set(this.next, { run, ms });
    return this.next;
  }
  clearTimeout(handle: unknown) {
    this.pending.delete(handle as number);
  }
  fireAll() {
    const due = [...this.pending.values()];
    this.pending.clear();
    due.forEach(t => t.run());
  }
}

const servers: KubeLoopback[] = [];
const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map(stop => stop()));
  await Promise.all(servers.splice(0).map(s => s.close()));
});

async function discover(options: {
  objects: object[];
  config?: Partial<DiscoveryConfig>;
  strimziApiVersion?: 'v1' | 'v1beta2';
  forbidden?: Array<{ resource: string }>;
  claims?: Record<string, ClaimedKafka>;
  timers?: GraceTimers;
}) {
  const api = await startKubeLoopback({
    token: TOKEN,
    strimziApiVersion: options.strimziApiVersion,
    forbidden: options.forbidden,
    objects: options.objects,
  });
  servers.push(api);
  const config = { ...baseConfig, ...options.config };
  const claimed = new Map(Object.entries(options.claims ?? {}));
  const claims: Claims = new Map([['lab', claimed]]);
  const claimReads = { count: 0 };
  const logger = mockServices.logger.mock();
  const provider = new KafkaDiscoveryProvider({
    clusterName: 'lab',
    config,
    claims: new ClaimsCache(
      async () => {
        claimReads.count += 1;
        return claims;
      },
      logger,
      0,
    ),
    logger,
    timers: options.timers,
  });
  const watcher = new StrimziWatcher({
    cluster: {
      name: 'lab',
      url: api.url,
      // client-node sends a token over http only with TLS checks off.
      skipTLSVerify: true,
      authMetadata: {
        'kubernetes.io/auth-provider': 'serviceAccount',
        serviceAccountToken: TOKEN,
      },
    },
    credentials: createClusterCredentials(new ConfigReader({})),
    kinds: discoveredKinds(config),
    events: provider,
    logger,
    initialBackoffMs: 20,
  });
  const recorder = new MutationRecorder();
  await provider.connect(recorder);
  watcher.start();
  stops.push(
    () => provider.stop(),
    () => watcher.stop(),
  );
  return { api, provider, recorder, logger, claimed, claimReads };
}

describe('KafkaDiscoveryProvider against a Kubernetes API over HTTP', () => {
  it('emits each Kafka of a v1 cluster as a kafka-cluster Resource, in one full mutation', async () => {
    const { recorder } = await discover({
      objects: [
        namespace('kafka'),
        namespace('streaming'),
        kafka('orders', { labels: { 'backstage.io/owner': 'orders-team' } }),
        kafka('events', {
          namespace: 'streaming',
          annotations: {
            'backstage.io/owner': 'user:default/jane',
            'backstage.io/system': 'data-streaming',
          },
        }),
      ],
    });
    await eventually(() => expect(recorder.mutations).toHaveLength(1));
    expect(recorder.types()).toEqual(['full']);
    expect(recorder.names()).toEqual([
      'lab.kafka.orders',
      'lab.streaming.events',
    ]);

    const orders = recorder.entity('lab.kafka.orders')!;
    expect(orders).toMatchObject({
      kind: 'Resource',
      metadata: {
        title: 'orders',
        annotations: {
          'backstage.io/kubernetes-cluster': 'lab',
          'backstage.io/kubernetes-namespace': 'kafka',
          'kafka-on-eks/kafka': 'orders',
          'backstage.io/managed-by-location': 'kafka-on-eks-discovery:lab',
          'backstage.io/managed-by-origin-location':
            'kafka-on-eks-discovery:lab',
        },
      },
      // A label value is a bare name: a group in default.
      spec: { type: 'kafka-cluster', owner: 'group:default/orders-team' },
    });
    expect(orders.spec?.system).toBeUndefined();
    expect(recorder.entity('lab.streaming.events')!.spec).toEqual({
      type: 'kafka-cluster',
      owner: 'user:default/jane',
      system: 'system:default/data-streaming',
    });
  });

  it('reads a v1beta2 cluster the same way, and uses the default owner', async () => {
    const { api, recorder } = await discover({
      strimziApiVersion: 'v1beta2',
      objects: [
        namespace('kafka'),
        kafka('legacy', { apiVersion: 'kafka.strimzi.io/v1beta2' }),
      ],
    });
    await eventually(() =>
      expect(recorder.names()).toEqual(['lab.kafka.legacy']),
    );
    expect(recorder.entity('lab.kafka.legacy')!.spec?.owner).toBe(
      'group:default/platform-team',
    );
    // At v1beta2: v1 is not served there, so nothing else could have answered.
    await eventually(() =>
      expect(api.requests().byResource.kafkas).toEqual({ list: 1, watch: 1 }),
    );
  });

  it('follows a created and a deleted Kafka with delta mutations, not a new list', async () => {
    const { api, recorder } = await discover({
      objects: [namespace('kafka'), kafka('orders')],
    });
    await eventually(() => expect(recorder.types()).toEqual(['full']));

    api.apply(kafka('payments'));
    await eventually(() => expect(recorder.mutations).toHaveLength(2));
    expect(recorder.mutations[1]).toMatchObject({
      type: 'delta',
      added: [{ entity: { metadata: { name: 'lab.kafka.payments' } } }],
      removed: [],
    });

    api.delete(kafkaRef('orders'));
    await eventually(() => expect(recorder.mutations).toHaveLength(3));
    expect(recorder.mutations[2]).toEqual({
      type: 'delta',
      added: [],
      removed: [
        {
          entityRef: 'resource:default/lab.kafka.orders',
          locationKey: 'kafka-on-eks-discovery:lab',
        },
      ],
    });
    expect(recorder.names()).toEqual(['lab.kafka.payments']);
    // The watch carried both: the Kafkas were listed once.
    expect(api.requests().byResource.kafkas).toEqual({ list: 1, watch: 1 });
  });

  it('makes a full mutation again after a relist, dropping what went while the watch was away', async () => {
    const { api, recorder } = await discover({
      objects: [namespace('kafka'), kafka('orders'), kafka('payments')],
    });
    await eventually(() => expect(recorder.types()).toEqual(['full']));
    // A 500 breaks the watch; the retry lists again.
    api.setFaults({ error500: ['kafkas'], dropWatches: 'reset' });
    api.delete(kafkaRef('payments'));
    await eventually(() =>
      expect(api.requests().byResource.kafkas.list).toBeGreaterThan(1),
    );
    api.clearFaults();
    await eventually(() => expect(recorder.types()).toEqual(['full', 'full']));
    expect(recorder.names()).toEqual(['lab.kafka.orders']);
  });

  it('leaves a Kafka with kafka-on-eks/entity-ref alone, and one a catalog entity already stands for', async () => {
    const { api, recorder } = await discover({
      objects: [
        namespace('kafka'),
        kafka('generated', {
          annotations: {
            'kafka-on-eks/entity-ref': 'resource:default/generated',
          },
        }),
        kafka('handwritten'),
        kafka('unknown'),
      ],
      claims: {
        'kafka/handwritten': {
          entityRef: 'resource:default/handwritten-kafka',
          owner: 'group:default/team-b',
        },
      },
    });
    await eventually(() => expect(recorder.types()).toEqual(['full']));
    expect(recorder.names()).toEqual(['lab.kafka.unknown']);

    // The generator's Kafka arriving after discovery started: still skipped.
    api.apply(
      kafka('generated-later', {
        annotations: {
          'kafka-on-eks/entity-ref': 'resource:default/generated-later',
        },
      }),
    );
    api.apply(kafka('new'));
    await eventually(() =>
      expect(recorder.names()).toEqual(['lab.kafka.new', 'lab.kafka.unknown']),
    );
  });

  it('drops a discovered Kafka once a hand-written entity for it is registered', async () => {
    const { provider, recorder, claimed, claimReads } = await discover({
      objects: [namespace('kafka'), kafka('orders'), kafka('payments')],
    });
    await eventually(() => expect(recorder.names()).toHaveLength(2));
    const before = recorder.mutations.length;
    // A claims check with nothing new changes nothing: once the claims are
    // read, the rest of the check runs in the same turn.
    const reads = claimReads.count;
    provider.recheckClaims();
    await eventually(() => expect(claimReads.count).toBe(reads + 1));
    await new Promise(resolve => setImmediate(resolve));
    expect(recorder.mutations).toHaveLength(before);

    claimed.set('kafka/orders', { entityRef: 'resource:default/orders' });
    provider.recheckClaims();
    await eventually(() =>
      expect(recorder.names()).toEqual(['lab.kafka.payments']),
    );
    expect(recorder.mutations[recorder.mutations.length - 1]).toMatchObject({
      type: 'delta',
      added: [],
      removed: [{ entityRef: 'resource:default/lab.kafka.orders' }],
    });
  });

  it('emits topics as parts of their cluster, owned by its owner, when topics are on', async () => {
    const { recorder } = await discover({
      config: { topics: true },
      objects: [
        namespace('kafka'),
        kafka('orders', { labels: { 'backstage.io/owner': 'orders-team' } }),
        kafka('claimed'),
        topic('orders.created', 'orders'),
        topic('orders-paid', 'orders', { topicName: 'orders.paid' }),
        topic('claimed.events', 'claimed'),
        topic('stray', 'no-such-kafka'),
      ],
      claims: {
        'kafka/claimed': {
          entityRef: 'resource:default/claimed-kafka',
          owner: 'group:default/team-c',
        },
      },
    });
    await eventually(() => expect(recorder.names()).toHaveLength(4));
    expect(recorder.names()).toEqual([
      'lab.kafka.claimed.claimed.events',
      'lab.kafka.orders',
      'lab.kafka.orders.orders-paid',
      'lab.kafka.orders.orders.created',
    ]);
    expect(recorder.entity('lab.kafka.orders.orders-paid')).toMatchObject({
      metadata: {
        title: 'orders.paid',
        annotations: {
          'kafka-on-eks/part-of': 'resource:default/lab.kafka.orders',
        },
      },
      spec: { type: 'kafka-topic', owner: 'group:default/orders-team' },
    });
    // No Kafka tab on a topic.
    expect(
      recorder.entity('lab.kafka.orders.orders-paid')!.metadata.annotations,
    ).not.toHaveProperty('kafka-on-eks/kafka');
    // A claimed cluster's topics belong to the entity that stands for it.
    expect(recorder.entity('lab.kafka.claimed.claimed.events')).toMatchObject({
      metadata: {
        annotations: {
          'kafka-on-eks/part-of': 'resource:default/claimed-kafka',
        },
      },
      spec: { owner: 'group:default/team-c' },
    });
  });

  it('relates client Components to the cluster and the topics their ACLs allow', async () => {
    const objects = [
      namespace('kafka'),
      kafka('orders'),
      topic('orders.created', 'orders'),
      topic('orders.paid', 'orders'),
      topic('audit', 'orders'),
      user('orders-service', 'orders', 'orders-service', [
        { name: 'orders.', patternType: 'prefix' },
      ]),
      user('auditor', 'orders', 'component:default/auditor', [
        { name: 'audit' },
      ]),
      user('no-component', 'orders', undefined, [{ name: '*' }]),
    ];
    const { recorder } = await discover({
      config: { topics: true, clients: true },
      objects,
    });
    // Every kind listed: the full mutation has the clients too.
    await eventually(() => expect(recorder.types()).toContain('full'));
    expect(recorder.names()).toHaveLength(4);
    expect(recorder.entity('lab.kafka.orders')!.spec?.dependencyOf).toEqual([
      'component:default/auditor',
      'component:default/orders-service',
    ]);
    expect(
      recorder.entity('lab.kafka.orders.orders.created')!.spec?.dependencyOf,
    ).toEqual(['component:default/orders-service']);
    expect(
      recorder.entity('lab.kafka.orders.audit')!.spec?.dependencyOf,
    ).toEqual(['component:default/auditor']);

    // Clients without topics: the cluster only.
    const clusterOnly = await discover({ config: { clients: true }, objects });
    await eventually(() =>
      expect(clusterOnly.recorder.types()).toContain('full'),
    );
    expect(clusterOnly.recorder.names()).toEqual(['lab.kafka.orders']);
    expect(
      clusterOnly.recorder.entity('lab.kafka.orders')!.spec?.dependencyOf,
    ).toHaveLength(2);
    expect(clusterOnly.api.requests().byResource.kafkatopics).toBeUndefined();
  });

  it('writes nothing before every kind is listed: the first mutation is the full one, clients included', async () => {
    const { recorder } = await discover({
      config: { topics: true, clients: true },
      objects: [
        namespace('kafka'),
        kafka('orders'),
        topic('t1', 'orders'),
        user('orders-app', 'orders', 'orders-service', [{ name: 't1' }]),
      ],
    });
    await eventually(() => expect(recorder.types()).toEqual(['full']));
    expect(recorder.entity('lab.kafka.orders')?.spec?.dependencyOf).toEqual([
      'component:default/orders-service',
    ]);
  });

  it('still follows the Kafkas when the cluster refuses a kind', async () => {
    const timers = new ManualTimers();
    const { api, recorder } = await discover({
      config: { clients: true },
      forbidden: [{ resource: 'kafkausers' }],
      objects: [namespace('kafka'), kafka('orders'), kafka('payments')],
      timers,
    });
    await eventually(() =>
      expect(recorder.names()).toEqual([
        'lab.kafka.orders',
        'lab.kafka.payments',
      ]),
    );
    // Without every kind listed, no full mutation: only deltas. The refusal
    // may arrive after the Kafkas' list: wait for its grace timer.
    await eventually(() => expect(timers.pending.size).toBe(1));
    expect(recorder.types()).not.toContain('full');
    api.delete(kafkaRef('payments'));
    await eventually(() =>
      expect(recorder.names()).toEqual(['lab.kafka.orders']),
    );
    // The grace period over, the refused kind counts as empty: a full mutation.
    timers.fireAll();
    await eventually(() => expect(recorder.types()).toContain('full'));
    expect(recorder.names()).toEqual(['lab.kafka.orders']);
  });

  it('keeps the entities of an unreachable cluster for the grace period, then removes them', async () => {
    const timers = new ManualTimers();
    const { api, recorder } = await discover({
      config: { topics: true, gracePeriodMs: 3_600_000 },
      objects: [namespace('kafka'), kafka('orders'), topic('t1', 'orders')],
      timers,
    });
    await eventually(() => expect(recorder.names()).toHaveLength(2));
    const before = recorder.mutations.length;

    api.setFaults({ down: true });
    await eventually(() => expect(timers.pending.size).toBe(1));
    expect([...timers.pending.values()][0].ms).toBe(3_600_000);
    // Unreachable, within the grace period: nothing changes in the catalog.
    await new Promise(resolve => setImmediate(resolve));
    expect(recorder.mutations).toHaveLength(before);
    expect(recorder.names()).toHaveLength(2);

    timers.fireAll();
    await eventually(() => expect(recorder.names()).toEqual([]));
    expect(recorder.mutations[recorder.mutations.length - 1]).toEqual({
      type: 'full',
      entities: [],
    });

    // Back again: listed anew, and the entities return.
    api.clearFaults();
    await eventually(() => expect(recorder.names()).toHaveLength(2));
  });

  it('cancels the grace period when the cluster answers again in time', async () => {
    const timers = new ManualTimers();
    const { api, recorder } = await discover({
      objects: [namespace('kafka'), kafka('orders')],
      timers,
    });
    await eventually(() => expect(recorder.names()).toHaveLength(1));
    api.setFaults({ down: true });
    await eventually(() => expect(timers.pending.size).toBe(1));
    api.clearFaults();
    await eventually(() => expect(timers.pending.size).toBe(0));
    expect(recorder.names()).toEqual(['lab.kafka.orders']);
  });
});
