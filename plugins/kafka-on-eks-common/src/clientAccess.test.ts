import type { Entity } from '@backstage/catalog-model';
import {
  KAFKA_CLIENT_ACCESS_ANNOTATION,
  readClientAccess,
} from './clientAccess';

const cluster = (value?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'lab.kafka.orders',
    annotations:
      value === undefined ? {} : { [KAFKA_CLIENT_ACCESS_ANNOTATION]: value },
  },
});

describe('readClientAccess', () => {
  it("reads a component's users, topic and group grants", () => {
    const value = JSON.stringify({
      'component:default/orders-service': {
        users: ['orders-service'],
        topics: [
          { name: 'orders', patternType: 'literal', operations: ['Read'] },
        ],
        groups: [
          { name: 'orders-', patternType: 'prefix', operations: ['Read'] },
        ],
      },
    });
    expect(
      readClientAccess(cluster(value), 'component:default/Orders-Service'),
    ).toEqual({
      users: ['orders-service'],
      topics: [
        { name: 'orders', patternType: 'literal', operations: ['Read'] },
      ],
      groups: [
        { name: 'orders-', patternType: 'prefix', operations: ['Read'] },
      ],
    });
    expect(
      readClientAccess(cluster(value), 'component:default/other'),
    ).toBeUndefined();
  });

  it('gives nothing for a missing or broken annotation, and drops malformed grants', () => {
    expect(readClientAccess(cluster(), 'component:default/a')).toBeUndefined();
    expect(
      readClientAccess(cluster('{not json'), 'component:default/a'),
    ).toBeUndefined();
    const value = JSON.stringify({
      'component:default/a': {
        users: ['a', 3],
        topics: [{ name: 'x', patternType: 'regex', operations: ['Read'] }],
      },
    });
    expect(readClientAccess(cluster(value), 'component:default/a')).toEqual({
      users: ['a'],
      topics: [],
      groups: [],
    });
  });
});
