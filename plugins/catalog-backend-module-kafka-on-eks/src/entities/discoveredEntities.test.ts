import {
  KAFKA_CLIENT_ACCESS_ANNOTATION,
  readClientAccess,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { DiscoveryConfig } from '../config/readDiscoveryConfig';
import { kafka, topic, user } from '../__fixtures__/strimzi';
import { discoveredEntities, type ClusterObjects } from './discoveredEntities';

const config: DiscoveryConfig = {
  enabled: true,
  defaultOwner: 'group:default/platform-team',
  ownerKey: 'example.com/team',
  systemKey: 'example.com/system',
  topics: true,
  clients: true,
  gracePeriodMs: 1,
};

function entitiesOf(objects: Partial<ClusterObjects>) {
  return discoveredEntities({
    cluster: 'lab',
    objects: { kafkas: [], topics: [], users: [], ...objects } as any,
    config,
    location: 'kafka-on-eks-discovery:lab',
    claimed: new Map(),
  });
}

describe('discoveredEntities', () => {
  it('reads owner and system from the configured keys, label before annotation', () => {
    const [entity] = entitiesOf({
      kafkas: [
        kafka('orders', {
          labels: { 'example.com/team': 'orders-team' },
          annotations: {
            'example.com/team': 'group:default/ignored',
            'example.com/system': 'system:payments/ledger',
          },
        }),
      ],
    });
    expect(entity.spec).toEqual({
      type: 'kafka-cluster',
      owner: 'group:default/orders-team',
      system: 'system:payments/ledger',
    });
  });

  it('falls back to the default owner when the owner is not a valid ref', () => {
    const [entity] = entitiesOf({
      kafkas: [
        kafka('orders', { annotations: { 'example.com/team': 'a:b:c/d e' } }),
      ],
    });
    expect(entity.spec?.owner).toBe('group:default/platform-team');
  });

  it('counts only allow ACLs on topics, and users with a component', () => {
    const deny = user('blocked', 'orders', 'blocked-service', [
      { name: 'audit' },
    ]);
    (deny.spec.authorization.acls[0] as any).type = 'deny';
    const entities = entitiesOf({
      kafkas: [kafka('orders')],
      topics: [topic('audit', 'orders')],
      users: [
        deny,
        user('everything', 'orders', 'ops-console', [{ name: '*' }]),
        user('anonymous', 'orders', undefined, [{ name: '*' }]),
        // Another Kafka's user does not touch this one.
        user('elsewhere', 'payments', 'payments-service', [{ name: '*' }]),
      ],
    });
    const byName = new Map(entities.map(e => [e.metadata.name, e]));
    expect(byName.get('lab.kafka.orders.audit')!.spec?.dependencyOf).toEqual([
      'component:default/ops-console',
    ]);
    // The cluster: every client with a component, whatever its ACLs.
    expect(byName.get('lab.kafka.orders')!.spec?.dependencyOf).toEqual([
      'component:default/blocked-service',
      'component:default/ops-console',
    ]);
  });

  it('gives the same entities for the same objects', () => {
    const objects = {
      kafkas: [kafka('orders')],
      topics: [topic('t1', 'orders'), topic('t2', 'orders')],
    };
    expect(JSON.stringify(entitiesOf(objects))).toBe(
      JSON.stringify(entitiesOf(objects)),
    );
  });

  it("sums each client's ACLs up on its cluster, the same whatever the users' order", () => {
    const users = [
      user('orders-writer', 'orders', 'orders-service', [{ name: 'orders' }]),
      user('orders-reader', 'orders', 'component:default/orders-service', [
        { name: 'audit-', patternType: 'prefix' },
      ]),
      user('billing', 'orders', 'billing', [{ name: 'invoices' }]),
    ];
    const [cluster] = entitiesOf({ kafkas: [kafka('orders')], users });
    expect(
      readClientAccess(cluster, 'component:default/orders-service'),
    ).toEqual({
      users: ['orders-reader', 'orders-writer'],
      topics: [
        {
          name: 'orders',
          patternType: 'literal',
          operations: ['Describe', 'Read'],
        },
        {
          name: 'audit-',
          patternType: 'prefix',
          operations: ['Describe', 'Read'],
        },
      ],
      groups: [
        { name: 'orders-reader', patternType: 'literal', operations: ['Read'] },
        { name: 'orders-writer', patternType: 'literal', operations: ['Read'] },
      ],
    });
    expect(
      readClientAccess(cluster, 'component:default/billing')?.users,
    ).toEqual(['billing']);
    const [reversed] = entitiesOf({
      kafkas: [kafka('orders')],
      users: [...users].reverse(),
    });
    expect(
      reversed.metadata.annotations?.[KAFKA_CLIENT_ACCESS_ANNOTATION],
    ).toBe(cluster.metadata.annotations?.[KAFKA_CLIENT_ACCESS_ANNOTATION]);
    const [noClients] = entitiesOf({ kafkas: [kafka('orders')] });
    expect(noClients.metadata.annotations).not.toHaveProperty(
      KAFKA_CLIENT_ACCESS_ANNOTATION,
    );
  });
});
