import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { guestToken, screenshot, startKafkaTemplate } from './signIn';

// The sizing assistant on the brokers page of the real form, and its answer
// in the generated repository. Expected numbers, worked out by hand for
// 10 MB/s in, 168 h retention, RF 3, 20 % headroom, 3 zones:
//   per broker 10 MB/s x 604,800 s x 3 / 3 brokers = 6,048,000 MB
//   = 5,632.6 GiB, / 0.85 fill = 6,626.6, x 1.2 headroom = 7,952 GiB
//   st1 (large, 40 MB/s per TB covers 10 MB/s): 3 x 7,952 x $0.045 = $1,073.52
test('the sizing assistant recommends brokers, volumes and a monthly cost, and fills the form', async ({
  page,
}) => {
  await startKafkaTemplate(page, 'sized-kafka');
  await page.getByRole('button', { name: 'Next' }).click();

  await page
    .getByLabel('Peak write throughput (MB/s)', { exact: true })
    .fill('10');
  const table = page.getByRole('table', { name: 'Sizing recommendation' });
  const row = (name: string) =>
    table.getByRole('row').filter({
      has: page.getByRole('rowheader', { name, exact: true }),
    });
  await expect(row('Recommended brokers')).toContainText('3');
  await expect(row('Volume per broker')).toContainText('7,952 GiB');
  await expect(row('Volume type')).toContainText('st1');
  await expect(row('Monthly EBS cost')).toContainText('$1,073.52');
  await expect(row('Kinesis Data Streams (comparison only)')).toContainText(
    '10',
  );
  // The recommendation fills the broker fields, which stay editable.
  const volumeSize = page.getByLabel('Volume size per broker (GiB)');
  await expect(volumeSize).toHaveValue('7952');
  await expect(
    page.getByRole('spinbutton', { name: 'Brokers', exact: true }),
  ).toHaveValue('3');
  await screenshot(page, 'sizing-assistant');

  // An override that breaks a rule is flagged.
  await volumeSize.fill('500');
  await expect(
    page.getByRole('alert', { name: 'Sizing warnings' }),
  ).toContainText('6,627 GiB');
  await screenshot(page, 'sizing-assistant-override');
});

test('the generated README carries the sizing inputs, outputs and cost', async ({
  request,
}) => {
  const template = parse(
    fs.readFileSync(
      path.resolve(__dirname, '../../../templates/kafka-on-eks/template.yaml'),
      'utf8',
    ),
  );
  const token = await guestToken(request);
  const response = await request.post('/api/scaffolder/v2/dry-run', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      template,
      values: {
        name: 'sized-kafka',
        owner: 'group:default/platform-team',
        brokers: {
          replicas: 3,
          storageClass: 'st1',
          volumeSizeGi: 7952,
          sizing: {
            peakWriteMBps: 10,
            readFanout: 2,
            retentionHours: 168,
            replicationFactor: 3,
            headroom: 0.2,
          },
        },
        publishTo: 'local',
      },
      secrets: {},
      directoryContents: [],
    },
  });
  expect(response.status()).toBe(200);
  const files = new Map<string, string>(
    (await response.json()).directoryContents.map((f: any) => [
      f.path,
      Buffer.from(f.base64Content, 'base64').toString(),
    ]),
  );
  const readme = files.get('README.md')!;
  expect(readme).toContain('| Volume per broker | 7,952 GiB |');
  expect(readme).toContain('$1,073.52');
  expect(files.get('docs/sizing.md')).toContain('7,952 GiB');
});
