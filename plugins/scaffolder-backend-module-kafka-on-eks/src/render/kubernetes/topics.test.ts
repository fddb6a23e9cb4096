import fc from 'fast-check';
import { parse } from 'yaml';
import { PATTERNS } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { requestWith } from '../__fixtures__/requests';
import {
  documentsOfKind,
  onlyDocument,
  renderDocuments,
} from './__testUtils__/documents';
import { renderKubernetes } from './index';
import { kafkaTopics, topicResourceName } from './topics';

const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const isResourceName = (name: string) =>
  name.length <= 253 && DNS1123_SUBDOMAIN.test(name);

// Names the request schema accepts: Kafka's topic characters, up to 249 long.
const topicName = fc
  .stringMatching(new RegExp(PATTERNS.kafkaTopicName))
  .filter(name => name.length <= 249);
// ... minus the ones the request's cross-field rules refuse.
const acceptedTopicName = topicName.filter(
  name => name !== '.' && name !== '..' && !name.startsWith('__'),
);

describe('topicResourceName', () => {
  it.each(['orders.created', 'orders-compacted', 'a', '0', 'yes'])(
    'keeps %s, already a valid Kubernetes name',
    name => expect(topicResourceName(name)).toBe(name),
  );

  it.each([
    ['Orders_Created', /^orders-created-[0-9a-f]{10}$/],
    ['orders_created', /^orders-created-[0-9a-f]{10}$/],
    ['.hidden', /^hidden-[0-9a-f]{10}$/],
    ['a..b', /^a-b-[0-9a-f]{10}$/],
    ['trailing-', /^trailing-[0-9a-f]{10}$/],
    ['___', /^topic-[0-9a-f]{10}$/],
  ])('derives a valid name from %s', (name, expected) => {
    expect(topicResourceName(name)).toMatch(expected);
    expect(isResourceName(topicResourceName(name))).toBe(true);
  });

  it('keeps names apart that differ only in case or separator', () => {
    const names = [
      'Orders_Created',
      'orders_created',
      'ORDERS_CREATED',
      'Orders-Created',
      'orders-created',
    ];
    expect(new Set(names.map(topicResourceName)).size).toBe(names.length);
  });

  it('is stable', () => {
    expect(topicResourceName('Orders_Created')).toBe(
      topicResourceName('Orders_Created'),
    );
  });

  it('stays within 253 characters for the longest topic names', () => {
    const name = `A${'b_'.repeat(124)}`;
    expect(name).toHaveLength(249);
    expect(isResourceName(topicResourceName(name))).toBe(true);
  });

  it('maps every valid topic name to a valid Kubernetes name', () => {
    fc.assert(
      fc.property(topicName, name => {
        expect(isResourceName(topicResourceName(name))).toBe(true);
      }),
    );
  });

  it('never maps two distinct topic names to one resource', () => {
    fc.assert(
      fc.property(topicName, topicName, (a, b) => {
        fc.pre(a !== b);
        expect(topicResourceName(a)).not.toBe(topicResourceName(b));
      }),
    );
  });
});

describe('kafkaTopics', () => {
  it('refuses two topics that would share a resource name', () => {
    const request = requestWith({ topics: [] });
    request.topics = ['x', 'x'].map(name => ({
      name,
      partitions: 1,
      replicationFactor: 1,
      retentionHours: 1,
      cleanupPolicy: 'delete' as const,
    }));
    expect(() => kafkaTopics(request)).toThrow(/same KafkaTopic name x/);
  });

  it.each([
    'yes',
    'Y',
    'off',
    'null',
    '1_000',
    '0b101',
    '0x1F',
    '1e3',
    '.inf',
    '2001-12-14',
    '012',
  ])(
    'writes the topic %s so that YAML 1.1 and 1.2 read a string back',
    name => {
      const topics = renderKubernetes(requestWith({ topics: [{ name }] })).find(
        f => f.path === 'kubernetes/kafka/topics.yaml',
      );
      for (const version of ['1.1', '1.2'] as const) {
        const topic = parse(topics!.content, { version });
        expect(topic.spec.topicName).toBe(name);
      }
    },
  );

  it('writes any valid topic name so that YAML 1.1 and 1.2 read it back unchanged', () => {
    fc.assert(
      fc.property(acceptedTopicName, name => {
        const request = requestWith({ topics: [{ name }] });
        const topics = renderKubernetes(request).find(
          f => f.path === 'kubernetes/kafka/topics.yaml',
        );
        for (const version of ['1.1', '1.2'] as const) {
          const topic = parse(topics!.content, { version });
          expect(topic.spec.topicName).toBe(name);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('carries the real name in spec.topicName, and a valid one in metadata.name too', () => {
    const request = requestWith({
      topics: [{ name: 'orders.created' }, { name: 'Orders_Created' }],
    });
    expect(
      kafkaTopics(request).map(t => [t.metadata.name, t.spec.topicName]),
    ).toEqual([
      ['orders.created', 'orders.created'],
      [topicResourceName('Orders_Created'), 'Orders_Created'],
    ]);
  });

  it('writes no topics file for a request without topics', () => {
    const paths = renderKubernetes(requestWith({ topics: [] })).map(
      f => f.path,
    );
    expect(paths).not.toContain('kubernetes/kafka/topics.yaml');
  });
});

describe('topic hygiene', () => {
  const documents = renderDocuments(
    requestWith({
      brokers: { replicas: 6 },
      topics: [
        { name: 'events', partitions: 6, retentionHours: 24 },
        { name: 'ledger', partitions: 6, cleanupPolicy: 'compact' },
        { name: 'single', partitions: 1, replicationFactor: 1 },
        { name: 'wide', partitions: 6, replicationFactor: 4 },
      ],
    }),
  );
  const topics = documentsOfKind(documents, 'KafkaTopic');

  it('auto.create.topics.enable is false', () => {
    expect(
      onlyDocument(documents, 'Kafka').spec.kafka.config[
        'auto.create.topics.enable'
      ],
    ).toBe(false);
  });

  it('no retention.ms on compact topics', () => {
    const compact = topics.filter(
      t => t.spec.config['cleanup.policy'] === 'compact',
    );
    expect(compact.map(t => t.spec.topicName)).toEqual(['ledger']);
    for (const topic of compact) {
      expect(topic.spec.config).not.toHaveProperty('retention.ms');
    }
    const events = topics.find(t => t.spec.topicName === 'events');
    expect(events.spec.config['retention.ms']).toBe(24 * 3_600_000);
  });

  it('keeps min ISR below the replication factor of every replicated topic', () => {
    const rows = topics.map(t => [
      t.spec.topicName,
      t.spec.replicas,
      t.spec.config['min.insync.replicas'],
    ]);
    // Below RF when replicated (a broker may restart), 1 otherwise.
    const expected = rows.map(([name, rf, minIsr]) => [
      name,
      rf,
      rf > 1 ? Math.min(minIsr, rf - 1) : 1,
    ]);
    expect(rows).toEqual(expected);
    expect(rows.map(r => r[2])).toEqual([2, 2, 1, 2]);
  });
});
