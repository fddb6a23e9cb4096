import { ordersClusterView } from '../__fixtures__';
import { reuseUnchanged, sameJson } from './reuseUnchanged';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('reuseUnchanged', () => {
  it('keeps the previous arrays when only the timestamps moved', () => {
    const next = { ...copy(ordersClusterView), generatedAt: 'later' };
    const merged = reuseUnchanged(ordersClusterView, next);
    expect(merged.generatedAt).toBe('later');
    expect(merged.topics).toBe(ordersClusterView.topics);
    expect(merged.volumes).toBe(ordersClusterView.volumes);
    expect(merged.kafka).toBe(ordersClusterView.kafka);
  });

  it('takes the new part when something in it changed', () => {
    const next = copy(ordersClusterView);
    next.topics[3].partitions = 24;
    const merged = reuseUnchanged(ordersClusterView, next);
    expect(merged.topics).toBe(next.topics);
    expect(merged.volumes).toBe(ordersClusterView.volumes);
  });

  it('takes the whole view when there was none', () => {
    expect(reuseUnchanged(undefined, ordersClusterView)).toBe(
      ordersClusterView,
    );
  });
});

describe('sameJson', () => {
  it.each([
    [{ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [[1, 2], [2, 1], false],
    [[], {}, false],
    [null, {}, false],
    ['1', 1, false],
  ])('%j vs %j is %s', (a, b, same) => {
    expect(sameJson(a, b)).toBe(same);
  });
});
