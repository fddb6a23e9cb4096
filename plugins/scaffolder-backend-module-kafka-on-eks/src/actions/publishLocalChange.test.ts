import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import git from 'isomorphic-git';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createPublishLocalChangeAction } from './publishLocalChange';
import { examples } from './publishLocalChange.examples';
import {
  committedFiles,
  ORDERS_FILES,
  publishRepository,
} from './__testUtils__/localRepositories';
import { renderValue } from './__testUtils__/templating';

const CHANGED = {
  ...ORDERS_FILES,
  'kafka-on-eks.yaml': 'name: orders\ntopics: [payments]\n',
  'kubernetes/kafka/topic-payments.yaml': 'kind: KafkaTopic\n',
};

describe('kafka-on-eks:publish-local-change', () => {
  const repositories = createMockDirectory();
  const workspace = createMockDirectory();

  beforeEach(() => {
    repositories.clear();
    workspace.setContent(CHANGED);
  });

  async function publish(input: Record<string, unknown>, isDryRun = false) {
    const action = createPublishLocalChangeAction({
      repositoriesDirectory: repositories.path,
    });
    const ctx = {
      ...createMockActionContext({
        workspacePath: workspace.path,
        input: input as any,
      }),
      // createMockActionContext drops isDryRun, so it is set on the result.
      isDryRun,
    };
    await action.handler(ctx);
    return Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
    ) as { branch: string; commitHash: string };
  }

  /** What a change must leave alone: main, the working tree, the index. */
  function untouched(dir: string) {
    return {
      main: fs.readFileSync(path.join(dir, '.git/refs/heads/main'), 'utf8'),
      index: fs.readFileSync(path.join(dir, '.git/index')).toString('base64'),
      files: Object.fromEntries(
        Object.keys(ORDERS_FILES).map(f => [
          f,
          fs.readFileSync(path.join(dir, f), 'utf8'),
        ]),
      ),
    };
  }

  it('commits the workspace onto a new branch parented on main, leaving main and the working tree alone', async () => {
    const dir = await publishRepository(repositories);
    const before = untouched(dir);
    const [main] = await git.log({ fs, dir, ref: 'main' });

    const out = await publish({
      repository: `file:${dir}/catalog-info.yaml`,
      branch: 'add-topic-payments',
      title: 'Add topic payments',
      description: '## What this changes\n\n- a topic',
      filesToDelete: ['terraform/main.tf'],
    });

    expect(out.branch).toBe('kafka-on-eks/add-topic-payments');
    const [commit] = await git.log({ fs, dir, ref: out.branch });
    expect(out.commitHash).toBe(commit.oid);
    expect(commit.commit.parent).toEqual([main.oid]);
    expect(commit.commit.message).toBe(
      'Add topic payments\n\n## What this changes\n\n- a topic\n',
    );
    const { 'terraform/main.tf': _deleted, ...expected } = CHANGED;
    expect(await committedFiles(dir, out.branch)).toEqual(expected);
    expect(untouched(dir)).toEqual(before);
    expect(await committedFiles(dir, 'main')).toEqual(ORDERS_FILES);
  });

  it('keeps files only main has, as a pull request does', async () => {
    const dir = await publishRepository(repositories);
    workspace.setContent({ 'kafka-on-eks.yaml': CHANGED['kafka-on-eks.yaml'] });
    const out = await publish({
      repository: dir,
      branch: 'edit',
      title: 'Edit',
    });
    expect(await committedFiles(dir, out.branch)).toEqual({
      ...ORDERS_FILES,
      'kafka-on-eks.yaml': CHANGED['kafka-on-eks.yaml'],
    });
  });

  it('refuses a branch that exists, leaving it as it was', async () => {
    const dir = await publishRepository(repositories);
    const first = await publish({ repository: dir, branch: 'x', title: 'X' });
    workspace.setContent({ 'kafka-on-eks.yaml': 'other\n' });
    await expect(
      publish({ repository: dir, branch: 'x', title: 'X again' }),
    ).rejects.toThrow(/^branch: kafka-on-eks\/x already exists/);
    await expect(
      publish({ repository: dir, branch: 'x/y', title: 'X below' }),
    ).rejects.toThrow(
      /^branch: kafka-on-eks\/x\/y cannot sit beside the branch kafka-on-eks\/x/,
    );
    const [commit] = await git.log({ fs, dir, ref: 'kafka-on-eks/x' });
    expect(commit.oid).toBe(first.commitHash);
  });

  it.each([
    'a..b',
    'topic.lock',
    'a.lock/b',
    '.hidden',
    'a/.b',
    'ends.',
    '-starts-with-dash',
    'with space',
    'a~1',
    'a^b',
    'a:b',
    'a?b',
    'a*b',
    'a[b',
    'a\\b',
    'a@{b',
    'a//b',
    'trailing/',
    '',
    'line\nbreak',
    'kafka-on-eks/add-topic',
    'x'.repeat(201),
  ])('refuses the branch %j, naming the input', async branch => {
    const dir = await publishRepository(repositories);
    await expect(
      publish({ repository: dir, branch, title: 'T' }),
    ).rejects.toThrow(/^branch: /);
    expect(await git.listBranches({ fs, dir })).toEqual(['main']);
  });

  it.each(['add-topic-orders.created', 'grow_storage/800Gi', 'Upgrade-4.3.1'])(
    'accepts the branch %j',
    async branch => {
      const dir = await publishRepository(repositories);
      const out = await publish({ repository: dir, branch, title: 'T' });
      expect(out.branch).toBe(`kafka-on-eks/${branch}`);
    },
  );

  it("refuses a workspace that holds main's files unchanged", async () => {
    const dir = await publishRepository(repositories);
    workspace.setContent(ORDERS_FILES);
    await expect(
      publish({ repository: dir, branch: 'noop', title: 'Nothing' }),
    ).rejects.toThrow(/^sourcePath: .*nothing to commit/);
    expect(await git.listBranches({ fs, dir })).toEqual(['main']);
  });

  it('refuses filesToDelete outside the repository', async () => {
    const dir = await publishRepository(repositories);
    for (const file of ['../x', '/etc/passwd', 'a/../../b']) {
      await expect(
        publish({
          repository: dir,
          branch: 'd',
          title: 'D',
          filesToDelete: [file],
        }),
      ).rejects.toThrow(/^filesToDelete: /);
    }
  });

  it('writes nothing in a dry run', async () => {
    const dir = await publishRepository(repositories);
    const before = untouched(dir);
    const out = await publish(
      { repository: dir, branch: 'dry', title: 'Dry' },
      true,
    );
    expect(out.branch).toBe('kafka-on-eks/dry');
    expect(await git.listBranches({ fs, dir })).toEqual(['main']);
    expect(untouched(dir)).toEqual(before);
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the documented example: %s',
    async (_description, example) => {
      const [step] = parse(example).steps;
      expect(step.action).toBe('kafka-on-eks:publish-local-change');
      const dir = await publishRepository(repositories);
      const input = renderValue(step.input, {
        steps: {
          update: {
            output: {
              summary: '## What this changes\n',
              deletedFiles: ['terraform/main.tf'],
            },
          },
        },
      });
      const out = await publish(input);
      const files = await committedFiles(dir, out.branch);
      expect(files['kafka-on-eks.yaml']).toBe(CHANGED['kafka-on-eks.yaml']);
      expect(files['terraform/main.tf']).toBeUndefined();
    },
  );
});
