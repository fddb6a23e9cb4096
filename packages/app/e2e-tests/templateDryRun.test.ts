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
      'kafka-on-eks.yaml',
      'catalog-info.yaml',
      'terraform/infra/eks.tf',
      'terraform/bootstrap/argocd.tf',
      'kubernetes/kafka/kafka.yaml',
    ]),
  );
  expect(
    parse(files.get('catalog-info.yaml')!).metadata.annotations[
      'kafka-on-eks/kafka'
    ],
  ).toBe('dry-run-kafka');
  const stored = parse(files.get('kafka-on-eks.yaml')!);
  expect(stored.request).toMatchObject({
    region: 'eu-central-1',
    zones: 2,
    brokers: { replicas: 4, storageClass: 'st1', volumeSizeGi: 2000 },
  });
  expect(stored.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const broker = files.get('kubernetes/kafka/node-pools.yaml')!;
  expect(broker).toContain('class: kafka-st1');
  expect(broker).toContain('size: 2000Gi');
  expect(files.get('kubernetes/kafka/topics.yaml')).toContain('partitions: 24');
  // Two zones: the generated README says what that gives up.
  expect(files.get('README.md')).toContain(
    'Two zones give no zone-failure tolerance',
  );
});

test('the documented API parameters alone generate: publishTo is optional and means GitHub', async ({
  request,
}) => {
  const response = await dryRun(request, {
    name: 'api-kafka',
    owner: 'group:default/platform-team',
    repoUrl: 'github.com?owner=acme&repo=api-kafka',
  });
  expect(response.status()).toBe(200);
  const result = await response.json();
  const files = new Map<string, string>(
    result.directoryContents.map((f: any) => [
      f.path,
      Buffer.from(f.base64Content, 'base64').toString(),
    ]),
  );
  const kafka = parse(files.get('kubernetes/kafka/kafka.yaml')!);
  expect(kafka.spec.kafka.listeners).toEqual([
    expect.objectContaining({
      port: 9093,
      tls: true,
      authentication: { type: 'scram-sha-512' },
    }),
  ]);
  expect(files.get('terraform/bootstrap/locals.tf')).toContain(
    'git@github.com:acme/api-kafka.git',
  );
});

test.describe('the action refuses unsafe requests, naming the field', () => {
  for (const [what, values, field] of [
    [
      'a Kubernetes version out of standard support',
      { kubernetesVersion: '1.33' },
      'kubernetesVersion',
    ],
    [
      'an EKS API open to the world',
      { apiAccessCidrs: ['0.0.0.0/0'] },
      'apiAccessCidrs[0]',
    ],
    [
      'a client of a topic the request lacks',
      {
        clients: [
          { name: 'svc', topics: [{ name: 'missing', access: 'read' }] },
        ],
      },
      'clients[0].topics[0].name',
    ],
  ] as const) {
    test(what, async ({ request }) => {
      const response = await dryRun(request, {
        name: 'dry-run-kafka',
        owner: 'group:default/platform-team',
        publishTo: 'local',
        ...values,
      });
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.error.message).toContain(`${field}:`);
      expect(body.directoryContents).toBeUndefined();
    });
  }
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
