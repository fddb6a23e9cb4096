import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import git from 'isomorphic-git';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createFetchLocalAction } from './fetchLocal';
import { examples } from './fetchLocal.examples';
import {
  ORDERS_FILES,
  publishRepository,
} from './__testUtils__/localRepositories';
import { renderValue } from './__testUtils__/templating';
import { workspaceFiles } from './__testUtils__/workspaceFiles';

describe('kafka-on-eks:fetch-local', () => {
  const repositories = createMockDirectory();
  const workspace = createMockDirectory();
  const elsewhere = createMockDirectory();

  beforeEach(() => {
    repositories.clear();
    workspace.clear();
    elsewhere.clear();
  });

  async function fetch(input: Record<string, unknown>) {
    const action = createFetchLocalAction({
      repositoriesDirectory: repositories.path,
    });
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: input as any,
    });
    await action.handler(ctx);
    const outputs = Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
    );
    return outputs as { commitHash: string; files: string[] };
  }

  it("copies main's committed files, not the working tree", async () => {
    const dir = await publishRepository(repositories);
    // Hand edits and a stray file in the working tree are not main.
    fs.writeFileSync(path.join(dir, 'terraform/main.tf'), 'edited\n');
    fs.writeFileSync(path.join(dir, 'stray.txt'), 'untracked\n');
    const [main] = await git.log({ fs, dir, ref: 'main' });

    const out = await fetch({ repository: `file:${dir}/catalog-info.yaml` });

    expect(workspaceFiles(workspace)).toEqual(ORDERS_FILES);
    expect(out.commitHash).toBe(main.oid);
    expect(out.files.sort()).toEqual(Object.keys(ORDERS_FILES).sort());
  });

  it('takes the repository folder too, and copies into targetPath', async () => {
    const dir = await publishRepository(repositories);
    await fetch({ repository: dir, targetPath: 'repo' });
    expect(workspaceFiles(workspace, 'repo')).toEqual(ORDERS_FILES);
  });

  it('refuses anything outside the local publishing folder, naming the input', async () => {
    const dir = await publishRepository(repositories);
    // A git repository elsewhere on disk, and a link to it from inside.
    const other = await publishRepository(elsewhere, 'other');
    fs.symlinkSync(other, repositories.resolve('link'));
    fs.mkdirSync(repositories.resolve('plain'));

    const refused = [
      [
        `file:${other}/catalog-info.yaml`,
        /is not a repository in the local publishing folder/,
      ],
      [
        `${dir}/../../${path.basename(elsewhere.path)}/other`,
        /"\.\." is not allowed/,
      ],
      [
        repositories.resolve('link'),
        /is not a repository in the local publishing folder/,
      ],
      [repositories.path, /is not a repository in the local publishing folder/],
      [
        `${dir}/terraform`,
        /is not a repository in the local publishing folder/,
      ],
      [
        'file:/etc/passwd',
        /is not a repository in the local publishing folder/,
      ],
      [
        repositories.resolve('missing'),
        /is not a repository in the local publishing folder/,
      ],
      [
        repositories.resolve('plain'),
        /is not a git repository with a main branch/,
      ],
    ] as const;
    for (const [repository, message] of refused) {
      await expect(fetch({ repository })).rejects.toThrow(
        new RegExp(`^repository: .*${message.source}`),
      );
    }
    expect(workspaceFiles(workspace)).toEqual({});
  });

  it('refuses a targetPath outside the workspace', async () => {
    const dir = await publishRepository(repositories);
    await expect(
      fetch({ repository: dir, targetPath: '../x' }),
    ).rejects.toThrow(/outside/);
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the documented example: %s',
    async (_description, example) => {
      const [step] = parse(example).steps;
      expect(step.action).toBe('kafka-on-eks:fetch-local');
      const dir = await publishRepository(repositories);
      const input = renderValue(step.input, {
        steps: {
          'fetch-cluster': {
            output: {
              entity: {
                metadata: {
                  annotations: {
                    'backstage.io/managed-by-location': `file:${dir}/catalog-info.yaml`,
                  },
                },
              },
            },
          },
        },
      });
      await fetch(input);
      expect(workspaceFiles(workspace, input.targetPath)).toEqual(ORDERS_FILES);
    },
  );
});
