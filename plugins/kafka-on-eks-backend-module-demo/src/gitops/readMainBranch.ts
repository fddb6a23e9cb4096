import git from 'isomorphic-git';
import nodeFs from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** What Argo CD and the person running Terraform see of a repository: its main branch. */
export interface MainBranch {
  commit: string;
  /** Every YAML document under the folder Argo CD syncs, in path order. */
  manifests: any[];
  /** The text of `kafka-on-eks.yaml`, when the commit has one. */
  requestFile?: string;
}

const MAIN = 'main';

/** The commit `main` points at, or undefined for a folder that is no git repository. */
export async function mainCommit(dir: string): Promise<string | undefined> {
  return git.resolveRef({ fs: nodeFs, dir, ref: MAIN }).catch(() => undefined);
}

/**
 * Reads the manifests of `main` from git itself, not the working tree: a
 * change lands on a branch and reaches `main` by a merge, which moves the
 * ref without checking anything out.
 */
export async function readMainBranch(
  dir: string,
  options: { manifestsFolder: string; requestFile: string },
): Promise<MainBranch | undefined> {
  const commit = await mainCommit(dir);
  if (!commit) return undefined;
  const files = await git.listFiles({ fs: nodeFs, dir, ref: commit });
  const read = async (filepath: string) =>
    Buffer.from(
      (await git.readBlob({ fs: nodeFs, dir, oid: commit, filepath })).blob,
    ).toString('utf8');

  const manifests: any[] = [];
  const folder = `${options.manifestsFolder}/`;
  for (const file of files.filter(f => f.startsWith(folder)).sort()) {
    if (!/\.ya?ml$/.test(file)) continue;
    for (const document of parseAllDocuments(await read(file))) {
      if (document.errors.length > 0) {
        throw new Error(`${file}: ${document.errors[0].message}`);
      }
      const value = document.toJS();
      if (value?.kind === 'List') manifests.push(...(value.items ?? []));
      else if (value) manifests.push(value);
    }
  }
  return {
    commit,
    manifests,
    requestFile: files.includes(options.requestFile)
      ? await read(options.requestFile)
      : undefined,
  };
}
