import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  validateClusterRequest,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import fs from 'node:fs';
import path from 'node:path';
import { renderRepository } from '../render';
import { TEST_CONTEXT } from '../render/__fixtures__/requests';
import { createFetchLocalAction } from './fetchLocal';
import { createMergeLocalAction } from './mergeLocal';
import { createPublishLocalChangeAction } from './publishLocalChange';
import { createUpdateAction } from './update';
import {
  committedFiles,
  publishRepository,
} from './__testUtils__/localRepositories';

const CURRENT = {
  name: 'orders',
  owner: 'group:default/team-a',
  region: 'eu-west-1',
  topics: [{ name: 'orders.created', partitions: 12 }],
  clients: [
    {
      name: 'orders-service',
      namespace: 'orders',
      topics: [{ name: 'orders.created', access: 'readwrite' }],
    },
  ],
};

function validated(raw: object): KafkaClusterRequest {
  const result = validateClusterRequest(raw, TEST_CONTEXT);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.request;
}

const rendered = (request: KafkaClusterRequest) =>
  Object.fromEntries(renderRepository(request).map(f => [f.path, f.content]));

// The change template's local path, step by step, on a generated repository:
// what the demo loop then reads from main.
describe('a day-2 change of a local repository', () => {
  const repositories = createMockDirectory();
  let workspace: ReturnType<typeof createMockDirectory>;

  beforeEach(() => repositories.clear());

  async function run(
    action: { handler: (ctx: any) => Promise<void> },
    input: object,
  ) {
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: input as any,
    });
    await action.handler(ctx);
    return Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
    );
  }

  /** fetch-local, update, publish-local-change and merge-local, as the template runs them. */
  async function change(
    location: string,
    desired: object,
    branch: string,
    options: { merge: boolean },
  ) {
    workspace = createMockDirectory();
    const repositoriesDirectory = repositories.path;
    await run(createFetchLocalAction({ repositoriesDirectory }), {
      repository: location,
    });
    const update = await run(createUpdateAction(), { request: desired });
    const published = await run(
      createPublishLocalChangeAction({ repositoriesDirectory }),
      {
        repository: location,
        branch,
        title: branch,
        description: update.summary,
        filesToDelete: update.deletedFiles,
      },
    );
    if (options.merge) {
      await run(createMergeLocalAction({ repositoriesDirectory }), {
        repository: location,
        branch,
      });
    }
    return { update, published };
  }

  it('lands on main, file for file what the desired request renders to, deletions included', async () => {
    const current = validated(CURRENT);
    const dir = await publishRepository(
      repositories,
      'orders',
      rendered(current),
    );
    const location = `file:${dir}/catalog-info.yaml`;

    // Add a topic: a branch first, main unchanged until the merge.
    const withTopic = {
      ...CURRENT,
      topics: [...CURRENT.topics, { name: 'payments', partitions: 6 }],
    };
    const first = await change(location, withTopic, 'add-topic-payments', {
      merge: false,
    });
    expect(first.published.branch).toBe('kafka-on-eks/add-topic-payments');
    expect(await committedFiles(dir, 'main')).toEqual(rendered(current));
    await run(
      createMergeLocalAction({ repositoriesDirectory: repositories.path }),
      { repository: location, branch: 'add-topic-payments' },
    );
    const afterTopic = {
      ...validated(withTopic),
      generatedOn: current.generatedOn,
    };
    expect(await committedFiles(dir, 'main')).toEqual(rendered(afterTopic));

    // Remove the client from the new main: its files are deleted.
    const withoutClient = { ...withTopic, clients: [] };
    const second = await change(location, withoutClient, 'remove-client', {
      merge: true,
    });
    expect(second.update.deletedFiles.length).toBeGreaterThan(0);
    const final = {
      ...validated(withoutClient),
      generatedOn: current.generatedOn,
    };
    expect(await committedFiles(dir, 'main')).toEqual(rendered(final));
    // The working tree, which the catalog reads, follows main.
    for (const file of second.update.deletedFiles) {
      expect(fs.existsSync(path.join(dir, file))).toBe(false);
    }
    expect(fs.readFileSync(path.join(dir, 'kafka-on-eks.yaml'), 'utf8')).toBe(
      rendered(final)['kafka-on-eks.yaml'],
    );
  });
});
