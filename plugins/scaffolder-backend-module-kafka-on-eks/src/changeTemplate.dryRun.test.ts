import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import githubModule from '@backstage/plugin-scaffolder-backend-module-github';
import { validateClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import { publishRepository } from './actions/__testUtils__/localRepositories';
import { scaffolderModuleKafkaOnEks } from './module';
import { renderRepository } from './render';
import { TEST_CONTEXT } from './render/__fixtures__/requests';

const template = parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../../templates/kafka-on-eks-change/template.yaml',
    ),
    'utf8',
  ),
);

const CURRENT = {
  name: 'orders',
  owner: 'group:default/team-a',
  region: 'eu-west-1',
  topics: [{ name: 'orders.created', partitions: 12 }],
};
const DESIRED = {
  ...CURRENT,
  topics: [...CURRENT.topics, { name: 'payments', partitions: 6 }],
};

function repositoryFiles(): Record<string, string> {
  const result = validateClusterRequest(CURRENT, TEST_CONTEXT);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return Object.fromEntries(
    renderRepository(result.request).map(f => [f.path, f.content]),
  );
}

function cluster(name: string, annotations: Record<string, string>) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'kafka-cluster', owner: 'group:default/team-a' },
  };
}

// The change template in the scaffolder itself: its dry run, through the
// real task runner and templating, with this module's actions and
// Backstage's. Nothing leaves loopback: GitHub is read through a mock URL
// reader, and a dry run opens no pull request.
describe('templates/kafka-on-eks-change/template.yaml in a dry run', () => {
  const repositories = createMockDirectory();
  let base: string;
  let stop: () => Promise<void>;
  let localLocation: string;

  beforeAll(async () => {
    const files = repositoryFiles();
    const dir = await publishRepository(repositories, 'orders', files);
    localLocation = `file:${dir}/catalog-info.yaml`;
    const urlReader = mockServices.urlReader.mock({
      readTree: async () =>
        ({
          dir: async ({ targetDir }: { targetDir: string }) => {
            for (const [file, content] of Object.entries(files)) {
              fs.mkdirSync(path.dirname(path.join(targetDir, file)), {
                recursive: true,
              });
              fs.writeFileSync(path.join(targetDir, file), content);
            }
            return targetDir;
          },
        } as any),
    });
    const backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        githubModule,
        scaffolderModuleKafkaOnEks,
        mockServices.rootConfig.factory({
          data: {
            kafkaOnEks: { localPublish: { directory: repositories.path } },
            integrations: {
              github: [{ host: 'github.com', token: 'not-a-token' }],
            },
          },
        }),
        catalogServiceMock.factory({
          entities: [
            cluster('orders-github', {
              'backstage.io/managed-by-location':
                'url:https://github.com/acme/orders-kafka/blob/main/catalog-info.yaml',
              'backstage.io/source-location':
                'url:https://github.com/acme/orders-kafka/tree/main/',
            }),
            cluster('orders-local', {
              'backstage.io/managed-by-location': localLocation,
            }),
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Group',
              metadata: {
                name: 'team-a',
                namespace: 'default',
                annotations: { 'github.com/team-slug': 'acme/team-a' },
              },
              spec: { type: 'team', children: [] },
            },
          ],
        }),
        urlReader.factory,
      ],
    });
    const { port } = backend.server.address() as AddressInfo;
    base = `http://127.0.0.1:${port}/api/scaffolder`;
    stop = () => backend.stop();
  });

  afterAll(async () => stop?.());

  async function dryRun(values: Record<string, unknown>) {
    const response = await fetch(`${base}/v2/dry-run`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: mockCredentials.user.header(),
      },
      body: JSON.stringify({ template, values, directoryContents: [] }),
    });
    const body = await response.json();
    if (response.status !== 200) {
      throw new Error(`${response.status}: ${JSON.stringify(body)}`);
    }
    const log: {
      body: { message: string; stepId?: string; status?: string };
    }[] = body.log;
    const ran = template.spec.steps
      .map((s: { id: string }) => s.id)
      .filter((id: string) =>
        log.some(e => e.body.stepId === id && e.body.status === 'completed'),
      );
    const failed = log.filter(e => e.body.status === 'failed');
    return { ran, failed, log, output: body.output };
  }

  const values = (clusterName: string) => ({
    cluster: `resource:default/${clusterName}`,
    change: 'add-topic',
    desired: {
      request: DESIRED,
      branch: 'add-topic-payments',
      title: 'Add topic payments',
    },
    mergeNow: true,
  });

  it('runs the GitHub steps for an entity registered from GitHub, and none of the local ones', async () => {
    const { ran, failed, log, output } = await dryRun(values('orders-github'));
    expect(failed).toEqual([]);
    expect(ran).toEqual([
      'fetch-cluster',
      'fetch-owner',
      'fetch-github',
      'update',
      'pull-request',
    ]);
    const messages = log.map(e => e.body.message).join('\n');
    expect(messages).toContain(
      '"repoUrl": "github.com?owner=acme&repo=orders-kafka"',
    );
    expect(messages).toContain(
      '"branchName": "kafka-on-eks/add-topic-payments"',
    );
    expect(messages).toMatch(/"teamReviewers": \[\s*"team-a"\s*\]/);
    expect(output.links[0]).toEqual({
      title: 'Pull request',
      url: 'github.com?owner=acme&repo=orders-kafka',
    });
    expect(output.text[0].content).toMatch(/^## What this changes/);
  });

  it('runs the local steps for an entity of a local repository, and none of the GitHub ones', async () => {
    const { ran, failed, output } = await dryRun(values('orders-local'));
    expect(failed).toEqual([]);
    expect(ran).toEqual([
      'fetch-cluster',
      'fetch-local',
      'update',
      'publish-local-change',
      'merge-local',
    ]);
    expect(output.links).toEqual([
      {
        title: 'Open the Kafka cluster in the catalog',
        icon: 'catalog',
        entityRef: 'resource:default/orders-local',
      },
    ]);
  });
});
