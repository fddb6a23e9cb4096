import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createMockDirectory } from '@backstage/backend-test-utils';
import { parse } from 'yaml';
import { createGenerateAction } from './generate';
import { examples } from './generate.examples';

describe('kafka-on-eks:generate', () => {
  const workspace = createMockDirectory();

  beforeEach(() => workspace.clear());

  it('writes the repository into the workspace and lists the files', async () => {
    const action = createGenerateAction();
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { name: 'orders', owner: 'group:default/team-a' },
    });

    await action.handler(ctx);

    const catalogInfo = parse(
      workspace.content()!['catalog-info.yaml'] as string,
    );
    expect(catalogInfo.metadata.name).toBe('orders');
    expect(catalogInfo.spec.owner).toBe('group:default/team-a');
    expect(ctx.output).toHaveBeenCalledWith('files', ['catalog-info.yaml']);
  });

  it('rejects an invalid request naming the field, and writes nothing', async () => {
    const action = createGenerateAction();
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { name: 'Orders!', owner: 'group:default/team-a' },
    });

    await expect(action.handler(ctx)).rejects.toThrow(
      /name: must be a DNS-1035 label/,
    );
    expect(workspace.content()).toEqual({});
  });

  it('refuses a target path outside the workspace', async () => {
    const action = createGenerateAction();
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { name: 'orders', owner: 'team-a', targetPath: '../escape' },
    });

    await expect(action.handler(ctx)).rejects.toThrow(/outside/i);
    expect(workspace.content()).toEqual({});
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the documented example: %s',
    async (_description, example) => {
      const [step] = parse(example).steps;
      const action = createGenerateAction();
      const ctx = createMockActionContext({
        workspacePath: workspace.path,
        input: step.input,
      });

      await action.handler(ctx);

      const catalogInfo = parse(
        workspace.content()!['catalog-info.yaml'] as string,
      );
      expect(catalogInfo.metadata.name).toBe(step.input.name);
      expect(step.action).toBe(action.id);
    },
  );
});
