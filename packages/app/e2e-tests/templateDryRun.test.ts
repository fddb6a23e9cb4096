import { expect, test, type APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { guestToken } from './signIn';

// The Template Editor's dry run against the running portal: the template,
// the kafka-on-eks:generate action and its validation, end to end.
const template = parse(
  fs.readFileSync(
    path.resolve(__dirname, '../../../templates/kafka-on-eks/template.yaml'),
    'utf8',
  ),
);

async function dryRun(
  request: APIRequestContext,
  values: Record<string, unknown>,
) {
  const token = await guestToken(request);
  return request.post('/api/scaffolder/v2/dry-run', {
    headers: { Authorization: `Bearer ${token}` },
    data: { template, values, secrets: {}, directoryContents: [] },
  });
}

test('the dry run generates the repository and carries the inputs through', async ({
  request,
}) => {
  const response = await dryRun(request, {
    name: 'dry-run-kafka',
    owner: 'group:default/platform-team',
    region: 'eu-central-1',
    zones: 2,
    brokers: { replicas: 4, storageClass: 'st1', volumeSizeGi: 2000 },
    topics: [{ name: 'clicks', partitions: 24 }],
    publishTo: 'local',
  });
  expect(response.status()).toBe(200);
  const result = await response.json();
  const files = new Map<string, string>(
    result.directoryContents.map((f: any) => [
      f.path,
      Buffer.from(f.base64Content, 'base64').toString(),
    ]),
  );
  expect([...files.keys()]).toEqual(
    expect.arrayContaining([
      'catalog-info.yaml',
      'terraform/eks.tf',
      'kubernetes/kafka/kafka.yaml',
    ]),
  );
  expect(
    parse(files.get('catalog-info.yaml')!).metadata.annotations[
      'kafka-on-eks/kafka'
    ],
  ).toBe('dry-run-kafka');
  expect(files.get('terraform/terraform.tfvars')).toContain('eu-central-1');
  const pools = files.get('kubernetes/kafka/node-pools.yaml')!;
  expect(pools).toContain('class: st1');
  expect(pools).toContain('size: 2000Gi');
  expect(files.get('kubernetes/kafka/topics.yaml')).toContain('partitions: 24');
});

test("the template's own rules reject an st1 volume below 125 GiB, naming the field", async ({
  request,
}) => {
  const response = await dryRun(request, {
    name: 'dry-run-kafka',
    owner: 'group:default/platform-team',
    brokers: { storageClass: 'st1', volumeSizeGi: 100 },
    publishTo: 'local',
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  // The scaffolder checks the parameters against the form's schema first.
  expect(body.errors).toContainEqual(
    expect.objectContaining({
      property: 'instance.brokers.volumeSizeGi',
      message: 'must be greater than or equal to 125',
    }),
  );
  expect(body.directoryContents).toBeUndefined();
});

test('the action rejects what only it can check, naming the field, with no files', async ({
  request,
}) => {
  const response = await dryRun(request, {
    name: 'dry-run-kafka',
    owner: 'group:default/platform-team',
    brokers: { replicas: 3 },
    topics: [{ name: 'clicks', replicationFactor: 5 }],
    publishTo: 'local',
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.message).toContain('topics[0].replicationFactor');
  expect(body.error.message).not.toMatch(/\n\s+at /);
  expect(body.directoryContents).toBeUndefined();
});
