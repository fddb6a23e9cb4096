import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { startKubeLoopback, type KubeLoopback } from '@internal/kube-loopback';
import { kafka, namespace } from './__fixtures__/strimzi';
import {
  startPostgres,
  type ThrowawayPostgres,
} from './__testUtils__/postgres';
import { catalogModuleKafkaOnEksDiscovery } from './module';

// Two full backends and a PostgreSQL cluster: the timeouts only guard a hang.
jest.setTimeout(120_000);

const TOKEN = 'replicas-test-token';
const CATALOG_DB = 'backstage_plugin_catalog';
const ref = (name: string) => `resource:default/lab.kafka.${name}`;

let pg: ThrowawayPostgres;
let api: KubeLoopback;
type Backend = Awaited<ReturnType<typeof startTestBackend>>;
const replicas: Backend[] = [];

/** A production-like replica: the real catalog, database and scheduler. */
function startReplica() {
  return startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleKafkaOnEksDiscovery,
      databaseServiceFactory,
      schedulerServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          backend: {
            database: {
              client: 'pg',
              connection: {
                host: '127.0.0.1',
                port: pg.port,
                user: 'postgres',
                password: 'unused-trust-auth',
              },
            },
          },
          catalog: { rules: [{ allow: ['Resource', 'Location'] }] },
          kafkaOnEks: {
            discovery: { enabled: true, defaultOwner: 'platform-team' },
          },
          kubernetes: {
            clusterLocatorMethods: [
              {
                type: 'config',
                clusters: [
                  {
                    name: 'lab',
                    url: api.url,
                    authProvider: 'serviceAccount',
                    serviceAccountToken: TOKEN,
                    skipTLSVerify: true,
                  },
                ],
              },
            ],
          },
        },
      }),
    ],
  });
}

async function kafkaEntities(backend: Backend): Promise<Entity[]> {
  const res = await fetch(
    `http://localhost:${backend.server.port()}/api/catalog/entities/by-query?filter=kind=resource,spec.type=kafka-cluster`,
    { headers: { Authorization: mockCredentials.user.header() } },
  );
  expect(res.status).toBe(200);
  return (await res.json()).items;
}

const names = (entities: Entity[]) => entities.map(e => e.metadata.name).sort();

async function eventually(check: () => Promise<void>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }
}

/** What the catalog's database holds for one entity: one row, one source. */
function stateOf(entityRef: string) {
  const rows = pg.query(
    CATALOG_DB,
    `SELECT r.entity_id, r.location_key, s.source_key
       FROM refresh_state r
       LEFT JOIN refresh_state_references s ON s.target_entity_ref = r.entity_ref
      WHERE r.entity_ref = '${entityRef}'`,
  );
  return rows.map(row => {
    const [entityId, locationKey, sourceKey] = row.split('\t');
    return { entityId, locationKey, sourceKey };
  });
}

beforeAll(async () => {
  pg = await startPostgres();
  api = await startKubeLoopback({
    token: TOKEN,
    objects: [namespace('kafka'), kafka('orders')],
  });
  // One after the other, as a rolling deployment starts them.
  replicas.push(await startReplica());
  replicas.push(await startReplica());
});

afterAll(async () => {
  await Promise.all(replicas.map(r => r.stop()));
  await api?.close();
  pg?.stop();
});

describe('two backend replicas on one PostgreSQL', () => {
  it('show the same entities, each once, through creation, relists and deletion', async () => {
    const [one, two] = replicas;
    await eventually(async () => {
      expect(names(await kafkaEntities(one))).toEqual(['lab.kafka.orders']);
      expect(names(await kafkaEntities(two))).toEqual(['lab.kafka.orders']);
    });

    api.apply(kafka('payments'));
    await eventually(async () => {
      for (const replica of replicas) {
        expect(names(await kafkaEntities(replica))).toEqual([
          'lab.kafka.orders',
          'lab.kafka.payments',
        ]);
      }
    });
    const [created] = stateOf(ref('payments'));
    expect(stateOf(ref('payments'))).toEqual([
      {
        entityId: expect.any(String),
        locationKey: 'kafka-on-eks-discovery:lab',
        sourceKey: 'kafka-on-eks-discovery:lab',
      },
    ]);

    // Every replica relists and makes its full mutation again.
    const lists = () => api.requests().byResource.kafkas?.list ?? 0;
    const listsBefore = lists();
    api.dropWatches('reset');
    await eventually(async () =>
      expect(lists()).toBeGreaterThanOrEqual(listsBefore + 2),
    );
    // An unrelated change gives each replica a delta to make as well.
    api.apply(
      kafka('orders', { labels: { 'backstage.io/owner': 'orders-team' } }),
    );
    await eventually(async () => {
      const [orders] = (await kafkaEntities(two)).filter(
        e => e.metadata.name === 'lab.kafka.orders',
      );
      expect(orders.spec?.owner).toBe('group:default/orders-team');
    });

    // No flapping: the entity was never removed and added again (same id),
    // has a single source, and no replica saw it orphaned.
    for (let read = 0; read < 5; read++) {
      expect(stateOf(ref('payments'))).toEqual([created]);
      for (const replica of replicas) {
        const payments = (await kafkaEntities(replica)).filter(
          e => e.metadata.name === 'lab.kafka.payments',
        );
        expect(payments).toHaveLength(1);
        expect(payments[0].metadata.uid).toBe(created.entityId);
        expect(
          payments[0].metadata.annotations?.['backstage.io/orphan'],
        ).toBeUndefined();
      }
      await new Promise(resolve => setTimeout(resolve, 200));
    }

    api.delete({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'Kafka',
      namespace: 'kafka',
      name: 'payments',
    });
    await eventually(async () => {
      for (const replica of replicas) {
        expect(names(await kafkaEntities(replica))).toEqual([
          'lab.kafka.orders',
        ]);
      }
    });
    expect(stateOf(ref('payments'))).toEqual([]);
  });
});
