import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import git, { TREE, type TreeEntry } from 'isomorphic-git';
import nodeFs from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { examples } from './publishLocalChange.examples';
import {
  branchCommit,
  changeBranch,
  LOCAL_AUTHOR,
  MAIN_BRANCH,
  NO_COMMIT,
  resolveLocalRepository,
  REPOSITORY_INPUT_DESCRIPTION,
} from './localRepository';
import { inputError } from './userError';

type Entry = Pick<TreeEntry, 'mode' | 'oid' | 'type'>;

/**
 * Creates `kafka-on-eks:publish-local-change`: commits the workspace onto a
 * new branch `kafka-on-eks/<branch>` of a local repository, parented on
 * `main`, as `publish:github:pull-request` does on GitHub. Neither `main`
 * nor the repository's working tree changes; registered only with local
 * publishing.
 */
export function createPublishLocalChangeAction(options: {
  /** Absolute folder that holds the repositories. */
  repositoriesDirectory: string;
}) {
  const { repositoriesDirectory } = options;
  return createTemplateAction({
    id: 'kafka-on-eks:publish-local-change',
    description:
      "Commits the workspace onto a new change branch of a local git repository on the portal's disk (demo, the stand-in for publish:github:pull-request)",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repository: z => z.string().describe(REPOSITORY_INPUT_DESCRIPTION),
        branch: z =>
          z
            .string()
            .describe(
              'The branch after "kafka-on-eks/", e.g. add-topic-payments; it must not exist yet',
            ),
        title: z =>
          z.string().describe("The change's title: the commit subject"),
        description: z =>
          z
            .string()
            .optional()
            .describe(
              'The commit body, e.g. the summary of kafka-on-eks:update',
            ),
        filesToDelete: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              "Files to delete, relative to the repository root, e.g. kafka-on-eks:update's deletedFiles",
            ),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Workspace folder with the changed repository (default: the workspace root)',
            ),
      },
      output: {
        branch: z =>
          z.string().describe('The whole branch, kafka-on-eks/<branch>'),
        commitHash: z => z.string().describe('The commit on that branch'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const branch = changeBranch(input.branch);
      if (!input.title.trim()) {
        throw inputError('title: must not be empty');
      }
      const filesToDelete = (input.filesToDelete ?? []).map(file => {
        const normalized = path.posix.normalize(file);
        if (
          path.posix.isAbsolute(file) ||
          normalized.split('/').includes('..') ||
          normalized === '.'
        ) {
          throw inputError(
            `filesToDelete: ${file} is not a path inside the repository`,
          );
        }
        return normalized;
      });
      const source = resolveSafeChildPath(
        ctx.workspacePath,
        input.sourcePath ?? '.',
      );
      const dir = await resolveLocalRepository(
        repositoriesDirectory,
        input.repository,
      );
      if (await branchCommit(dir, branch)) {
        throw inputError(
          `branch: ${branch} already exists in ${dir}: merge or delete it, or name the change otherwise`,
        );
      }
      const clash = (await git.listBranches({ fs: nodeFs, dir })).find(
        b => b.startsWith(`${branch}/`) || branch.startsWith(`${b}/`),
      );
      if (clash) {
        throw inputError(
          `branch: ${branch} cannot sit beside the branch ${clash} in git`,
        );
      }

      if (ctx.isDryRun) {
        ctx.output('branch', branch);
        ctx.output('commitHash', NO_COMMIT);
        return;
      }

      const main = await git.resolveRef({ fs: nodeFs, dir, ref: MAIN_BRANCH });
      const files = await mainFiles(dir, main);
      // Like publish:github:pull-request: the workspace's files over main's,
      // then the deletions; files only main has stay.
      for (const file of await workspaceFiles(source)) {
        const content = await fs.readFile(path.join(source, file.path));
        const oid = await git.writeBlob({ fs: nodeFs, dir, blob: content });
        files.set(file.path, { mode: file.mode, oid, type: 'blob' });
      }
      for (const file of filesToDelete) files.delete(file);

      const tree = await writeTrees(dir, files);
      const { commit: mainCommit } = await git.readCommit({
        fs: nodeFs,
        dir,
        oid: main,
      });
      if (tree === mainCommit.tree) {
        throw inputError(
          `sourcePath: the workspace holds the files of ${MAIN_BRANCH} unchanged: there is nothing to commit`,
        );
      }
      const commitHash = await git.commit({
        fs: nodeFs,
        dir,
        ref: `refs/heads/${branch}`,
        parent: [main],
        tree,
        message: input.description
          ? `${input.title}\n\n${input.description}`
          : input.title,
        author: LOCAL_AUTHOR,
      });
      ctx.logger.info(`Committed ${branch} at ${commitHash} in ${dir}`);
      ctx.output('branch', branch);
      ctx.output('commitHash', commitHash);
    },
  });
}

/** Every file of a commit, path → tree entry. */
async function mainFiles(
  dir: string,
  commit: string,
): Promise<Map<string, Entry>> {
  const files = new Map<string, Entry>();
  await git.walk({
    fs: nodeFs,
    dir,
    trees: [TREE({ ref: commit })],
    map: async (filepath, [entry]) => {
      if (!entry || filepath === '.') return true;
      const type = await entry.type();
      // 'special' is the working tree's kind only; a commit has none.
      if (type === 'tree' || type === 'special') return true;
      files.set(filepath, {
        mode: (await entry.mode()).toString(8),
        oid: await entry.oid(),
        type,
      });
      return true;
    },
  });
  return files;
}

/** The workspace's regular files, relative POSIX paths, with git modes. */
async function workspaceFiles(
  root: string,
): Promise<{ path: string; mode: string }[]> {
  const found: { path: string; mode: string }[] = [];
  const visit = async (folder: string) => {
    for (const entry of await fs.readdir(path.join(root, folder), {
      withFileTypes: true,
    })) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) await visit(relative);
      else if (entry.isFile()) {
        const { mode } = await fs.stat(path.join(root, relative));
        found.push({
          path: relative,
          mode: mode & 0o111 ? '100755' : '100644',
        });
      } else {
        throw inputError(
          `sourcePath: ${relative} is not a regular file (a symbolic link?): the change cannot carry it`,
        );
      }
    }
  };
  await visit('');
  return found;
}

/** Writes the trees of a flat path → entry map, returning the root tree. */
async function writeTrees(
  dir: string,
  files: Map<string, Entry>,
): Promise<string> {
  const write = async (prefix: string): Promise<string> => {
    const entries: TreeEntry[] = [];
    const folders = new Set<string>();
    for (const [filepath, entry] of files) {
      if (!filepath.startsWith(prefix)) continue;
      const rest = filepath.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) entries.push({ ...entry, path: rest });
      else folders.add(rest.slice(0, slash));
    }
    for (const folder of folders) {
      entries.push({
        mode: '040000',
        path: folder,
        oid: await write(`${prefix}${folder}/`),
        type: 'tree',
      });
    }
    return git.writeTree({ fs: nodeFs, dir, tree: entries });
  };
  return write('');
}
