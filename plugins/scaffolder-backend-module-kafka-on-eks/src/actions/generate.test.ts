import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createMockDirectory } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
import fs from 'node:fs';
import { parse } from 'yaml';
import { clusterRequestSchema } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { createGenerateAction } from './generate';
import { examples } from './generate.examples';
import { workspaceFiles } from './__testUtils__/workspaceFiles';

describe('kafka-on-eks:generate', () => {
  const workspace = createMockDirectory();
  const action = createGenerateAction();

  beforeEach(() => workspace.clear());

  const filesIn = () => Object.keys(workspaceFiles(workspace)).sort();

  it('writes the whole repository into the workspace and lists the files', async () => {
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: {
        name: 'orders',
        owner: 'group:default/team-a',
        region: 'eu-west-1',
      },
    });

    await action.handler(ctx);

    const written = filesIn();
    expect(written).toEqual(
      expect.arrayContaining(['README.md', 'catalog-info.yaml']),
    );
    expect(written.some(f => f.startsWith('terraform/'))).toBe(true);
    expect(written.some(f => f.startsWith('kubernetes/kafka/'))).toBe(true);
    const [[, listed]] = (ctx.output as jest.Mock).mock.calls.filter(
      ([n]) => n === 'files',
    );
    expect([...listed].sort()).toEqual(written);
    const entity = parse(
      fs.readFileSync(workspace.resolve('catalog-info.yaml'), 'utf8'),
    );
    expect(entity.metadata.name).toBe('orders');
  });

  it.each<[JsonObject, RegExp]>([
    [
      { name: 'Orders!', owner: 'group:default/team-a' },
      /name: must be a DNS-1035 label/,
    ],
    [
      {
        name: 'orders',
        owner: 'team-a',
        brokers: { storageClass: 'st1', volumeSizeGi: 100 },
      },
      /brokers\.volumeSizeGi: st1 volumes must be at least 125 GiB/,
    ],
    [
      { name: 'orders', owner: 'team-a', topics: [{ name: 'a b' }] },
      /topics\[0\]\.name: may only contain letters/,
    ],
    [{ owner: 'team-a' }, /name: is required/],
  ])(
    'rejects %j naming the field, and writes nothing',
    async (input, message) => {
      const ctx = createMockActionContext({
        workspacePath: workspace.path,
        input,
      });
      const error = await action.handler(ctx).then(
        () => undefined,
        e => e,
      );
      expect(error?.message).toMatch(message);
      // The task log shows error.stack: one line, no trace of our code.
      expect(error.stack).toBe(`InputError: ${error.message}`);
      expect(filesIn()).toEqual([]);
    },
  );

  it('refuses a target path outside the workspace, and writes nothing', async () => {
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { name: 'orders', owner: 'team-a', targetPath: '../escape' },
    });
    await expect(action.handler(ctx)).rejects.toThrow(/outside/i);
    expect(filesIn()).toEqual([]);
  });

  it('declares every request field as an input, so the scaffolder passes it through', () => {
    // The scaffolder refuses inputs the action's schema does not list.
    const declared = Object.keys(
      (action.schema?.input as { properties: object }).properties,
    );
    expect(declared).toEqual(
      expect.arrayContaining(Object.keys(clusterRequestSchema.properties)),
    );
    expect(
      (action.schema?.input as { additionalProperties: unknown })
        .additionalProperties,
    ).toBe(false);
  });

  it('checks the Kubernetes version against its own day, and records it', async () => {
    const later = createGenerateAction({ today: () => '2026-12-02' });
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { name: 'orders', owner: 'team-a', kubernetesVersion: '1.34' },
    });
    await expect(later.handler(ctx)).rejects.toThrow(
      'kubernetesVersion: 1.34 left EKS standard support on 2026-12-02',
    );
    expect(filesIn()).toEqual([]);

    const earlier = createGenerateAction({ today: () => '2026-11-01' });
    await earlier.handler(
      createMockActionContext({
        workspacePath: workspace.path,
        input: { name: 'orders', owner: 'team-a', kubernetesVersion: '1.34' },
      }),
    );
    const stored = parse(
      fs.readFileSync(workspace.resolve('kafka-on-eks.yaml'), 'utf8'),
    );
    expect(stored.generatedOn).toBe('2026-11-01');
  });

  it('supports dry runs', () => {
    expect(action.supportsDryRun).toBe(true);
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the documented example: %s',
    async (_description, example) => {
      const [step] = parse(example).steps;
      expect(step.action).toBe(action.id);
      const ctx = createMockActionContext({
        workspacePath: workspace.path,
        input: step.input,
      });

      await action.handler(ctx);

      const prefix = step.input.targetPath ? `${step.input.targetPath}/` : '';
      const entity = parse(
        fs.readFileSync(
          workspace.resolve(`${prefix}catalog-info.yaml`),
          'utf8',
        ),
      );
      expect(entity.metadata.name).toBe(step.input.name);
      expect(entity.spec.owner).toBe(step.input.owner);
    },
  );
});
