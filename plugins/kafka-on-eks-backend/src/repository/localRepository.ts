import { NotFoundError } from '@backstage/errors';
import type { ClusterChangeRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import git from 'isomorphic-git';
import nodeFs from 'node:fs';

// `kafka-on-eks:publish-local` commits to this branch; a change reaches it
// by a merge, which moves the ref without touching the working tree.
const MAIN = 'main';

async function mainCommit(dir: string): Promise<string> {
  try {
    return await git.resolveRef({ fs: nodeFs, dir, ref: MAIN });
  } catch {
    throw new NotFoundError(
      `${dir} is not a git repository with a ${MAIN} branch`,
    );
  }
}

/**
 * The text of a file at the tip of `main`, read from git itself and not the
 * working tree, which a checked-out change branch may have changed.
 */
export async function readFileOnMain(
  dir: string,
  filepath: string,
): Promise<string> {
  const oid = await mainCommit(dir);
  try {
    const { blob } = await git.readBlob({ fs: nodeFs, dir, oid, filepath });
    return Buffer.from(blob).toString('utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'NotFoundError') {
      throw new NotFoundError(
        `${filepath} is not on the ${MAIN} branch of ${dir}`,
      );
    }
    throw error;
  }
}

/**
 * The branches starting with `prefix` whose tip `main` does not contain yet:
 * a local repository's stand-in for open pull requests.
 */
export async function listUnmergedBranches(
  dir: string,
  prefix: string,
): Promise<ClusterChangeRequest[]> {
  const main = await mainCommit(dir);
  const branches = (await git.listBranches({ fs: nodeFs, dir }))
    .filter(branch => branch.startsWith(prefix))
    .sort();
  const changes: ClusterChangeRequest[] = [];
  for (const branch of branches) {
    const tip = await git.resolveRef({ fs: nodeFs, dir, ref: branch });
    // isDescendent is false for the same commit: a fast-forwarded branch.
    const merged =
      tip === main ||
      (await git.isDescendent({
        fs: nodeFs,
        dir,
        oid: main,
        ancestor: tip,
        depth: -1,
      }));
    if (merged) continue;
    const { commit } = await git.readCommit({ fs: nodeFs, dir, oid: tip });
    changes.push({
      title: commit.message.split('\n')[0].trim() || branch,
      branch,
      author: commit.author.name,
      createdAt: new Date(commit.committer.timestamp * 1000).toISOString(),
    });
  }
  return changes;
}
