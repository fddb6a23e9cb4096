import type { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  KAFKA_CLIENT_ACCESS_ANNOTATION,
  type KafkaClientAccessByComponent,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { screen, within } from '@testing-library/react';
import { KafkaAccessCard } from './KafkaAccessCard';
import { isKafkaClientAvailable } from './isKafkaClient';

const CLUSTER = 'resource:default/lab.kafka.orders';
const TOPIC = 'resource:default/lab.kafka.orders.orders';

// A Component as the catalog shows it once discovery related it.
const component = (dependsOn: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders-service', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/orders-team' },
  relations: dependsOn.map(targetRef => ({ type: 'dependsOn', targetRef })),
});

const access: KafkaClientAccessByComponent = {
  'component:default/orders-service': {
    users: ['orders-service'],
    topics: [
      { name: 'orders', patternType: 'literal', operations: ['Read', 'Write'] },
      { name: 'audit-', patternType: 'prefix', operations: ['Describe'] },
    ],
    groups: [
      { name: 'orders-service', patternType: 'literal', operations: ['Read'] },
    ],
  },
};

const cluster: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'lab.kafka.orders',
    namespace: 'default',
    title: 'orders',
    annotations: { [KAFKA_CLIENT_ACCESS_ANNOTATION]: JSON.stringify(access) },
  },
  spec: { type: 'kafka-cluster', owner: 'group:default/platform-team' },
};

const topic: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'lab.kafka.orders.orders',
    namespace: 'default',
    title: 'orders',
  },
  spec: { type: 'kafka-topic', owner: 'group:default/platform-team' },
  relations: [{ type: 'partOf', targetRef: CLUSTER }],
};

const database: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'orders-db', namespace: 'default' },
  spec: { type: 'database', owner: 'group:default/orders-team' },
};

function renderCard(entity: Entity, entities: Entity[]) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <KafkaAccessCard />
    </EntityProvider>,
    {
      apis: [[catalogApiRef, catalogApiMock({ entities })]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('KafkaAccessCard', () => {
  it("shows the component's clusters, topics, access and consumer groups", async () => {
    await renderCard(
      component([CLUSTER, TOPIC, 'resource:default/orders-db']),
      [cluster, topic, database],
    );

    const rows = await screen.findAllByRole('row');
    // The header and one cluster: the database is no Kafka.
    expect(rows).toHaveLength(2);
    const cells = within(rows[1]).getAllByRole('cell');
    expect(within(cells[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/resource/lab.kafka.orders',
    );
    expect(cells[0]).toHaveTextContent('as KafkaUser orders-service');
    expect(within(cells[1]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/resource/lab.kafka.orders.orders',
    );
    expect(cells[2]).toHaveTextContent('orders: Read, Write');
    expect(cells[2]).toHaveTextContent('audit-*: Describe');
    expect(cells[3]).toHaveTextContent('orders-service: Read');
    expect(screen.queryByText(/orders-db/)).not.toBeInTheDocument();
  });

  it("groups a topic under its cluster when the cluster is another's entity", async () => {
    // The topic's Kafka has a catalog-info.yaml: no access annotation there.
    await renderCard(component([TOPIC]), [topic]);

    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(2);
    const cells = within(rows[1]).getAllByRole('cell');
    expect(within(cells[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/resource/lab.kafka.orders',
    );
    expect(cells[2]).toHaveTextContent('not known');
  });

  it('says so when none of the resources is a Kafka', async () => {
    await renderCard(component(['resource:default/orders-db']), [database]);

    expect(
      await screen.findByText(/uses no Kafka cluster the catalog knows of/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('isKafkaClientAvailable', () => {
  it('is true only for Components that depend on a Resource', () => {
    expect(isKafkaClientAvailable(component([CLUSTER]))).toBe(true);
    expect(isKafkaClientAvailable(component([]))).toBe(false);
    expect(isKafkaClientAvailable(component(['component:default/other']))).toBe(
      false,
    );
    expect(isKafkaClientAvailable({ ...cluster, relations: [] })).toBe(false);
  });
});
