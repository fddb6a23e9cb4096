import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  permissionApiRef,
  type PermissionApi,
} from '@backstage/plugin-permission-react';
import type { KafkaRebalanceView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ordersClusterView } from '../../__fixtures__';
import {
  answeringApi,
  kafkaEntity,
  renderForEntity,
  responseError,
} from '../../__testUtils__/renderForEntity';
import { RebalancesCard } from './RebalancesCard';

// The orders fixture's rebalance, as the backend projects it.
const ready = ordersClusterView.rebalances[0];
const running: KafkaRebalanceView = {
  name: 'orders-full',
  mode: 'full',
  brokers: [],
  state: 'Rebalancing',
  progressConfigMap: 'orders-full',
  allowedActions: ['stop'],
};

function render(options: {
  update: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  api?: ReturnType<typeof answeringApi>;
  /**
   * usePermission caches decisions per resource across renders (SWR): a
   * test that must see the API asked uses an entity of its own.
   */
  entityName?: string;
}) {
  const api = options.api ?? answeringApi(ordersClusterView);
  const authorize = jest.fn(async () => ({ result: options.update }));
  const permission: PermissionApi = { authorize };
  renderForEntity(
    <RebalancesCard
      rebalances={[ready, running]}
      autoRebalance={{
        state: 'RebalanceOnScaleUp',
        modes: [{ mode: 'add-brokers', brokers: [6] }],
      }}
    />,
    {
      api,
      apis: [[permissionApiRef, permission]],
      entity: {
        ...kafkaEntity(),
        metadata: {
          ...kafkaEntity().metadata,
          name: options.entityName ?? 'orders-kafka',
        },
      },
    },
  );
  return { api, authorize };
}

// Only a guard against a hung render: nothing here waits on time.
const GUARD = { timeout: 15_000 };

const section = (name: string) => screen.getByRole('region', { name });

describe('RebalancesCard', () => {
  it('shows state, proposal summary, progress and auto-rebalance', async () => {
    render({ update: AuthorizeResult.DENY, entityName: 'read-only-kafka' });

    const proposal = within(
      await screen.findByRole('region', { name: 'orders-add-broker-5' }),
    );
    expect(proposal.getByText('ProposalReady')).toBeInTheDocument();
    // 48213 MB of 2^20 bytes.
    expect(proposal.getByText('47.1 GiB')).toBeInTheDocument();
    expect(proposal.getByText('212')).toBeInTheDocument();
    expect(proposal.getByText('37')).toBeInTheDocument();
    expect(proposal.getByText('68.4 → 91.2')).toBeInTheDocument();

    const progress = within(section('orders-full'));
    expect(progress.getByText('Rebalancing')).toBeInTheDocument();
    expect(
      progress.getByText('Progress in ConfigMap orders-full'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Auto-rebalance: RebalanceOnScaleUp (add-brokers: brokers 6)',
      ),
    ).toBeInTheDocument();
  });

  it('shows no action buttons without kafka-on-eks.rebalance.update', async () => {
    const { authorize } = render({
      update: AuthorizeResult.DENY,
      entityName: 'denied-kafka',
    });
    await waitFor(
      () =>
        expect(authorize).toHaveBeenCalledWith(
          expect.objectContaining({
            permission: expect.objectContaining({
              name: 'kafka-on-eks.rebalance.update',
            }),
            resourceRef: 'resource:default/denied-kafka',
          }),
        ),
      GUARD,
    );
    // Let the denial land before looking.
    await act(async () => {});
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it("offers the state's actions and sends the one clicked", async () => {
    const api = answeringApi(ordersClusterView);
    api.requestRebalanceAction.mockResolvedValue({
      ...ready,
      requestedAction: 'approve',
    });
    render({ update: AuthorizeResult.ALLOW, api });

    const approve = await screen.findByRole(
      'button',
      { name: 'Approve orders-add-broker-5' },
      GUARD,
    );
    expect(
      screen.getByRole('button', { name: 'Refresh orders-add-broker-5' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Stop orders-full' }),
    ).toBeInTheDocument();
    // Approve is offered only where Strimzi accepts it.
    expect(
      screen.queryByRole('button', { name: 'Approve orders-full' }),
    ).not.toBeInTheDocument();

    await userEvent.click(approve);
    expect(api.requestRebalanceAction).toHaveBeenCalledWith(
      'resource:default/orders-kafka',
      'orders-add-broker-5',
      'approve',
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Approve requested',
    );
  });

  it("shows the backend's message when the action is refused", async () => {
    const api = answeringApi(ordersClusterView);
    api.requestRebalanceAction.mockRejectedValue(
      await responseError(
        403,
        'NotAllowedError',
        'Not allowed to stop rebalances of resource:default/orders-kafka (permission kafka-on-eks.rebalance.update)',
      ),
    );
    render({ update: AuthorizeResult.ALLOW, api });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Stop orders-full' }, GUARD),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not allowed to stop rebalances of resource:default/orders-kafka (permission kafka-on-eks.rebalance.update)',
    );
  });
});
