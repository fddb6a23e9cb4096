import { screen, within } from '@testing-library/react';
import { ordersClusterView } from '../../__fixtures__';
import {
  answeringApi,
  renderForEntity,
  responseError,
} from '../../__testUtils__/renderForEntity';
import { OpenChangesCard } from './OpenChangesCard';

const GUARD = { timeout: 15_000 };

describe('OpenChangesCard', () => {
  beforeEach(() =>
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-21T12:00:00Z')),
  );
  afterEach(() => jest.restoreAllMocks());

  it('lists each open change: title linking to its pull request, branch, author and age', async () => {
    const api = answeringApi(ordersClusterView);
    api.getClusterChanges.mockResolvedValue({
      supported: true,
      changes: [
        {
          title: 'Add topic orders.shipped',
          branch: 'kafka-on-eks/add-topic-orders-shipped',
          url: 'https://github.com/acme/orders-kafka/pull/7',
          author: 'jane',
          createdAt: '2026-11-20T10:00:00Z',
        },
        {
          title: 'Grow broker volumes to 1500 GiB',
          branch: 'kafka-on-eks/grow-storage-1500gi',
        },
      ],
    });
    renderForEntity(<OpenChangesCard />, { api });

    const list = await screen.findByRole(
      'list',
      { name: 'Open changes' },
      GUARD,
    );
    const [first, second] = within(list).getAllByRole('listitem');
    expect(
      within(first).getByRole('link', { name: /^Add topic orders.shipped/ }),
    ).toHaveAttribute('href', 'https://github.com/acme/orders-kafka/pull/7');
    expect(first).toHaveTextContent(
      'kafka-on-eks/add-topic-orders-shipped · by jane · opened 1 d ago',
    );
    // A local branch: no pull request page, no author, no date.
    expect(within(second).queryByRole('link')).toBeNull();
    expect(second).toHaveTextContent('Grow broker volumes to 1500 GiB');
    expect(second).toHaveTextContent('kafka-on-eks/grow-storage-1500gi');
    expect(api.getClusterChanges).toHaveBeenCalledWith(
      'resource:default/orders-kafka',
      expect.anything(),
    );
  });

  it('says so when there are none', async () => {
    renderForEntity(<OpenChangesCard />, {
      api: answeringApi(ordersClusterView),
    });
    expect(
      await screen.findByText('No open changes', {}, GUARD),
    ).toBeInTheDocument();
  });

  it("shows the backend's message when the host cannot be listed", async () => {
    const api = answeringApi(ordersClusterView);
    api.getClusterChanges.mockResolvedValue({
      supported: false,
      message:
        'Open changes are listed for GitHub repositories; gitlab.com is not one',
      changes: [],
    });
    renderForEntity(<OpenChangesCard />, { api });
    expect(
      await screen.findByText(
        'Open changes are listed for GitHub repositories; gitlab.com is not one',
        {},
        GUARD,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('No open changes')).toBeNull();
  });

  it('shows why the changes could not be read', async () => {
    const api = answeringApi(ordersClusterView);
    api.getClusterChanges.mockRejectedValue(
      await responseError(
        403,
        'NotAllowedError',
        'Not allowed to read the Kafka cluster of resource:default/orders-kafka',
      ),
    );
    renderForEntity(<OpenChangesCard />, { api });
    expect(
      (
        await screen.findAllByText(
          /Not allowed to read the Kafka cluster/,
          {},
          GUARD,
        )
      ).length,
    ).toBeGreaterThan(0);
  });
});
