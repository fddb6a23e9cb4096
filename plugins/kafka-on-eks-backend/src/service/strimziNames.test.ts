import { placementOfClaim, placementOfPod } from './strimziNames';

const named = (name: string, labels?: Record<string, string>) => ({
  metadata: { name, ...(labels && { labels }) },
});

describe('placementOfClaim', () => {
  it.each([
    ['data-orders-brokers-3', { pool: 'brokers', nodeId: 3 }],
    ['data-0-orders-brokers-3', { pool: 'brokers', nodeId: 3, volumeId: 0 }],
    [
      'data-12-orders-pool-a2-10',
      { pool: 'pool-a2', nodeId: 10, volumeId: 12 },
    ],
    ['data-orders-zookeeper-0', { pool: 'zookeeper', nodeId: 0 }],
  ])('reads %s', (name, placement) => {
    expect(placementOfClaim(named(name), 'orders')).toEqual(placement);
  });

  it('does not take a cluster name that starts with digits for a volume id', () => {
    expect(
      placementOfClaim(named('data-1-kafka-brokers-4'), '1-kafka'),
    ).toEqual({ pool: 'brokers', nodeId: 4 });
    expect(
      placementOfClaim(named('data-0-1-kafka-brokers-4'), '1-kafka'),
    ).toEqual({ pool: 'brokers', nodeId: 4, volumeId: 0 });
  });

  it('prefers the pool label to the name', () => {
    expect(
      placementOfClaim(
        named('data-0-orders-a-b-3', { 'strimzi.io/pool-name': 'a-b' }),
        'orders',
      ),
    ).toEqual({ pool: 'a-b', nodeId: 3, volumeId: 0 });
  });

  it('places a claim of another naming only by its label', () => {
    expect(
      placementOfClaim(
        named('restored-orders', { 'strimzi.io/pool-name': 'brokers' }),
        'orders',
      ),
    ).toEqual({ pool: 'brokers' });
    expect(placementOfClaim(named('data-billing-brokers-0'), 'orders')).toEqual(
      { pool: undefined },
    );
  });
});

describe('placementOfPod', () => {
  it('reads <cluster>-<pool>-<nodeId>', () => {
    expect(placementOfPod(named('orders-pool-2-7'), 'orders')).toEqual({
      pool: 'pool-2',
      nodeId: 7,
    });
  });

  it('gives no pool to a pod not named like a node', () => {
    expect(placementOfPod(named('orders-5'), 'orders')).toEqual({
      pool: undefined,
      nodeId: 5,
    });
    expect(
      placementOfPod(named('strimzi-cluster-operator-7d9f-xk2lp'), 'orders'),
    ).toEqual({ nodeId: undefined });
  });
});
