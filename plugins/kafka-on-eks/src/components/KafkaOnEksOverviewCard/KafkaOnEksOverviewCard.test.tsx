import { screen } from '@testing-library/react';
import { ordersClusterView } from '../../__fixtures__';
import {
  answeringApi,
  renderForEntity,
  responseError,
} from '../../__testUtils__/renderForEntity';
import { KafkaOnEksOverviewCard } from './KafkaOnEksOverviewCard';

describe('KafkaOnEksOverviewCard', () => {
  it('sums the cluster up and links to the Kafka tab', async () => {
    renderForEntity(<KafkaOnEksOverviewCard />, {
      api: answeringApi(ordersClusterView),
    });

    expect(await screen.findByText('Ready')).toBeInTheDocument();
    expect(
      screen.getByText('Kafka 4.3.1 · metadata 4.3-IV0 · operator 1.2.0'),
    ).toBeInTheDocument();
    expect(screen.getByText('3 brokers, 3 controllers')).toBeInTheDocument();
    expect(screen.getByText('6')).toBeInTheDocument();
    // Capacity now: 1,700 GiB gp3 + 3,400 GiB st1 on brokers, 60 GiB on controllers.
    expect(screen.getByText('9 (5 TiB)')).toBeInTheDocument();
    expect(screen.getByText('3 health warnings')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Open the Kafka tab/ }),
    ).toHaveAttribute('href', '/catalog/default/resource/orders-kafka/kafka');
  });

  it('names the permission when reading is denied', async () => {
    const denied = await responseError(403, 'NotAllowedError', 'denied');
    renderForEntity(<KafkaOnEksOverviewCard />, { api: answeringApi(denied) });

    expect(
      await screen.findByText(
        'You may not read this Kafka cluster (permission kafka-on-eks.cluster.read).',
      ),
    ).toBeInTheDocument();
  });
});
