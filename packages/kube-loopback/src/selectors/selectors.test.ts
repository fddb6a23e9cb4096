import type { KubeObject } from '../api/types';
import { ResourceRegistry } from '../resources';
import {
  compileSelectors,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
} from './index';

const registry = new ResourceRegistry();
const pods = registry.byResource('', 'v1', 'pods')!;
const volumes = registry.byResource('', 'v1', 'persistentvolumes')!;

function matches(selector: string, labels?: Record<string, string>) {
  return matchesLabels(parseLabelSelector(selector), labels);
}

describe('parseLabelSelector', () => {
  it('parses every operator', () => {
    expect(
      parseLabelSelector(
        'a=1, b==2,c!=3,d in (x, y),e notin (z),f,!g,h>4,strimzi.io/cluster=orders',
      ),
    ).toEqual([
      { key: 'a', operator: '=', values: ['1'] },
      { key: 'b', operator: '==', values: ['2'] },
      { key: 'c', operator: '!=', values: ['3'] },
      { key: 'd', operator: 'in', values: ['x', 'y'] },
      { key: 'e', operator: 'notin', values: ['z'] },
      { key: 'f', operator: 'exists' },
      { key: 'g', operator: '!' },
      { key: 'h', operator: 'gt', values: ['4'] },
      { key: 'strimzi.io/cluster', operator: '=', values: ['orders'] },
    ]);
    expect(parseLabelSelector('')).toEqual([]);
    expect(parseLabelSelector('a=')).toEqual([
      { key: 'a', operator: '=', values: [''] },
    ]);
  });

  it('rejects malformed selectors with 400 BadRequest', () => {
    for (const bad of [
      'a in x',
      'a in (x',
      '=x',
      'a=b c',
      'a,',
      'Bad_Prefix.io/x=1',
      'a=b=c',
    ]) {
      expect(() => parseLabelSelector(bad)).toThrow(
        expect.objectContaining({
          status: expect.objectContaining({ code: 400, reason: 'BadRequest' }),
        }),
      );
    }
  });
});

describe('matchesLabels', () => {
  const labels = {
    app: 'kafka',
    tier: 'broker',
    'strimzi.io/cluster': 'orders',
  };

  it('follows Kubernetes semantics', () => {
    expect(matches('app=kafka', labels)).toBe(true);
    expect(matches('app==kafka,tier=broker', labels)).toBe(true);
    expect(matches('app=zk', labels)).toBe(false);
    expect(matches('app!=zk', labels)).toBe(true);
    expect(matches('missing!=x', labels)).toBe(true);
    expect(matches('tier in (broker,controller)', labels)).toBe(true);
    expect(matches('tier notin (broker)', labels)).toBe(false);
    expect(matches('missing notin (broker)', labels)).toBe(true);
    expect(matches('missing in (broker)', labels)).toBe(false);
    expect(matches('strimzi.io/cluster', labels)).toBe(true);
    expect(matches('!strimzi.io/cluster', labels)).toBe(false);
    expect(matches('!missing', undefined)).toBe(true);
    expect(matches('app', undefined)).toBe(false);
  });

  it('compares numbers with > and <', () => {
    expect(matches('n>3', { n: '4' })).toBe(true);
    expect(matches('n<3', { n: '4' })).toBe(false);
    expect(matches('n>3', { n: 'x' })).toBe(false);
  });
});

describe('field selectors', () => {
  const pod: KubeObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'orders-kafka-broker-0', namespace: 'kafka' },
    spec: { nodeName: 'ip-10-0-1-10' },
    status: { phase: 'Running' },
  };

  it('selects on metadata and the fields a kind supports', () => {
    const select = (s: string) => compileSelectors(pods, undefined, s)!(pod);
    expect(select('metadata.name=orders-kafka-broker-0')).toBe(true);
    expect(select('metadata.namespace==kafka,status.phase!=Pending')).toBe(
      true,
    );
    expect(select('metadata.namespace!=kafka')).toBe(false);
    expect(select('spec.nodeName=ip-10-0-1-10')).toBe(true);
  });

  it('refuses fields the kind does not support', () => {
    expect(() => parseFieldSelector('spec.foo=1', pods)).toThrow(
      'field label not supported: spec.foo',
    );
    expect(() => parseFieldSelector('metadata.namespace=x', volumes)).toThrow(
      'field label not supported: metadata.namespace',
    );
  });

  it('unescapes values', () => {
    expect(parseFieldSelector('metadata.name=a\\,b', pods)).toEqual([
      { field: 'metadata.name', operator: '=', value: 'a,b' },
    ]);
  });
});
