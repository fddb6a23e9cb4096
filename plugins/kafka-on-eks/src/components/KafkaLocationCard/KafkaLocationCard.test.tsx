import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { KafkaLocationCard } from './KafkaLocationCard';

function kafkaEntity(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'orders-kafka', annotations },
    spec: { type: 'kafka-cluster', owner: 'group:default/team-a' },
  };
}

describe('KafkaLocationCard', () => {
  it('shows the cluster, namespace and Kafka the entity points at', async () => {
    await renderInTestApp(
      <EntityProvider
        entity={kafkaEntity({
          'backstage.io/kubernetes-cluster': 'eks-eu-west-1',
          'backstage.io/kubernetes-namespace': 'kafka',
          'kafka-on-eks/kafka': 'orders',
        })}
      >
        <KafkaLocationCard />
      </EntityProvider>,
    );

    expect(screen.getByText('eks-eu-west-1')).toBeInTheDocument();
    expect(screen.getByText('kafka')).toBeInTheDocument();
    expect(screen.getByText('orders')).toBeInTheDocument();
  });

  it('names the missing annotation instead of rendering an empty card', async () => {
    await renderInTestApp(
      <EntityProvider
        entity={kafkaEntity({
          'backstage.io/kubernetes-cluster': 'eks-eu-west-1',
          'backstage.io/kubernetes-namespace': 'kafka',
        })}
      >
        <KafkaLocationCard />
      </EntityProvider>,
    );

    expect(screen.getByText('Missing Annotation')).toBeInTheDocument();
    expect(screen.getAllByText(/kafka-on-eks\/kafka/).length).toBeGreaterThan(
      0,
    );
    expect(screen.queryByText('eks-eu-west-1')).not.toBeInTheDocument();
  });
});
