import { expect, test, type APIRequestContext } from '@playwright/test';
import { guestToken, screenshot, signInAsGuest } from './signIn';

// Day 2 on the embedded default, in the browser: a cluster created from the
// template (through the scaffolder's API, to keep this test about day 2) is
// changed from its Kafka tab. Each change is checked by the rules, rendered,
// committed onto a branch of the local repository and merged; the demo loop
// then applies main to the cluster's loopback API and plays the operator.

const BROKER_VOLUME_GI = 500;
const GROWN_VOLUME_GI = 800;

/** Runs the create template with local publishing and waits for the task. */
async function createLocalCluster(request: APIRequestContext, name: string) {
  const headers = { Authorization: `Bearer ${await guestToken(request)}` };
  const created = await request.post('/api/scaffolder/v2/tasks', {
    headers,
    data: {
      templateRef: 'template:default/kafka-on-eks',
      values: {
        name,
        owner: 'group:default/orders-team',
        region: 'eu-west-1',
        brokers: { replicas: 3, storageClass: 'gp3', volumeSizeGi: 500 },
        topics: [{ name: 'clicks', partitions: 6 }],
        publishTo: 'local',
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();
  await expect(async () => {
    const task = await (
      await request.get(`/api/scaffolder/v2/tasks/${id}`, { headers })
    ).json();
    expect(task.status).toBe('completed');
  }).toPass({ timeout: 60_000 });
  return headers;
}

/** The cluster's live view, once `check` holds of it. */
async function viewWhen(
  request: APIRequestContext,
  headers: Record<string, string>,
  name: string,
  check: (view: any) => void,
) {
  let view: any;
  await expect(async () => {
    const response = await request.get(
      `/api/kafka-on-eks/v1/entities/resource/default/${name}`,
      { headers },
    );
    expect(response.status()).toBe(200);
    view = await response.json();
    check(view);
  }).toPass({ timeout: 60_000 });
  return view;
}

test('a topic added and storage grown from the Kafka tab go live', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const name = `d2-${Date.now().toString(36)}`;
  const headers = await createLocalCluster(page.request, name);
  await viewWhen(page.request, headers, name, view => {
    expect(view.kafka.ready).toBe('Ready');
  });

  const kafkaTab = `/catalog/default/resource/${name}/kafka`;
  await signInAsGuest(page, kafkaTab);
  await expect(page.getByText('Node pools', { exact: true })).toBeVisible();

  // Add topic: the menu opens the change template with this cluster.
  await page.getByRole('button', { name: 'Change this cluster' }).click();
  await page.getByRole('menuitem', { name: /^Add topic/ }).click();
  await expect(page).toHaveURL(
    /\/create\/templates\/default\/kafka-on-eks-change/,
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Topic name').fill('payments');
  await page.getByLabel('Partitions').fill('12');
  // What the rules say of it, as the user types.
  await expect(
    page.getByText(/creates topic payments: 12 partitions/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Review' }).click();
  // The review names the change, not every field of the request.
  await expect(page.getByText('Add topic payments')).toBeVisible();
  await expect(page.getByText('Desired > Request > Region')).toBeHidden();
  await screenshot(page, 'day-two-add-topic-review');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page.getByRole('link', { name: 'Open the Kafka cluster in the catalog' }),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/creates topic payments/).first()).toBeVisible();

  // Merged into main: the demo loop applies it and the operator makes it Ready.
  await page.goto(kafkaTab);
  const payments = page.getByRole('row').filter({
    has: page.getByRole('cell', { name: 'payments', exact: true }),
  });
  await expect(payments.getByText('Ready')).toBeVisible({ timeout: 60_000 });
  await screenshot(page, 'day-two-topic-ready');

  // Grow storage: the volumes are resized, pending first, then done.
  await page.getByRole('button', { name: 'Change this cluster' }).click();
  await page.getByRole('menuitem', { name: /^Grow storage/ }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const size = page.getByLabel('Volume size per broker (GiB)');
  await expect(size).toHaveValue(String(BROKER_VOLUME_GI));
  await size.fill(String(GROWN_VOLUME_GI));
  await expect(
    page.getByText(
      new RegExp(`from ${BROKER_VOLUME_GI} to ${GROWN_VOLUME_GI} GiB`),
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page.getByRole('link', { name: 'Open the Kafka cluster in the catalog' }),
  ).toBeVisible({ timeout: 60_000 });

  const grown = await viewWhen(page.request, headers, name, view => {
    const brokerVolumes = view.volumes.filter((v: any) =>
      view.nodePools
        .find((p: any) => p.name === v.pool)
        ?.roles.includes('broker'),
    );
    expect(brokerVolumes).toHaveLength(3);
    for (const volume of brokerVolumes) {
      expect(volume.capacity.quantity).toBe(`${GROWN_VOLUME_GI}Gi`);
      expect(volume.resizePending).toBeFalsy();
    }
  });
  await page.goto(kafkaTab);
  await expect(
    page.getByText(`${GROWN_VOLUME_GI}Gi`, { exact: true }).first(),
  ).toBeVisible();
  expect(grown.topics.map((t: any) => t.name)).toContain('payments');
  await screenshot(page, 'day-two-storage-grown');

  // A change not merged at once is an open change of the cluster.
  await page.getByRole('button', { name: 'Change this cluster' }).click();
  await page.getByRole('menuitem', { name: /^Add topic/ }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Topic name').fill('refunds');
  await page
    .getByLabel('Merge into main at once (local repositories of the demo)')
    .uncheck();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page.getByRole('link', { name: 'Open the Kafka cluster in the catalog' }),
  ).toBeVisible({ timeout: 60_000 });
  await page.goto(kafkaTab);
  const openChanges = page.locator('div', {
    has: page.getByText('Open changes', { exact: true }),
  });
  await expect(
    openChanges.getByText('Add topic refunds').first(),
  ).toBeVisible();
  await expect(
    openChanges.getByText('kafka-on-eks/add-topic-refunds').first(),
  ).toBeVisible();
  // Not merged: the cluster does not have it.
  const view = await viewWhen(page.request, headers, name, () => {});
  expect(view.topics.map((t: any) => t.name)).not.toContain('refunds');
  await screenshot(page, 'day-two-open-change');
});
