import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import git, { TREE } from 'isomorphic-git';
import nodeFs from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { examples } from './fetchLocal.examples';
import {
  MAIN_BRANCH,
  resolveLocalRepository,
  REPOSITORY_INPUT_DESCRIPTION,
} from './localRepository';
import { inputError } from './userError';

/**
 * Creates `kafka-on-eks:fetch-local`: copies the committed `main` branch of
 * a local repository (one `kafka-on-eks:publish-local` made) into the
 * workspace. The stand-in for `fetch:plain`, which cannot read `file:`
 * locations; registered only with local publishing.
 */
export function createFetchLocalAction(options: {
  /** Absolute folder that holds the repositories. */
  repositoriesDirectory: string;
}) {
  const { repositoriesDirectory } = options;
  return createTemplateAction({
    id: 'kafka-on-eks:fetch-local',
    description:
      "Copies the main branch of a local git repository on the portal's disk into the workspace (demo, the stand-in for fetch:plain)",
    examples,
    // It only reads the portal's disk and writes the workspace.
    supportsDryRun: true,
    schema: {
      input: {
        repository: z => z.string().describe(REPOSITORY_INPUT_DESCRIPTION),
        targetPath: z =>
          z
            .string()
            .optional()
            .describe('Workspace folder to copy into (default ".")'),
      },
      output: {
        commitHash: z =>
          z.string().describe('The commit of main that was copied'),
        files: z =>
          z
            .array(z.string())
            .describe('The files copied, relative to targetPath'),
      },
    },
    async handler(ctx) {
      const dir = await resolveLocalRepository(
        repositoriesDirectory,
        ctx.input.repository,
      );
      const target = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.targetPath ?? '.',
      );
      const commitHash = await git.resolveRef({
        fs: nodeFs,
        dir,
        ref: MAIN_BRANCH,
      });

      // The committed tree, not the working tree: what was merged is what
      // a change starts from, as a clone of GitHub's default branch would.
      const files: { filepath: string; content: Uint8Array; mode: number }[] =
        [];
      await git.walk({
        fs: nodeFs,
        dir,
        trees: [TREE({ ref: commitHash })],
        map: async (filepath, [entry]) => {
          if (!entry || filepath === '.') return true;
          const type = await entry.type();
          if (type !== 'blob') return type === 'tree';
          const mode = await entry.mode();
          if (mode === 0o120000) {
            throw inputError(
              `repository: ${filepath} in ${MAIN_BRANCH} is a symbolic link, which the workspace does not take`,
            );
          }
          files.push({ filepath, content: (await entry.content())!, mode });
          return true;
        },
      });

      for (const file of files) {
        const destination = resolveSafeChildPath(target, file.filepath);
        await fs.mkdir(path.dirname(destination), { recursive: true });
        await fs.writeFile(destination, file.content, {
          mode: file.mode === 0o100755 ? 0o755 : 0o644,
        });
      }
      ctx.logger.info(
        `Copied ${files.length} files of ${MAIN_BRANCH} at ${commitHash} from ${dir}`,
      );
      ctx.output('commitHash', commitHash);
      ctx.output(
        'files',
        files.map(f => f.filepath),
      );
    },
  });
}
