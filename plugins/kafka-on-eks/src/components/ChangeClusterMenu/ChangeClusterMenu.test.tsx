import { CLUSTER_CHANGE_KINDS } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ordersClusterView } from '../../__fixtures__';
import {
  answeringApi,
  renderForEntity,
} from '../../__testUtils__/renderForEntity';
import { KafkaOnEksContent } from '../KafkaOnEksContent';
import { ChangeClusterMenu } from './ChangeClusterMenu';
import { clusterChangeLink } from './clusterChangeLink';

const GUARD = { timeout: 15_000 };

/** A menu link's path and its decoded formData. */
function target(link: HTMLElement) {
  const url = new URL(link.getAttribute('href')!, 'http://portal.test');
  return {
    path: url.pathname,
    formData: JSON.parse(url.searchParams.get('formData')!),
  };
}

describe('ChangeClusterMenu', () => {
  it('lists every change kind, each opening the change template with this cluster', async () => {
    renderForEntity(<ChangeClusterMenu />, {
      api: answeringApi(ordersClusterView),
      changeTemplate: true,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Change this cluster' }, GUARD),
    );
    const menu = screen.getByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map(i => i.textContent)).toEqual(
      CLUSTER_CHANGE_KINDS.map(k => `${k.title}${k.description}`),
    );
    expect(items.map(target)).toEqual(
      CLUSTER_CHANGE_KINDS.map(({ kind }) => ({
        path: '/create/templates/default/kafka-on-eks-change',
        formData: { cluster: 'resource:default/orders-kafka', change: kind },
      })),
    );
  });

  it('is not shown while the change template route is unbound', async () => {
    renderForEntity(<KafkaOnEksContent />, {
      api: answeringApi(ordersClusterView),
    });
    expect(
      await screen.findByText('Overview', { selector: ':not(a)' }, GUARD),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Change this cluster' }),
    ).toBeNull();
    expect(screen.queryByRole('link', { name: /^Edit / })).toBeNull();
  });

  it('sits on the Kafka tab when bound, with an Edit link on each managed topic', async () => {
    renderForEntity(<KafkaOnEksContent />, {
      api: answeringApi(ordersClusterView),
      changeTemplate: true,
    });
    expect(
      await screen.findByRole('button', { name: 'Change this cluster' }, GUARD),
    ).toBeInTheDocument();
    expect(
      target(screen.getByRole('link', { name: 'Edit orders.created' })),
    ).toEqual({
      path: '/create/templates/default/kafka-on-eks-change',
      formData: {
        cluster: 'resource:default/orders-kafka',
        change: 'edit-topic',
        prefill: { topic: 'orders.created' },
      },
    });
    const unmanaged = ordersClusterView.topics.filter(
      t => t.status === 'Unmanaged',
    );
    expect(unmanaged.length).toBeGreaterThan(0);
    for (const topic of unmanaged) {
      expect(
        screen.queryByRole('link', { name: `Edit ${topic.name}` }),
      ).toBeNull();
    }
  });
});

describe('clusterChangeLink', () => {
  it('carries a prefill, encoded as the scaffolder reads it', () => {
    const link = clusterChangeLink(
      '/create/templates/default/kafka-on-eks-change',
      'resource:default/orders-kafka',
      'edit-topic',
      { topic: 'orders & more' },
    );
    const url = new URL(link, 'http://portal.test');
    expect(JSON.parse(url.searchParams.get('formData')!)).toEqual({
      cluster: 'resource:default/orders-kafka',
      change: 'edit-topic',
      prefill: { topic: 'orders & more' },
    });
  });
});
