import { CHANGE_BRANCH_PREFIX } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import git from 'isomorphic-git';
import nodeFs from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { inputError } from './userError';

/** The branch Argo CD syncs and the demo loop applies. */
export const MAIN_BRANCH = 'main';

/** The `repository` input of every local action: where the entity's repository is. */
export const REPOSITORY_INPUT_DESCRIPTION =
  "The entity's backstage.io/managed-by-location (file:<folder>/catalog-info.yaml), or the repository folder, under kafkaOnEks.localPublish.directory";

/** Who commits in the local repositories (as `kafka-on-eks:publish-local`). */
export const LOCAL_AUTHOR = {
  name: 'Backstage scaffolder',
  email: 'scaffolder@backstage.local',
};

/** Output of a dry run, where nothing is committed. */
export const NO_COMMIT = '0000000000000000000000000000000000000000';

/**
 * The folder of a local repository named by `repository`: the entity's
 * `backstage.io/managed-by-location` (`file:<folder>/catalog-info.yaml`), or
 * the repository folder itself. It must be a git repository directly under
 * the local publishing folder, compared by real paths, so neither `..` nor a
 * symbolic link reaches anything else on the portal's disk.
 */
export async function resolveLocalRepository(
  repositoriesDirectory: string,
  repository: string,
): Promise<string> {
  const given = repository.replace(/^file:/, '');
  if (given.split(/[\\/]/).includes('..')) {
    throw inputError(`repository: ${repository}: ".." is not allowed`);
  }
  const outside = () =>
    inputError(
      `repository: ${repository} is not a repository in the local publishing folder (kafkaOnEks.localPublish.directory)`,
    );
  const root = await fs.realpath(repositoriesDirectory).catch(() => {
    throw outside();
  });
  let target = await fs
    .realpath(path.resolve(repositoriesDirectory, given))
    .catch(() => {
      throw outside();
    });
  if ((await fs.stat(target)).isFile()) target = path.dirname(target);
  const relative = path.relative(root, target);
  if (!relative || relative.startsWith('..') || relative.includes(path.sep)) {
    throw outside();
  }
  // lstat: a .git that is a link could point at another repository.
  const gitDir = await fs.lstat(path.join(target, '.git')).catch(() => null);
  const main = gitDir?.isDirectory()
    ? await git
        .resolveRef({ fs: nodeFs, dir: target, ref: MAIN_BRANCH })
        .catch(() => undefined)
    : undefined;
  if (!main) {
    throw inputError(
      `repository: ${repository} is not a git repository with a ${MAIN_BRANCH} branch`,
    );
  }
  return target;
}

/**
 * A change branch (after the prefix): git check-ref-format's rules (no "..",
 * no component starting with "." or ending in ".lock", no trailing "."), over
 * an allow-list of characters, as the name becomes a file under
 * .git/refs/heads. The change template's form repeats it.
 */
export const CHANGE_BRANCH_PATTERN =
  /^(?!.*\.\.)(?!.*\.lock(?:\/|$))(?!.*\.$)[A-Za-z0-9_][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/;
export const BRANCH_MAX_LENGTH = 200;

/**
 * The full change branch (`kafka-on-eks/<branch>`) of a `branch` input, the
 * part after the prefix, refused unless it is a valid git branch name.
 */
export function changeBranch(branch: string): string {
  if (branch.startsWith(CHANGE_BRANCH_PREFIX)) {
    throw inputError(
      `branch: give the part after "${CHANGE_BRANCH_PREFIX}" (got ${branch})`,
    );
  }
  if (
    branch.length > BRANCH_MAX_LENGTH ||
    !CHANGE_BRANCH_PATTERN.test(branch)
  ) {
    throw inputError(
      `branch: ${JSON.stringify(
        branch,
      )} is not a valid git branch name: letters, digits, ".", "_", "-" and "/" between parts, no "..", no part starting with "." or ending in ".lock", at most ${BRANCH_MAX_LENGTH} characters`,
    );
  }
  return `${CHANGE_BRANCH_PREFIX}${branch}`;
}

/** The commit a branch points at, or undefined when there is no such branch. */
export async function branchCommit(
  dir: string,
  branch: string,
): Promise<string | undefined> {
  return git
    .resolveRef({ fs: nodeFs, dir, ref: `refs/heads/${branch}` })
    .catch(() => undefined);
}
