import { screen, within } from '@testing-library/react';
import {
  ordersClusterMetrics,
  ordersClusterView,
  prometheusUnavailableMetrics,
} from '../../__fixtures__';
import {
  answeringApi,
  renderForEntity,
  responseError,
} from '../../__testUtils__/renderForEntity';
import { KafkaOnEksContent } from './KafkaOnEksContent';

// Generous, as a guard only: nothing here depends on speed.
const GUARD = { timeout: 15_000 };

function apiWithMetrics(metrics = ordersClusterMetrics) {
  const api = answeringApi(ordersClusterView);
  api.getClusterMetrics.mockResolvedValue({
    notModified: false,
    metrics,
    etag: `"${metrics.revision}"`,
  });
  return api;
}

/** The row of `text` inside the section with anchor `id`. */
function rowIn(id: string, text: string) {
  const section = document.getElementById(id)!;
  return within(section).getByText(text).closest('tr')!;
}

describe('KafkaOnEksContent with metrics', () => {
  it('shows consumer group lag, time lag and the last hour', async () => {
    renderForEntity(<KafkaOnEksContent />, { api: apiWithMetrics() });

    expect(
      await screen.findByText('Consumer groups (3)', {}, GUARD),
    ).toBeInTheDocument();
    const behind = rowIn('consumer-groups', 'orders-service');
    expect(within(behind).getByText('orders.created')).toBeInTheDocument();
    expect(within(behind).getByText('15,000')).toBeInTheDocument();
    expect(within(behind).getByText('2 min 30 s')).toBeInTheDocument();
    expect(within(behind).getByText('100 msg/s produced')).toBeInTheDocument();
    expect(
      within(behind).getByRole('img', {
        name: 'Lag over the last hour: 900 to 15,000 messages',
      }),
    ).toBeInTheDocument();
    // Behind on a topic nothing is written to: no estimate.
    const stalled = rowIn('consumer-groups', 'audit-archiver');
    expect(within(stalled).getByText('4,200')).toBeInTheDocument();
    expect(within(stalled).getByText('—')).toBeInTheDocument();
    expect(
      within(rowIn('consumer-groups', 'billing')).getByText('0 s'),
    ).toBeInTheDocument();
  });

  it('adds the largest consumer lag of each topic to the topics table', async () => {
    renderForEntity(<KafkaOnEksContent />, { api: apiWithMetrics() });

    await screen.findByText('Consumer groups (3)', {}, GUARD);
    const topics = document.getElementById('topics')!;
    expect(within(topics).getByText('Consumer lag')).toBeInTheDocument();
    expect(
      within(rowIn('topics', 'orders.created')).getByText('15,000'),
    ).toBeInTheDocument();
    expect(
      within(rowIn('topics', 'legacy-audit')).getByText('4,200'),
    ).toBeInTheDocument();
    // A topic no group reads has no lag, rather than 0.
    expect(
      within(rowIn('topics', 'customer-profiles')).getByText('—'),
    ).toBeInTheDocument();
  });

  it('shows volume fill, growth and days to full, and broker throughput', async () => {
    renderForEntity(<KafkaOnEksContent />, { api: apiWithMetrics() });

    await screen.findByText('Broker throughput', {}, GUARD);
    const full = rowIn('storage', 'data-0-orders-brokers-3');
    expect(
      within(full).getByText('brokers / node 3 · JBOD #0'),
    ).toBeInTheDocument();
    expect(within(full).getByText('558 GiB · 93 %')).toBeInTheDocument();
    expect(
      within(full).getByText('+12 GiB/day · full in 3.5 days'),
    ).toBeInTheDocument();
    expect(
      within(full).getByRole('progressbar', {
        name: 'data-0-orders-brokers-3 used',
      }),
    ).toHaveAttribute('aria-valuenow', '93');
    const steady = rowIn('storage', 'data-0-orders-brokers-4');
    expect(
      within(steady).getByText('+6 GiB/day · full in 50 days'),
    ).toBeInTheDocument();
    expect(
      within(rowIn('storage', 'data-0-orders-brokers-5')).getByText(
        'growth unknown',
      ),
    ).toBeInTheDocument();

    const broker = screen.getByText('orders-brokers-4', { selector: 'td' });
    const brokerRow = broker.closest('tr')!;
    expect(within(brokerRow).getByText('4 MiB/s')).toBeInTheDocument();
    expect(within(brokerRow).getByText('8 MiB/s')).toBeInTheDocument();
  });

  it('warns of a filling volume with a link to grow it to 30 days of growth', async () => {
    renderForEntity(<KafkaOnEksContent />, {
      api: apiWithMetrics(),
      changeTemplate: true,
    });

    expect(
      await screen.findByText('Warning: 5 health warnings', {}, GUARD),
    ).toBeInTheDocument();
    expect(
      screen.getByText('data-0-orders-brokers-3 is 93.0 % full'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'data-0-orders-brokers-3 is full in 3.5 days at its growth of the last 24 h',
      ),
    ).toBeInTheDocument();
    const links = screen.getAllByRole('link', {
      name: 'Grow storage to 918 GiB',
    });
    expect(links).toHaveLength(2);
    const url = new URL(links[0].getAttribute('href')!, 'http://portal.test');
    expect(url.pathname).toBe('/create/templates/default/kafka-on-eks-change');
    // 558 GiB used + 30 days × 12 GiB/day.
    expect(JSON.parse(url.searchParams.get('formData')!)).toEqual({
      cluster: 'resource:default/orders-kafka',
      change: 'grow-storage',
      prefill: { volumeSizeGi: 918 },
    });
  });

  it('has no grow link while the change template route is unbound', async () => {
    renderForEntity(<KafkaOnEksContent />, { api: apiWithMetrics() });

    expect(
      await screen.findByText('Warning: 5 health warnings', {}, GUARD),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Grow storage/ })).toBeNull();
  });

  it('shows an unavailable Prometheus as a warning line, and the rest of the tab', async () => {
    renderForEntity(<KafkaOnEksContent />, {
      api: apiWithMetrics(prometheusUnavailableMetrics),
    });

    expect(
      await screen.findByText('Prometheus unavailable', {}, GUARD),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Prometheus http:\/\/prometheus.monitoring.svc:9090 answered 503/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Topics (6)')).toBeInTheDocument();
    expect(
      within(rowIn('topics', 'orders.created')).getByText('Ready'),
    ).toBeInTheDocument();
    expect(screen.getByText('EBS volumes')).toBeInTheDocument();
    expect(
      screen.getByText('No consumer group lag reported by Kafka Exporter.'),
    ).toBeInTheDocument();
  });

  it('keeps the tab working when the metrics route itself fails', async () => {
    const api = answeringApi(ordersClusterView);
    api.getClusterMetrics.mockRejectedValue(
      await responseError(503, 'ServiceUnavailableError', 'metrics are down'),
    );
    renderForEntity(<KafkaOnEksContent />, { api });

    expect(
      await screen.findByText('Metrics could not be loaded', {}, GUARD),
    ).toBeInTheDocument();
    expect(screen.getByText('Consumer groups: no metrics')).toBeInTheDocument();
    expect(screen.getByText('Topics (6)')).toBeInTheDocument();
  });

  it('never breaks a topic name mid-word, and links its sections', async () => {
    renderForEntity(<KafkaOnEksContent />, { api: apiWithMetrics() });

    await screen.findByText('Consumer groups (3)', {}, GUARD);
    const name = within(document.getElementById('topics')!).getByText(
      'orders.created',
    );
    expect(name).toHaveAttribute('title', 'orders.created');
    expect(name).toHaveStyle({
      whiteSpace: 'nowrap',
      wordBreak: 'keep-all',
      overflowWrap: 'normal',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
    });
    // The ellipsis needs a bounded box inside the cell.
    expect(name.style.maxWidth).toMatch(/^\d+px$/);
    expect(name.closest('td')).not.toBeNull();

    const nav = screen.getByRole('navigation', {
      name: 'Sections of the Kafka tab',
    });
    const anchors = within(nav)
      .getAllByRole('link')
      .map(link => link.getAttribute('href'));
    expect(anchors).toEqual([
      '#overview',
      '#topics',
      '#consumer-groups',
      '#storage',
      '#rebalances',
      '#gitops',
    ]);
    for (const anchor of anchors) {
      expect(document.getElementById(anchor!.slice(1))).not.toBeNull();
    }
  });
});
