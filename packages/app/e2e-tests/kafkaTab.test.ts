import { expect, test, type Page } from '@playwright/test';
import { guestToken, screenshot, signInAsGuest } from './signIn';

// The Kafka tab of the demo entities, in the browser, against the live view
// the backend serves from the demo Kubernetes API. What the page shows is
// compared with what the API says.
async function apiView(page: Page, entity: string) {
  const token = await guestToken(page.request);
  let view: any;
  await expect(async () => {
    const response = await page.request.get(
      `/api/kafka-on-eks/v1/entities/resource/default/${entity}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    view = await response.json();
    expect(view.kafka?.found).toBe(true);
    expect(view.volumes.length).toBeGreaterThan(0);
  }).toPass({ timeout: 30_000 });
  return view;
}

async function openKafkaTab(page: Page, entity: string) {
  await signInAsGuest(page, `/catalog/default/resource/${entity}`);
  await page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'Kafka', exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${entity}/kafka$`));
}

test('the orders-kafka tab shows its topics, node pools and EBS volumes as the API does', async ({
  page,
}) => {
  const view = await apiView(page, 'orders-kafka');
  await openKafkaTab(page, 'orders-kafka');

  await expect(
    page.getByText(`Topics (${view.topics.length})`, { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('Node pools', { exact: true })).toBeVisible();
  for (const pool of view.nodePools) {
    await expect(
      page.getByRole('cell', { name: pool.name, exact: true }).first(),
    ).toBeVisible();
  }
  // Every EBS volume id the API reports links to the console of its region.
  for (const volume of view.volumes) {
    const link = page.getByRole('link', { name: volume.ebsVolumeId });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute(
      'href',
      new RegExp(`region=${volume.region}.*${volume.ebsVolumeId}`),
    );
  }
  const resizing = view.volumes.find((v: any) => v.resizePending);
  expect(resizing).toBeDefined();
  await expect(page.getByText(/resize pending/i).first()).toBeVisible();
  await screenshot(page, 'kafka-tab-orders');
});

test('searching the topics narrows the table', async ({ page }) => {
  const view = await apiView(page, 'orders-kafka');
  await openKafkaTab(page, 'orders-kafka');

  const [wanted, other] = view.topics.map((t: any) => t.name);
  await expect(
    page.getByRole('cell', { name: other, exact: true }),
  ).toBeVisible();
  await page.getByPlaceholder('Filter').fill(wanted);
  await expect(
    page.getByRole('cell', { name: wanted, exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('cell', { name: other, exact: true }),
  ).toBeHidden();
  await screenshot(page, 'kafka-tab-search');
});

test('the payments-kafka tab says why it is NotReady', async ({ page }) => {
  const view = await apiView(page, 'payments-kafka');
  expect(view.kafka.ready).toBe('NotReady');
  await openKafkaTab(page, 'payments-kafka');

  await expect(page.getByText(view.kafka.reason).first()).toBeVisible();
  await expect(page.getByText(view.kafka.message).first()).toBeVisible();
  await screenshot(page, 'kafka-tab-payments');
});

test('the overview card sums the cluster up and links to the Kafka tab', async ({
  page,
}) => {
  const view = await apiView(page, 'orders-kafka');
  await signInAsGuest(page, '/catalog/default/resource/orders-kafka');

  await expect(page.getByText('Kafka on EKS', { exact: true })).toBeVisible();
  // Its facts: the topics count and the volumes, as the API says.
  await expect(
    page.getByText(String(view.topics.length), { exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByText(new RegExp(`^${view.volumes.length} \\(`)).first(),
  ).toBeVisible();
  await screenshot(page, 'kafka-card');
  await page.getByRole('link', { name: 'Open the Kafka tab' }).click();
  await expect(page).toHaveURL(/\/orders-kafka\/kafka$/);
});

test('at 1,280 px the page and the topics table fit without a horizontal scroll, and topic names stay whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openKafkaTab(page, 'orders-kafka');
  await expect(page.getByText('EBS volumes', { exact: true })).toBeVisible();

  // Every table and the scrolling box around it (material-table wraps each
  // in an overflow-x: auto container): content no wider than the box.
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('table')].flatMap(table => {
      let box: HTMLElement | null = table.parentElement;
      while (box && getComputedStyle(box).overflowX === 'visible') {
        box = box.parentElement;
      }
      const title =
        table.closest('[class*="MuiPaper"]')?.querySelector('h2,h5,h6')
          ?.textContent ?? '?';
      return box && box.scrollWidth > box.clientWidth + 1
        ? [`${title}: ${box.scrollWidth} > ${box.clientWidth}`]
        : [];
    }),
  );
  // The EBS volumes table still scrolls inside its card at 1,280 px (its
  // PVC, size and EBS volume cells are long unbroken words): issue 13.
  expect(overflowing.filter(o => !o.startsWith('EBS volumes'))).toEqual([]);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    ),
  ).toBeLessThanOrEqual(0);

  // A long dotted topic name takes one line: it is never broken mid-word.
  const name = page.getByText('customers.address-changed', { exact: true });
  await expect(name.first()).toBeVisible();
  const lines = await name.first().evaluate(element => {
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 20;
    return Math.round(element.getBoundingClientRect().height / lineHeight);
  });
  expect(lines).toBe(1);
  await page
    .locator('#topics')
    .screenshot({ path: 'test-results/screenshots/kafka-tab-1280-topics.png' });
  await page.locator('#storage').screenshot({
    path: 'test-results/screenshots/kafka-tab-1280-storage.png',
  });
  await screenshot(page, 'kafka-tab-1280');
});
