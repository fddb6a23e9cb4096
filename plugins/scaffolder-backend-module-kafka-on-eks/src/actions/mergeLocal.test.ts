import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import git from 'isomorphic-git';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createMergeLocalAction } from './mergeLocal';
import { examples } from './mergeLocal.examples';
import { createPublishLocalChangeAction } from './publishLocalChange';
import {
  committedFiles,
  ORDERS_FILES,
  publishRepository,
} from './__testUtils__/localRepositories';

const CHANGE = {
  'kafka-on-eks.yaml': 'name: orders\ntopics: [payments]\n',
  'kubernetes/kafka/topic-payments.yaml': 'kind: KafkaTopic\n',
};

describe('kafka-on-eks:merge-local', () => {
  const repositories = createMockDirectory();
  const workspace = createMockDirectory();

  beforeEach(() => {
    repositories.clear();
  });

  function context(input: Record<string, unknown>, isDryRun = false) {
    return {
      ...createMockActionContext({
        workspacePath: workspace.path,
        input: input as any,
      }),
      isDryRun,
    };
  }

  /** A change branch made by kafka-on-eks:publish-local-change. */
  async function change(
    dir: string,
    branch: string,
    files: Record<string, string> = CHANGE,
    filesToDelete: string[] = ['terraform/main.tf'],
  ): Promise<string> {
    workspace.setContent(files);
    const ctx = context({
      repository: dir,
      branch,
      title: branch,
      filesToDelete,
    });
    await createPublishLocalChangeAction({
      repositoriesDirectory: repositories.path,
    }).handler(ctx);
    return (ctx.output as jest.Mock).mock.calls.find(
      ([name]) => name === 'commitHash',
    )[1];
  }

  async function merge(input: Record<string, unknown>, isDryRun = false) {
    const ctx = context(input, isDryRun);
    await createMergeLocalAction({
      repositoriesDirectory: repositories.path,
    }).handler(ctx);
    return Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
    ) as { commitHash: string };
  }

  const read = (dir: string, file: string) =>
    fs.existsSync(path.join(dir, file))
      ? fs.readFileSync(path.join(dir, file), 'utf8')
      : undefined;

  it('fast-forwards main to the branch, updates the working tree and deletes the branch', async () => {
    const dir = await publishRepository(repositories);
    const head = await change(dir, 'add-topic-payments');

    const out = await merge({
      repository: `file:${dir}/catalog-info.yaml`,
      branch: 'add-topic-payments',
    });

    expect(out.commitHash).toBe(head);
    expect(await git.resolveRef({ fs, dir, ref: 'main' })).toBe(head);
    expect(await git.listBranches({ fs, dir })).toEqual(['main']);
    // The working tree is the new main: changed, added and deleted files.
    expect(read(dir, 'kafka-on-eks.yaml')).toBe(CHANGE['kafka-on-eks.yaml']);
    expect(read(dir, 'kubernetes/kafka/topic-payments.yaml')).toBe(
      CHANGE['kubernetes/kafka/topic-payments.yaml'],
    );
    expect(read(dir, 'terraform/main.tf')).toBeUndefined();
    expect(read(dir, 'catalog-info.yaml')).toBe(
      ORDERS_FILES['catalog-info.yaml'],
    );
    // Nothing left to commit: the index follows the working tree.
    const matrix = await git.statusMatrix({ fs, dir });
    expect(
      matrix.filter(([, h, w, s]) => h !== 1 || w !== 1 || s !== 1),
    ).toEqual([]);
  });

  it('refuses when main has moved since the branch was made, changing nothing', async () => {
    const dir = await publishRepository(repositories);
    const first = await change(dir, 'first');
    const second = await change(
      dir,
      'second',
      {
        'kafka-on-eks.yaml': 'name: orders\nbrokers: 4\n',
      },
      [],
    );
    await merge({ repository: dir, branch: 'first' });

    await expect(merge({ repository: dir, branch: 'second' })).rejects.toThrow(
      /^branch: main has moved since kafka-on-eks\/second was made from it/,
    );
    expect(await git.resolveRef({ fs, dir, ref: 'main' })).toBe(first);
    expect(await git.resolveRef({ fs, dir, ref: 'kafka-on-eks/second' })).toBe(
      second,
    );
    expect(read(dir, 'kafka-on-eks.yaml')).toBe(CHANGE['kafka-on-eks.yaml']);
  });

  it('refuses to merge over uncommitted edits of the working tree', async () => {
    const dir = await publishRepository(repositories);
    const [main] = await git.log({ fs, dir, ref: 'main' });
    await change(dir, 'add-topic-payments');
    fs.writeFileSync(path.join(dir, 'kafka-on-eks.yaml'), 'hand edit\n');

    await expect(
      merge({ repository: dir, branch: 'add-topic-payments' }),
    ).rejects.toThrow(
      /^repository: the working tree of .* has changes that are not committed \(kafka-on-eks\.yaml\)/,
    );
    expect(await git.resolveRef({ fs, dir, ref: 'main' })).toBe(main.oid);
    expect(read(dir, 'kafka-on-eks.yaml')).toBe('hand edit\n');
    expect(await git.listBranches({ fs, dir })).toContain(
      'kafka-on-eks/add-topic-payments',
    );
  });

  it('names the branch that does not exist, or is already merged', async () => {
    const dir = await publishRepository(repositories);
    await expect(merge({ repository: dir, branch: 'nope' })).rejects.toThrow(
      /^branch: there is no branch kafka-on-eks\/nope/,
    );
    const head = await change(dir, 'once');
    // Another branch at the same commit, merged before it.
    await git.branch({ fs, dir, ref: 'kafka-on-eks/twice', object: head });
    await merge({ repository: dir, branch: 'once' });
    await change(dir, 'later', { 'kafka-on-eks.yaml': 'later\n' }, []);
    await merge({ repository: dir, branch: 'later' });
    await expect(merge({ repository: dir, branch: 'twice' })).rejects.toThrow(
      /^branch: kafka-on-eks\/twice is already merged into main/,
    );
  });

  it('changes nothing in a dry run', async () => {
    const dir = await publishRepository(repositories);
    const [main] = await git.log({ fs, dir, ref: 'main' });
    await change(dir, 'dry');
    const out = await merge({ repository: dir, branch: 'dry' }, true);
    expect(out.commitHash).toMatch(/^0{40}$/);
    expect(await git.resolveRef({ fs, dir, ref: 'main' })).toBe(main.oid);
    expect(await committedFiles(dir, 'main')).toEqual(ORDERS_FILES);
  });

  it('refuses a repository outside the local publishing folder', async () => {
    await expect(
      merge({ repository: 'file:/etc/catalog-info.yaml', branch: 'x' }),
    ).rejects.toThrow(/^repository: /);
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the documented example: %s',
    async (_description, example) => {
      const [step] = parse(example).steps;
      expect(step.action).toBe('kafka-on-eks:merge-local');
      const dir = await publishRepository(repositories, step.input.repository);
      const head = await change(dir, step.input.branch);
      const out = await merge(step.input);
      expect(out.commitHash).toBe(head);
      expect(await git.resolveRef({ fs, dir, ref: 'main' })).toBe(head);
    },
  );
});
