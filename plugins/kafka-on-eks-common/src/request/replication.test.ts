import { replicationFor, topicMinInSyncReplicas } from './replication';

describe('replicationFor', () => {
  it.each([
    [1, 1, 1],
    [2, 2, 1],
    [3, 3, 2],
    [6, 3, 2],
  ])('%i brokers: factor %i, min ISR %i', (brokers, factor, minIsr) => {
    expect(replicationFor(brokers)).toEqual({
      replicationFactor: factor,
      minInSyncReplicas: minIsr,
    });
  });
});

describe('topicMinInSyncReplicas', () => {
  it('stays below the topic factor so one broker loss never blocks producers', () => {
    const cluster = replicationFor(3);
    expect(topicMinInSyncReplicas(3, cluster)).toBe(2);
    expect(topicMinInSyncReplicas(2, cluster)).toBe(1);
    expect(topicMinInSyncReplicas(1, cluster)).toBe(1);
  });
});
