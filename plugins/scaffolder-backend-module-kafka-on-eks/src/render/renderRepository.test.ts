import { parse } from 'yaml';
import { renderRepository } from './renderRepository';

describe('renderRepository', () => {
  it('writes a catalog-info.yaml that points the plugins at the cluster', () => {
    const files = renderRepository({
      name: 'orders',
      owner: 'group:default/team-a',
      system: 'system:default/payments',
      description: 'Orders: events "and" more\nkind: Group',
    });
    const catalogInfo = files.find(f => f.path === 'catalog-info.yaml');
    expect(catalogInfo).toBeDefined();

    const entity = parse(catalogInfo!.content);
    expect(entity.kind).toBe('Resource');
    expect(entity.spec).toEqual({
      type: 'kafka-cluster',
      owner: 'group:default/team-a',
      system: 'system:default/payments',
    });
    expect(entity.metadata.annotations).toEqual({
      'backstage.io/kubernetes-cluster': 'orders',
      'backstage.io/kubernetes-namespace': 'kafka',
      'kafka-on-eks/kafka': 'orders',
      'backstage.io/kubernetes-label-selector': 'strimzi.io/cluster=orders',
    });
    // A description with quotes and a newline stays one value, adds no key.
    expect(entity.metadata.description).toBe(
      'Orders: events "and" more\nkind: Group',
    );
    expect(entity.kind).not.toBe('Group');
  });

  it('leaves out system and description when not given', () => {
    const [catalogInfo] = renderRepository({ name: 'orders', owner: 'team-a' });
    const entity = parse(catalogInfo.content);
    expect(entity.spec.system).toBeUndefined();
    expect(entity.metadata.description).toBeUndefined();
  });
});
