import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import git from 'isomorphic-git';
import nodeFs from 'node:fs';
import { examples } from './mergeLocal.examples';
import {
  branchCommit,
  changeBranch,
  MAIN_BRANCH,
  NO_COMMIT,
  resolveLocalRepository,
  REPOSITORY_INPUT_DESCRIPTION,
} from './localRepository';
import { inputError } from './userError';

/**
 * Creates `kafka-on-eks:merge-local`: fast-forwards `main` of a local
 * repository to a change branch, updates the working tree (the catalog reads
 * `catalog-info.yaml` from disk) and deletes the branch: the demo's "merge
 * the pull request". Registered only with local publishing.
 */
export function createMergeLocalAction(options: {
  /** Absolute folder that holds the repositories. */
  repositoriesDirectory: string;
}) {
  const { repositoriesDirectory } = options;
  return createTemplateAction({
    id: 'kafka-on-eks:merge-local',
    description:
      "Merges a change branch into main of a local git repository on the portal's disk, fast-forward only, and deletes the branch (demo)",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repository: z => z.string().describe(REPOSITORY_INPUT_DESCRIPTION),
        branch: z =>
          z
            .string()
            .describe(
              'The branch after "kafka-on-eks/", as given to kafka-on-eks:publish-local-change',
            ),
      },
      output: {
        commitHash: z => z.string().describe('The commit main now points at'),
      },
    },
    async handler(ctx) {
      const branch = changeBranch(ctx.input.branch);
      const dir = await resolveLocalRepository(
        repositoriesDirectory,
        ctx.input.repository,
      );
      if (ctx.isDryRun) {
        // The branch of a dry run was never committed.
        ctx.output('commitHash', NO_COMMIT);
        return;
      }
      const head = await branchCommit(dir, branch);
      if (!head) {
        throw inputError(`branch: there is no branch ${branch} in ${dir}`);
      }
      const main = await git.resolveRef({ fs: nodeFs, dir, ref: MAIN_BRANCH });
      if (
        head !== main &&
        (await git.isDescendent({ fs: nodeFs, dir, oid: main, ancestor: head }))
      ) {
        throw inputError(
          `branch: ${branch} is already merged into ${MAIN_BRANCH}`,
        );
      }
      // Fast-forward only. A change is rendered whole from the request on
      // main; a text merge of two renders is not a render, and the next
      // kafka-on-eks:update would refuse the repository as drifted.
      if (
        head !== main &&
        !(await git.isDescendent({
          fs: nodeFs,
          dir,
          oid: head,
          ancestor: main,
        }))
      ) {
        throw inputError(
          `branch: ${MAIN_BRANCH} has moved since ${branch} was made from it, so its files were rendered from an older kafka-on-eks.yaml: run the change again from the current ${MAIN_BRANCH}, and delete this branch`,
        );
      }
      await assertCleanWorkingTree(dir);

      await git.writeRef({
        fs: nodeFs,
        dir,
        ref: `refs/heads/${MAIN_BRANCH}`,
        value: head,
        force: true,
      });
      try {
        await git.checkout({ fs: nodeFs, dir, ref: MAIN_BRANCH });
      } catch (error) {
        // Leave the repository as it was: main where it was, the branch kept.
        await git.writeRef({
          fs: nodeFs,
          dir,
          ref: `refs/heads/${MAIN_BRANCH}`,
          value: main,
          force: true,
        });
        throw error;
      }
      await git.deleteBranch({ fs: nodeFs, dir, ref: branch });
      ctx.logger.info(
        `Merged ${branch} into ${MAIN_BRANCH} of ${dir}: ${main} → ${head}`,
      );
      ctx.output('commitHash', head);
    },
  });
}

/**
 * Refuses to merge over hand edits of the working tree, which the checkout
 * of the new main would overwrite. Untracked files are left alone.
 */
async function assertCleanWorkingTree(dir: string) {
  const current = await git.currentBranch({ fs: nodeFs, dir });
  if (current !== MAIN_BRANCH) {
    throw inputError(
      `repository: ${dir} has ${
        current ?? 'a detached HEAD'
      } checked out, not ${MAIN_BRANCH}`,
    );
  }
  const changed = (await git.statusMatrix({ fs: nodeFs, dir }))
    .filter(
      ([, head, workdir, stage]) =>
        head === 1 && (workdir !== 1 || stage !== 1),
    )
    .map(([file]) => file);
  if (changed.length > 0) {
    throw inputError(
      `repository: the working tree of ${dir} has changes that are not committed (${changed.join(
        ', ',
      )}): commit or revert them first`,
    );
  }
}
