import { screen, within } from '@testing-library/react';
import type { KafkaClusterView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { ordersClusterView } from '../../__fixtures__';
import {
  answeringApi,
  kafkaEntity,
  renderForEntity,
  responseError,
} from '../../__testUtils__/renderForEntity';
import { KafkaOnEksContent } from './KafkaOnEksContent';

const rowOf = (text: string) => screen.getByText(text).closest('tr')!;

function withChanges(change: (view: KafkaClusterView) => void) {
  const view: KafkaClusterView = JSON.parse(JSON.stringify(ordersClusterView));
  change(view);
  return view;
}

describe('KafkaOnEksContent', () => {
  it('shows the overview: status, versions, quorum, brokers and bootstrap servers', async () => {
    renderForEntity(<KafkaOnEksContent />, {
      api: answeringApi(ordersClusterView),
    });

    // The card's title, not the section link of the same name.
    expect(
      await screen.findByText('Overview', { selector: ':not(a)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('4.3.1')).toBeInTheDocument();
    expect(screen.getByText('4.3-IV0')).toBeInTheDocument();
    expect(screen.getByText('1.2.0')).toBeInTheDocument();
    expect(screen.getByText('kafka.strimzi.io/v1')).toBeInTheDocument();
    expect(screen.getByText('node ids 0, 1, 2')).toBeInTheDocument();
    expect(screen.getByText('node ids 3, 4, 5')).toBeInTheDocument();
    expect(
      screen.getByText('orders-kafka-bootstrap.kafka.svc:9093'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Copy the external bootstrap servers',
      }),
    ).toBeInTheDocument();
  });

  it('shows why the Kafka is NotReady', async () => {
    const view = withChanges(v => {
      if (!v.kafka.found) return;
      v.kafka.ready = 'NotReady';
      v.kafka.reason = 'InvalidResourceException';
      v.kafka.message = 'Node pool brokers has no storage configured';
    });
    renderForEntity(<KafkaOnEksContent />, { api: answeringApi(view) });

    expect(
      await screen.findByText('NotReady (InvalidResourceException)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Node pool brokers has no storage configured'),
    ).toBeInTheDocument();
    // The same reason leads the health warnings.
    expect(screen.getByText('Kafka orders is NotReady')).toBeInTheDocument();
  });

  it('lists node pools, topics and volumes', async () => {
    renderForEntity(<KafkaOnEksContent />, {
      api: answeringApi(ordersClusterView),
    });

    expect(await screen.findByText('Node pools')).toBeInTheDocument();
    const pool = rowOf('brokers');
    expect(within(pool).getByText('2/3 ready')).toBeInTheDocument();
    expect(
      within(pool).getByText(/#1 · persistent-claim · st1 · 1200Gi/),
    ).toBeInTheDocument();
    expect(
      within(pool).getByText('orders-brokers-5: eu-west-1c · not ready'),
    ).toBeInTheDocument();
    // The nodes its affinity admits, Ready of all, per zone.
    expect(within(pool).getByText('3/4 Ready')).toBeInTheDocument();
    expect(within(pool).getByText('eu-west-1c: 1/2 Ready')).toBeInTheDocument();
    expect(within(pool).getByText('eu-west-1a: 1/1 Ready')).toBeInTheDocument();
    // A pool without a node count says nothing about nodes.
    expect(
      within(rowOf('controllers')).queryByText(/\/\d+ Ready$/),
    ).not.toBeInTheDocument();

    const topic = rowOf('orders.created');
    expect(within(topic).getByText('12')).toBeInTheDocument();
    expect(within(topic).getByText('7 d')).toBeInTheDocument();
    expect(within(topic).getByText('Ready')).toBeInTheDocument();
    expect(
      within(rowOf('clickstream')).getByText('seven days (invalid)'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('payments')).getByText('→ 3 (ongoing)'),
    ).toBeInTheDocument();

    const volume = rowOf('data-1-orders-brokers-4');
    expect(within(volume).getByText('eu-west-1b')).toBeInTheDocument();
    expect(within(volume).getByText('resize pending')).toBeInTheDocument();
    expect(within(volume).getByText('1200Gi requested')).toBeInTheDocument();
    expect(within(volume).getByText('1000Gi now')).toBeInTheDocument();
    expect(within(volume).getByText('up to 500 MiB/s')).toBeInTheDocument();
    expect(
      within(volume).getByRole('link', { name: /vol-0b0ffee0000000b04/ }),
    ).toHaveAttribute(
      'href',
      'https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#VolumeDetails:volumeId=vol-0b0ffee0000000b04',
    );
  });

  it('links each volume to the console of its own region', async () => {
    const view = withChanges(v => {
      v.volumes[0].zone = 'us-east-2b';
      delete v.volumes[0].region;
    });
    renderForEntity(<KafkaOnEksContent />, { api: answeringApi(view) });

    expect(await screen.findByText('EBS volumes')).toBeInTheDocument();
    const volume = rowOf('data-0-orders-brokers-3');
    expect(within(volume).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(
        /^https:\/\/us-east-2\.console\.aws\.amazon\.com\/ec2\/home\?region=us-east-2#/,
      ),
    );
  });

  it('shows health warnings at the top', async () => {
    renderForEntity(<KafkaOnEksContent />, {
      api: answeringApi(ordersClusterView),
    });

    expect(
      await screen.findByText('Warning: 3 health warnings'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Node pool brokers: 2/3 pods ready'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('orders-brokers-5 not ready (Running, 4 restarts).'),
    ).toBeInTheDocument();
    expect(screen.getByText('1 topic NotReady')).toBeInTheDocument();
  });

  it('names the missing annotations instead of asking the backend', async () => {
    const api = answeringApi(ordersClusterView);
    renderForEntity(<KafkaOnEksContent />, {
      api,
      entity: kafkaEntity({ 'backstage.io/kubernetes-cluster': 'prod-eu' }),
    });

    expect(await screen.findByText('Missing Annotation')).toBeInTheDocument();
    expect(screen.getAllByText(/kafka-on-eks\/kafka/).length).toBeGreaterThan(
      0,
    );
    expect(api.getClusterView).not.toHaveBeenCalled();
  });

  it('says the user may not read the cluster, naming the permission', async () => {
    const denied = await responseError(
      403,
      'NotAllowedError',
      'Not allowed to read the Kafka cluster of resource:default/orders-kafka',
    );
    renderForEntity(<KafkaOnEksContent />, { api: answeringApi(denied) });

    expect(
      await screen.findByText('You may not read this Kafka cluster'),
    ).toBeInTheDocument();
    expect(screen.getByText('kafka-on-eks.cluster.read')).toBeInTheDocument();
  });

  it('shows the backend’s message for an unconfigured cluster', async () => {
    const notFound = await responseError(
      404,
      'NotFoundError',
      "Kubernetes cluster 'prod-eu' is not configured in kubernetes.clusterLocatorMethods; configured: demo-eks",
    );
    renderForEntity(<KafkaOnEksContent />, { api: answeringApi(notFound) });

    expect(
      await screen.findByText(/Kubernetes cluster 'prod-eu' is not configured/),
    ).toBeInTheDocument();
  });

  it('warns that the cluster is unreachable and still shows the last data', async () => {
    const view = withChanges(v => {
      v.observedAt = '2026-11-21T11:57:00.000Z';
      v.errors = [
        {
          scope: 'cluster',
          type: 'unreachable',
          message: 'connect ETIMEDOUT 10.0.0.1:443',
          since: '2026-11-21T11:57:30.000Z',
        },
      ];
    });
    renderForEntity(<KafkaOnEksContent />, { api: answeringApi(view) });

    expect(
      await screen.findByText(
        'Error: Cluster prod-eu is unreachable — showing the last data read',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/connect ETIMEDOUT 10.0.0.1:443/),
    ).toBeInTheDocument();
    expect(screen.getByText('updated 3 min ago')).toBeInTheDocument();
    expect(screen.getByText('orders.created')).toBeInTheDocument();
    expect(screen.getByText('data-0-orders-brokers-3')).toBeInTheDocument();
  });

  it('follows the cluster: a poll picks up a changed view', async () => {
    const changed = withChanges(v => {
      v.topics.push({
        ...v.topics[3],
        name: 'orders.shipped',
        resourceName: 'orders-shipped',
      });
    });
    const api = answeringApi(ordersClusterView, changed);
    renderForEntity(<KafkaOnEksContent pollIntervalMs={20} />, { api });

    expect(await screen.findByText('orders.created')).toBeInTheDocument();
    expect(await screen.findByText('orders.shipped')).toBeInTheDocument();
    expect(screen.getByText('Topics (7)')).toBeInTheDocument();
    expect(api.getClusterView).toHaveBeenCalledWith(
      'resource:default/orders-kafka',
      expect.anything(),
    );
  });

  it('keeps the last data when a refresh fails', async () => {
    const api = answeringApi(ordersClusterView, new Error('Failed to fetch'));
    renderForEntity(<KafkaOnEksContent pollIntervalMs={20} />, { api });

    expect(
      await screen.findByText(
        'Warning: Could not refresh — showing the last data received',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('orders.created')).toBeInTheDocument();
  });
});
