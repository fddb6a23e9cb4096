import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createMockDirectory } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { createPublishLocalAction } from './publishLocal';

const catalogInfo = [
  'apiVersion: backstage.io/v1alpha1',
  'kind: Resource',
  'metadata:',
  '  name: orders',
  'spec:',
  '  type: kafka-cluster',
  '  owner: group:default/team-a',
  '',
].join('\n');

describe('kafka-on-eks:publish-local', () => {
  const workspace = createMockDirectory();
  const repositories = createMockDirectory();

  beforeEach(() => {
    workspace.setContent({
      'catalog-info.yaml': catalogInfo,
      'terraform/main.tf': 'terraform {}\n',
    });
    repositories.clear();
  });

  function setup() {
    const catalog = catalogServiceMock.mock();
    const action = createPublishLocalAction({
      repositoriesDirectory: repositories.path,
      catalog,
    });
    return { catalog, action };
  }

  it('commits the workspace into a git repository and registers its catalog-info.yaml', async () => {
    const { catalog, action } = setup();
    // The catalog shows the entity on its second look, as after a processing round.
    catalog.getEntityByRef
      .mockResolvedValueOnce(undefined)
      .mockResolvedValue({ kind: 'Resource' } as any);
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { name: 'orders' },
    });

    await action.handler(ctx);

    const dir = repositories.resolve('orders');
    const [commit] = await git.log({ fs, dir });
    expect(commit.commit.message).toContain('Kafka on EKS cluster orders');
    const tracked = await git.listFiles({ fs, dir });
    expect(tracked.sort()).toEqual(['catalog-info.yaml', 'terraform/main.tf']);
    expect(catalog.addLocation).toHaveBeenCalledWith(
      { type: 'file', target: `${dir}/catalog-info.yaml` },
      expect.objectContaining({ credentials: expect.anything() }),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'resource:default/orders',
    );
    expect(ctx.output).toHaveBeenCalledWith('commitHash', commit.oid);
    // Waited for the entity, so the task's link to it works at once.
    expect(catalog.getEntityByRef).toHaveBeenCalledTimes(2);
    expect(catalog.getEntityByRef).toHaveBeenCalledWith(
      'resource:default/orders',
      expect.objectContaining({ credentials: expect.anything() }),
    );
  });

  it('writes and registers nothing in a dry run', async () => {
    const { catalog, action } = setup();
    // createMockActionContext drops isDryRun, so it is set on the result.
    const ctx = {
      ...createMockActionContext({
        workspacePath: workspace.path,
        input: { name: 'orders' },
      }),
      isDryRun: true,
    };

    await action.handler(ctx);

    expect(repositories.content()).toEqual({});
    expect(catalog.addLocation).not.toHaveBeenCalled();
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'resource:default/orders',
    );
  });

  it('refuses to overwrite an existing repository', async () => {
    const { action } = setup();
    repositories.setContent({ 'orders/README.md': 'mine' });
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { name: 'orders' },
    });

    await expect(action.handler(ctx)).rejects.toThrow(
      /name: a repository named orders already exists/,
    );
    expect(repositories.content()).toEqual({ orders: { 'README.md': 'mine' } });
  });

  it('refuses a name that is not a DNS-1035 label, such as a path', async () => {
    const { action } = setup();
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { name: '../etc' },
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      /name: must be a DNS-1035 label/,
    );
  });
});
