import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { guestToken, screenshot, startKafkaTemplate } from './signIn';

// The whole template in the browser, as an application team fills it: the
// generated repository is published to a local git repository (no token) and
// its catalog-info.yaml registered, so the new cluster is in the catalog.
test('a cluster requested in the form is published locally and appears in the catalog', async ({
  page,
}) => {
  // Unique per run: local publishing refuses to overwrite a repository.
  const name = `e2e-${Date.now().toString(36)}`;
  // Page 1: the cluster.
  await startKafkaTemplate(page, name);

  // Page 2: AWS and versions.
  await page.getByLabel('AWS region').fill('eu-west-1');
  await page.getByRole('button', { name: 'Next' }).click();

  // Page 3: brokers on st1, which needs volumes of at least 125 GiB.
  await page
    .getByRole('spinbutton', { name: 'Brokers', exact: true })
    .fill('4');
  await page.getByLabel('EBS volume type').click();
  await page.getByRole('option', { name: 'st1' }).click();
  const volumeSize = page.getByLabel('Volume size per broker (GiB)');
  await volumeSize.fill('100');
  await page.getByRole('button', { name: 'Next' }).click();
  // The form's own st1 rule blocks the step before anything runs.
  expect(
    await volumeSize.evaluate(
      input => (input as HTMLInputElement).validationMessage,
    ),
  ).toMatch(/125/);
  await expect(page.getByRole('button', { name: 'Add Item' })).toBeHidden();
  await volumeSize.fill('2000');
  await page.getByRole('button', { name: 'Next' }).click();

  // Page 4: one topic.
  await page.getByRole('button', { name: 'Add Item' }).click();
  await page.getByLabel('Topic name').fill('clicks');
  await page.getByLabel('Partitions').fill('24');
  await page.getByRole('button', { name: 'Next' }).click();

  // Page 5: one application that may read and write the topic.
  await expect(page.getByText('Client authentication')).toBeVisible();
  await page.getByRole('button', { name: 'Add Item' }).click();
  await page.getByLabel('Client name (its KafkaUser)').fill('clicks-app');
  await page
    .getByLabel('Namespace of the application (default: the client name)')
    .fill('clicks');
  // The client's one required topic entry is there already (minItems 1).
  await page.getByLabel(/^Topic\s*\*?$/).fill('clicks');
  await page.getByLabel('Access').click();
  await page.getByRole('option', { name: 'readwrite' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  // Page 6: publish to the portal's disk.
  await page.getByLabel('Publish to').click();
  await page.getByRole('option', { name: /local git repository/ }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await screenshot(page, 'template-review');
  await page.getByRole('button', { name: 'Create' }).click();

  const open = page.getByRole('link', {
    name: 'Open the Kafka cluster in the catalog',
  });
  await expect(open).toBeVisible({ timeout: 60_000 });
  await screenshot(page, 'template-done');
  await open.click();

  await expect(page).toHaveURL(new RegExp(`/resource/${name}`));
  await expect(
    page.getByRole('heading', { name, exact: true }).first(),
  ).toBeVisible();
  await expect(page.getByText('orders-team').first()).toBeVisible();
  await screenshot(page, 'template-entity');

  // What the catalog holds came from the published catalog-info.yaml.
  const token = await guestToken(page.request);
  const headers = { Authorization: `Bearer ${token}` };
  const entity = await (
    await page.request.get(
      `/api/catalog/entities/by-name/resource/default/${name}`,
      { headers },
    )
  ).json();
  expect(entity.spec).toMatchObject({
    type: 'kafka-cluster',
    owner: 'group:default/orders-team',
  });
  expect(entity.metadata.annotations['kafka-on-eks/kafka']).toBe(name);
  expect(entity.metadata.labels['kafka-on-eks/region']).toBe('eu-west-1');

  // The demo loop: the portal's loopback Kubernetes applies the generated
  // manifests and plays the operator; the live view shows what was asked.
  let view: any;
  await expect(async () => {
    const response = await page.request.get(
      `/api/kafka-on-eks/v1/entities/resource/default/${name}`,
      { headers },
    );
    expect(response.status()).toBe(200);
    view = await response.json();
    expect(view.kafka.ready).toBe('Ready');
    expect(view.volumes.length).toBeGreaterThan(0);
  }).toPass({ timeout: 60_000 });
  const brokers = view.nodePools.find((p: any) => p.roles.includes('broker'));
  expect(brokers.replicas).toBe(4);
  expect(brokers.pods.every((p: any) => p.ready)).toBe(true);
  const brokerVolumes = view.volumes.filter(
    (v: any) => v.pool === brokers.name,
  );
  expect(brokerVolumes).toHaveLength(4);
  for (const volume of brokerVolumes) {
    expect(volume.storageClass).toBe('kafka-st1');
    expect(volume.ebsType).toBe('st1');
    expect(volume.capacity.quantity).toBe('2000Gi');
    expect(volume.ebsVolumeId).toMatch(/^vol-0[0-9a-f]{16}$/);
  }
  expect(new Set(brokerVolumes.map((v: any) => v.zone))).toEqual(
    new Set(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']),
  );
  expect(view.topics.map((t: any) => t.name)).toContain('clicks');

  // The client became a KafkaUser with exactly its ACLs, in the published repository.
  const repository = path.resolve(__dirname, '../../../.run/repos', name);
  const users = parseAllDocuments(
    fs.readFileSync(
      path.join(repository, 'kubernetes/kafka/kafka-users.yaml'),
      'utf8',
    ),
  ).map(d => d.toJS());
  expect(users.map(u => u.metadata.name)).toEqual(['clicks-app']);
  expect(
    users[0].spec.authorization.acls.map((a: any) => [
      a.resource.name,
      [...a.operations].sort(),
    ]),
  ).toEqual([['clicks', ['Describe', 'Read', 'Write']]]);

  // And the new entity's Kafka tab shows it live: its brokers and volumes.
  await page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'Kafka', exact: true })
    .click();
  await expect(page.getByText('Node pools', { exact: true })).toBeVisible();
  for (const volume of brokerVolumes) {
    await expect(
      page.getByRole('link', { name: volume.ebsVolumeId }),
    ).toBeVisible();
  }
  await expect(
    page.getByRole('cell', { name: 'clicks', exact: true }),
  ).toBeVisible();
  await screenshot(page, 'template-kafka-tab');
});
