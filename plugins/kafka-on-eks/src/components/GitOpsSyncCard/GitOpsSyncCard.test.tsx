import type { KafkaGitOpsView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { screen, within } from '@testing-library/react';
import { ordersClusterView } from '../../__fixtures__';
import {
  answeringApi,
  renderForEntity,
} from '../../__testUtils__/renderForEntity';
import { GitOpsSyncCard } from './GitOpsSyncCard';

const render = (gitops?: KafkaGitOpsView) =>
  renderForEntity(<GitOpsSyncCard gitops={gitops} />, {
    api: answeringApi(ordersClusterView),
  });

describe('GitOpsSyncCard', () => {
  it('shows sync, health, revision, last sync and why an application needs attention', async () => {
    const finishedAt = new Date(Date.now() - 3 * 60_000).toISOString();
    await render({
      installed: true,
      applications: [
        {
          name: 'orders-kafka',
          namespace: 'argocd',
          syncStatus: 'Synced',
          healthStatus: 'Healthy',
          revision: '9f2c1e7a4b5c6d7e8f90',
          lastSyncedAt: finishedAt,
          lastSyncPhase: 'Succeeded',
        },
        {
          name: 'orders-strimzi',
          namespace: 'argocd',
          syncStatus: 'OutOfSync',
          healthStatus: 'Degraded',
          message: 'Deployment has 0/1 ready',
        },
      ],
    });

    const synced = within(screen.getByRole('region', { name: 'orders-kafka' }));
    expect(synced.getByText('Sync: Synced')).toBeInTheDocument();
    expect(synced.getByText('Health: Healthy')).toBeInTheDocument();
    expect(synced.getByText(/revision 9f2c1e7a4b5c/)).toBeInTheDocument();
    expect(
      synced.getByText(/last sync .* ago \(Succeeded\)/),
    ).toBeInTheDocument();

    const degraded = within(
      screen.getByRole('region', { name: 'orders-strimzi' }),
    );
    expect(degraded.getByText('Sync: OutOfSync')).toBeInTheDocument();
    expect(degraded.getByText('Health: Degraded')).toBeInTheDocument();
    expect(degraded.getByText('Deployment has 0/1 ready')).toBeInTheDocument();
    expect(degraded.getByText('never synced')).toBeInTheDocument();
  });

  it('says quietly that Argo CD is not installed', async () => {
    await render(ordersClusterView.gitops);
    expect(
      screen.getByText('Argo CD is not installed in this cluster'),
    ).toBeInTheDocument();
  });

  it('says when no application is labelled for this Kafka', async () => {
    await render({ installed: true, applications: [] });
    expect(
      screen.getByText('No Argo CD Application is labelled for this Kafka'),
    ).toBeInTheDocument();
  });
});
