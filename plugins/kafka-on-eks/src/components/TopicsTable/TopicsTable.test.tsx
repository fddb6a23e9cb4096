import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { manyTopics } from '../../__fixtures__';
import { TopicsTable } from './TopicsTable';

// Rows that show a topic (material-table also renders header and pager rows).
const topicRows = () =>
  screen.getAllByText(/\.events-\d{5}$/).map(name => name.closest('tr')!);

// Small data on purpose: jsdom is no place to time large renders. The
// 10,000-topic timings live in bench/topics-table, in a real browser.
describe('TopicsTable', () => {
  it('puts only one page of the topics in the DOM', async () => {
    renderInTestApp(<TopicsTable topics={manyTopics(45)} />);

    expect(await screen.findByText('Topics (45)')).toBeInTheDocument();
    expect(topicRows()).toHaveLength(20);
    expect(screen.getByText('orders.events-00000')).toBeInTheDocument();
    expect(screen.getByText('customers.events-00019')).toBeInTheDocument();
    expect(screen.queryByText('orders.events-00020')).not.toBeInTheDocument();
    expect(screen.getAllByText('1-20 of 45').length).toBeGreaterThan(0);
  });

  it('narrows the rows as the user types in the search box', async () => {
    renderInTestApp(<TopicsTable topics={manyTopics(50)} />);
    expect(await screen.findByText('orders.events-00000')).toBeInTheDocument();

    await userEvent.type(
      screen.getByPlaceholderText('Filter'),
      'shipping.events-0004',
    );

    // shipping is every fifth topic from the third: 00042 and 00047 match.
    await waitFor(() => expect(topicRows()).toHaveLength(2));
    expect(screen.queryByText('orders.events-00000')).not.toBeInTheDocument();
    expect(screen.getByText('shipping.events-00042')).toBeInTheDocument();
    expect(screen.getByText('shipping.events-00047')).toBeInTheDocument();
  });

  it('shows retention for people and sorts unlimited above days', async () => {
    const topics = manyTopics(4);
    renderInTestApp(<TopicsTable topics={topics} />);

    const row = (await screen.findByText('orders.events-00000')).closest('tr')!;
    expect(within(row).getByText('1 d')).toBeInTheDocument();
    expect(screen.getByText('unlimited')).toBeInTheDocument();

    await userEvent.click(screen.getByText('Retention'));
    await userEvent.click(screen.getByText('Retention'));
    expect(within(topicRows()[0]).getByText('unlimited')).toBeInTheDocument();
  });
});
