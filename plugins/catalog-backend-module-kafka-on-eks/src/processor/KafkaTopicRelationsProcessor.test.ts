import type { Entity } from '@backstage/catalog-model';
import type { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { KafkaTopicRelationsProcessor } from './KafkaTopicRelationsProcessor';

const location = { type: 'kafka-on-eks-discovery', target: 'lab' };

async function relationsOf(entity: Entity) {
  const emitted: CatalogProcessorResult[] = [];
  await new KafkaTopicRelationsProcessor().postProcessEntity(
    entity,
    location,
    result => emitted.push(result),
  );
  return emitted.map(r => (r.type === 'relation' ? r.relation : r));
}

const topic = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'lab.kafka.orders.t1', namespace: 'default', annotations },
  spec: { type: 'kafka-topic', owner: 'group:default/team' },
});

describe('KafkaTopicRelationsProcessor', () => {
  it('makes a topic part of its cluster, and the cluster have it as a part', async () => {
    const self = {
      kind: 'Resource',
      namespace: 'default',
      name: 'lab.kafka.orders.t1',
    };
    const cluster = {
      kind: 'resource',
      namespace: 'default',
      name: 'lab.kafka.orders',
    };
    expect(
      await relationsOf(
        topic({ 'kafka-on-eks/part-of': 'resource:default/lab.kafka.orders' }),
      ),
    ).toEqual([
      { source: self, type: 'partOf', target: cluster },
      { source: cluster, type: 'hasPart', target: self },
    ]);
  });

  it('leaves other entities, and a ref it cannot read, alone', async () => {
    expect(await relationsOf(topic({}))).toEqual([]);
    expect(
      await relationsOf(topic({ 'kafka-on-eks/part-of': 'a:b:c:d' })),
    ).toEqual([]);
  });
});
