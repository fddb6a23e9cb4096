import type { createMockDirectory } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import git from 'isomorphic-git';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPublishLocalAction } from '../publishLocal';

export const CATALOG_INFO = [
  'apiVersion: backstage.io/v1alpha1',
  'kind: Resource',
  'metadata:',
  '  name: orders',
  'spec:',
  '  type: kafka-cluster',
  '  owner: group:default/team-a',
  '',
].join('\n');

/** The files of the repository `orders` that the tests publish. */
export const ORDERS_FILES = {
  'catalog-info.yaml': CATALOG_INFO,
  'kafka-on-eks.yaml': 'name: orders\n',
  'kubernetes/kafka/topics.yaml': 'kind: KafkaTopic\n',
  'terraform/main.tf': 'terraform {}\n',
};

/**
 * Publishes a repository under `repositories` through
 * `kafka-on-eks:publish-local` itself, as the create template does.
 */
export async function publishRepository(
  repositories: ReturnType<typeof createMockDirectory>,
  name = 'orders',
  files: Record<string, string> = ORDERS_FILES,
): Promise<string> {
  // A plain temporary folder: each createMockDirectory adds an exit hook.
  const source = await fs.promises.mkdtemp(
    path.join(os.tmpdir(), 'kafka-on-eks-source-'),
  );
  for (const [file, content] of Object.entries(files)) {
    await fs.promises.mkdir(path.dirname(path.join(source, file)), {
      recursive: true,
    });
    await fs.promises.writeFile(path.join(source, file), content);
  }
  const catalog = catalogServiceMock.mock();
  catalog.getEntityByRef.mockResolvedValue({ kind: 'Resource' } as any);
  const action = createPublishLocalAction({
    repositoriesDirectory: repositories.path,
    catalog,
  });
  try {
    await action.handler(
      createMockActionContext({ workspacePath: source, input: { name } }),
    );
  } finally {
    await fs.promises.rm(source, { recursive: true, force: true });
  }
  return repositories.resolve(name);
}

/** A branch's files as path → text, read from git, not the working tree. */
export async function committedFiles(
  dir: string,
  ref: string,
): Promise<Record<string, string>> {
  const oid = await git.resolveRef({ fs, dir, ref });
  const files: Record<string, string> = {};
  for (const filepath of await git.listFiles({ fs, dir, ref: oid })) {
    const { blob } = await git.readBlob({ fs, dir, oid, filepath });
    files[filepath] = Buffer.from(blob).toString('utf8');
  }
  return files;
}
