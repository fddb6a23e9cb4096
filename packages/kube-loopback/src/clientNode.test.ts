import {
  CoreV1Api,
  CustomObjectsApi,
  type KubernetesObject,
} from '@kubernetes/client-node';
import {
  apiError,
  GROUP,
  kubeConfig,
  namespace,
  pvc,
  TOKEN,
  topic,
  useLoopbackServers,
} from './__testUtils__/clientNode';
import {
  createSelfSignedCertificate,
  opensslAvailable,
  type KubeLoopback,
} from './index';

// @kubernetes/client-node, unmodified, against the server over real HTTP.

describe('@kubernetes/client-node against kube-loopback', () => {
  let server: KubeLoopback;
  const start = useLoopbackServers();

  beforeEach(async () => {
    server = await start({
      objects: [
        namespace('kafka'),
        pvc('data-0-orders-kafka-broker-0', 'orders'),
        pvc('data-0-orders-kafka-broker-1', 'orders'),
        pvc('data-0-payments-kafka-broker-0', 'payments'),
        {
          apiVersion: `${GROUP}/v1`,
          kind: 'Kafka',
          metadata: { name: 'orders-kafka', namespace: 'kafka' },
          spec: { kafka: { version: '4.3.1' } },
        },
        topic('orders.created'),
      ],
    });
  });

  it('lists PVCs with a label selector through CoreV1Api', async () => {
    const core = kubeConfig(server, { token: TOKEN }).makeApiClient(CoreV1Api);
    const list = await core.listNamespacedPersistentVolumeClaim({
      namespace: 'kafka',
      labelSelector: 'strimzi.io/cluster=orders',
    });
    expect(list.items.map(i => i.metadata?.name)).toEqual([
      'data-0-orders-kafka-broker-0',
      'data-0-orders-kafka-broker-1',
    ]);
    expect(list.items[0].spec?.resources?.requests?.storage).toBe('100Gi');
    expect(Number(list.metadata?.resourceVersion)).toBeGreaterThan(0);
  });

  it('lists Kafkas across namespaces through CustomObjectsApi', async () => {
    const custom = kubeConfig(server, { token: TOKEN }).makeApiClient(
      CustomObjectsApi,
    );
    const list = await custom.listClusterCustomObject({
      group: GROUP,
      version: 'v1',
      plural: 'kafkas',
    });
    expect(list.kind).toBe('KafkaList');
    expect(list.items.map((k: KubernetesObject) => k.metadata?.name)).toEqual([
      'orders-kafka',
    ]);
    expect(list.items[0].apiVersion).toBe(`${GROUP}/v1`);
  });

  it('pages a list with limit and continue', async () => {
    for (const name of ['a', 'b', 'c', 'd'])
      server.apply(topic(`page-${name}`));
    const custom = kubeConfig(server, { token: TOKEN }).makeApiClient(
      CustomObjectsApi,
    );
    const names: string[] = [];
    const pages: Array<{ count: number; remaining?: number }> = [];
    let token: string | undefined;
    do {
      const page = await custom.listNamespacedCustomObject({
        group: GROUP,
        version: 'v1',
        namespace: 'kafka',
        plural: 'kafkatopics',
        limit: 2,
        _continue: token,
      });
      names.push(...page.items.map((t: KubernetesObject) => t.metadata!.name!));
      pages.push({
        count: page.items.length,
        remaining: page.metadata.remainingItemCount,
      });
      token = page.metadata.continue || undefined;
      // A change between pages does not leak into the snapshot the token reads.
      server.apply(topic('page-zz-late'));
    } while (token);
    expect(names).toEqual([
      'orders.created',
      'page-a',
      'page-b',
      'page-c',
      'page-d',
    ]);
    expect(pages).toEqual([
      { count: 2, remaining: 3 },
      { count: 2, remaining: 1 },
      { count: 1, remaining: undefined },
    ]);
  });

  it('answers 401 without a token', async () => {
    const core = kubeConfig(server).makeApiClient(CoreV1Api);
    const error = await apiError(
      core.listNamespacedPersistentVolumeClaim({ namespace: 'kafka' }),
    );
    expect(error.code).toBe(401);
  });

  it('answers 403 Forbidden for a denied resource, with the RBAC message', async () => {
    const denied = await start({
      objects: [namespace('kafka')],
      forbidden: [{ resource: 'kafkatopics', verbs: ['list', 'watch'] }],
      user: 'system:serviceaccount:backstage:kafka-reader',
    });
    const custom = kubeConfig(denied, { token: TOKEN }).makeApiClient(
      CustomObjectsApi,
    );
    const error = await apiError(
      custom.listClusterCustomObject({
        group: GROUP,
        version: 'v1',
        plural: 'kafkatopics',
      }),
    );
    expect(error.code).toBe(403);
    expect(error.body).toMatchObject({
      kind: 'Status',
      reason: 'Forbidden',
      message:
        'kafkatopics.kafka.strimzi.io is forbidden: User "system:serviceaccount:backstage:kafka-reader" cannot list resource "kafkatopics" in API group "kafka.strimzi.io" at the cluster scope',
    });
    // Other resources stay readable.
    await expect(
      custom.listClusterCustomObject({
        group: GROUP,
        version: 'v1',
        plural: 'kafkas',
      }),
    ).resolves.toMatchObject({ kind: 'KafkaList' });
  });

  it('answers 500 InternalError while the fault is on', async () => {
    const custom = kubeConfig(server, { token: TOKEN }).makeApiClient(
      CustomObjectsApi,
    );
    server.setFaults({ error500: true });
    const error = await apiError(
      custom.listClusterCustomObject({
        group: GROUP,
        version: 'v1',
        plural: 'kafkas',
      }),
    );
    expect(error.code).toBe(500);
    expect(error.body).toMatchObject({ reason: 'InternalError', code: 500 });
    server.clearFaults();
    await expect(
      custom.listClusterCustomObject({
        group: GROUP,
        version: 'v1',
        plural: 'kafkas',
      }),
    ).resolves.toMatchObject({ kind: 'KafkaList' });
  });

  it('serves KafkaUsers at the version it plays, with their ACLs', async () => {
    const old = await start({
      strimziApiVersion: 'v1beta2',
      objects: [
        namespace('kafka'),
        {
          apiVersion: `${GROUP}/v1`,
          kind: 'KafkaUser',
          metadata: {
            name: 'orders-service',
            namespace: 'kafka',
            labels: { 'strimzi.io/cluster': 'orders-kafka' },
            annotations: { 'kafka-on-eks/component': 'orders-service' },
          },
          spec: {
            authentication: { type: 'scram-sha-512' },
            authorization: {
              type: 'simple',
              acls: [
                {
                  resource: { type: 'topic', name: 'orders.created' },
                  operations: ['Write', 'Describe'],
                },
              ],
            },
          },
        },
      ],
    });
    const custom = kubeConfig(old, { token: TOKEN }).makeApiClient(
      CustomObjectsApi,
    );
    const list = await custom.listClusterCustomObject({
      group: GROUP,
      version: 'v1beta2',
      plural: 'kafkausers',
    });
    expect(list.kind).toBe('KafkaUserList');
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      apiVersion: `${GROUP}/v1beta2`,
      metadata: {
        name: 'orders-service',
        annotations: { 'kafka-on-eks/component': 'orders-service' },
      },
      spec: {
        authorization: {
          acls: [{ resource: { type: 'topic', name: 'orders.created' } }],
        },
      },
    });
  });

  it('serves only v1beta2 when playing an older Strimzi', async () => {
    const old = await start({
      strimziApiVersion: 'v1beta2',
      objects: [
        namespace('kafka'),
        topic('stored-as-v1'),
        topic('stored-as-v1beta2', 'orders', 'v1beta2'),
      ],
    });
    const custom = kubeConfig(old, { token: TOKEN }).makeApiClient(
      CustomObjectsApi,
    );
    const list = await custom.listClusterCustomObject({
      group: GROUP,
      version: 'v1beta2',
      plural: 'kafkatopics',
    });
    expect(
      list.items.map(
        (t: KubernetesObject) => `${t.metadata?.name} ${t.apiVersion}`,
      ),
    ).toEqual([
      `stored-as-v1 ${GROUP}/v1beta2`,
      `stored-as-v1beta2 ${GROUP}/v1beta2`,
    ]);
    const error = await apiError(
      custom.listClusterCustomObject({
        group: GROUP,
        version: 'v1',
        plural: 'kafkatopics',
      }),
    );
    expect(error.code).toBe(404);
  });

  it('works over HTTPS, trusting the server certificate as CA', async () => {
    if (!(await opensslAvailable())) {
      // eslint-disable-next-line no-console
      console.warn(
        'skipped: openssl is not installed (apt-get install -y openssl)',
      );
      return;
    }
    const tls = await createSelfSignedCertificate();
    const secure = await start({
      tls,
      objects: [namespace('kafka'), topic('over-tls')],
    });
    expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const custom = kubeConfig(secure, {
      token: TOKEN,
      ca: tls.cert,
    }).makeApiClient(CustomObjectsApi);
    const list = await custom.listClusterCustomObject({
      group: GROUP,
      version: 'v1',
      plural: 'kafkatopics',
    });
    expect(list.items.map((t: KubernetesObject) => t.metadata?.name)).toEqual([
      'over-tls',
    ]);
  });
});
