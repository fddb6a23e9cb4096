import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createMockDirectory } from '@backstage/backend-test-utils';
import {
  validateClusterRequest,
  type KafkaClusterRequest,
  type LiveClusterFacts,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { parse, parseAllDocuments } from 'yaml';
import { renderRepository, RENDERER_VERSION, REQUEST_FILE } from '../render';
import { TEST_CONTEXT } from '../render/__fixtures__/requests';
import { createUpdateAction } from './update';
import { examples, EXAMPLES_CURRENT_REQUEST } from './update.examples';
import { workspaceFiles } from './__testUtils__/workspaceFiles';

function validated(raw: Record<string, unknown>): KafkaClusterRequest {
  const result = validateClusterRequest(raw, TEST_CONTEXT);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.request;
}

const CURRENT = {
  name: 'orders',
  owner: 'group:default/team-a',
  region: 'eu-west-1',
  topics: [
    { name: 'orders.created', partitions: 12 },
    { name: 'audit', partitions: 6 },
  ],
  clients: [
    {
      name: 'orders-service',
      namespace: 'orders',
      topics: [{ name: 'orders.created', access: 'readwrite' }],
      consumerGroups: ['orders-*'],
    },
  ],
};

describe('kafka-on-eks:update', () => {
  const workspace = createMockDirectory();

  /** The workspace's repo/ folder as path → content. */
  const repository = () => workspaceFiles(workspace, 'repo');

  function generate(raw: Record<string, unknown> = CURRENT) {
    const request = validated(raw);
    workspace.setContent({
      repo: Object.fromEntries(
        renderRepository(request).map(f => [f.path, f.content]),
      ),
    });
    return request;
  }

  async function run(input: Record<string, unknown>, live?: LiveClusterFacts) {
    const action = createUpdateAction({
      readLiveFacts: live ? async () => live : undefined,
    });
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { path: 'repo', ...input } as any,
    });
    await action.handler(ctx);
    const outputs = Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
    );
    return outputs as {
      changedFiles: string[];
      deletedFiles: string[];
      summary: string;
    };
  }

  /** What changes between two renderings: the files a change must write and delete. */
  function renderedDifference(
    before: KafkaClusterRequest,
    after: KafkaClusterRequest,
  ) {
    const old = new Map(renderRepository(before).map(f => [f.path, f.content]));
    const next = renderRepository(after);
    return {
      changed: next.filter(f => old.get(f.path) !== f.content).map(f => f.path),
      deleted: [...old.keys()].filter(p => !next.some(f => f.path === p)),
    };
  }

  beforeEach(() => workspace.clear());

  it('adds a topic: writes exactly the files that render differently', async () => {
    const current = generate();
    const desired = {
      ...CURRENT,
      topics: [...CURRENT.topics, { name: 'payments' }],
    };
    const out = await run({ request: desired });

    const expected = validated(desired);
    expected.generatedOn = current.generatedOn;
    const difference = renderedDifference(current, expected);
    expect(out.changedFiles.sort()).toEqual(difference.changed.sort());
    expect(out.deletedFiles).toEqual([]);
    expect(out.changedFiles).toContain(REQUEST_FILE);
    // The repository is now what the desired request renders to.
    expect(repository()).toEqual(
      Object.fromEntries(
        renderRepository(expected).map(f => [f.path, f.content]),
      ),
    );
    const topics = Object.entries(repository())
      .filter(([p]) => p.startsWith('kubernetes/'))
      .flatMap(([, text]) => parseAllDocuments(text).map(d => d.toJS()))
      .filter(o => o?.kind === 'KafkaTopic')
      .map(o => o.metadata.name);
    expect(topics).toContain('payments');
    expect(out.summary).toContain(
      '- `topics[2].name` (Argo CD, on merge): The topic operator creates topic payments',
    );
  });

  it('removes a client: its credential files go to deletedFiles', async () => {
    generate();
    const before = Object.keys(repository());
    const out = await run({ request: { ...CURRENT, clients: [] } });
    expect(out.deletedFiles.length).toBeGreaterThan(0);
    // With no client left, the client files are not rendered at all.
    expect(out.deletedFiles.sort()).toEqual(
      [
        'kubernetes/argocd/clients.yaml',
        'kubernetes/kafka/kafka-users.yaml',
        'kubernetes/kafka/client-secret-roles.yaml',
        'kubernetes/kafka/client-secret-role-bindings.yaml',
        'kubernetes/clients/orders/service-accounts.yaml',
        'kubernetes/clients/orders/secret-stores.yaml',
        'kubernetes/clients/orders/external-secrets.yaml',
      ].sort(),
    );
    for (const file of out.deletedFiles) {
      expect(before).toContain(file);
      expect(repository()[file]).toBeUndefined();
    }
    expect(out.summary).toContain('can no longer connect');
  });

  it('grows the volumes when the live view shows no resize pending', async () => {
    generate();
    const out = await run(
      {
        entityRef: 'resource:default/orders',
        request: { ...CURRENT, brokers: { volumeSizeGi: 800 } },
      },
      { volumeModificationPending: false },
    );
    const pools = Object.entries(repository())
      .filter(([p]) => p.startsWith('kubernetes/kafka/'))
      .flatMap(([, text]) => parseAllDocuments(text).map(d => d.toJS()))
      .filter(
        o => o?.kind === 'KafkaNodePool' && o.spec.roles.includes('broker'),
      );
    expect(JSON.stringify(pools[0].spec.storage)).toContain('"size":"800Gi"');
    expect(out.summary).toContain('from 500 to 800 GiB');
  });

  it.each<
    [string, Record<string, unknown>, LiveClusterFacts | undefined, string]
  >([
    [
      'smaller volumes',
      { ...CURRENT, brokers: { volumeSizeGi: 400 } },
      undefined,
      'brokers.volumeSizeGi: volumes only grow (500 → 400 GiB)',
    ],
    [
      'another volume class',
      { ...CURRENT, brokers: { storageClass: 'st1', volumeSizeGi: 500 } },
      undefined,
      "brokers.storageClass: cannot change on an existing cluster (gp3 → st1): an existing volume's class cannot change",
    ],
    [
      'more controllers',
      { ...CURRENT, controllers: { replicas: 5 } },
      undefined,
      'controllers.replicas: cannot change on an existing cluster (3 → 5)',
    ],
    [
      'fewer partitions',
      {
        ...CURRENT,
        topics: [{ name: 'orders.created', partitions: 6 }, CURRENT.topics[1]],
      },
      undefined,
      'topics[0].partitions: partitions cannot shrink (12 → 6)',
    ],
    [
      'a storage change during a resize',
      { ...CURRENT, brokers: { volumeSizeGi: 800 } },
      { volumeModificationPending: true },
      'brokers.volumeSizeGi: a broker volume is still being modified',
    ],
    [
      'more brokers with no live view',
      { ...CURRENT, brokers: { replicas: 6, nodeCapacity: 6 } },
      undefined,
      'brokers.replicas: 6 brokers need room for 6 on the nodes, and the node groups hold 3',
    ],
    [
      'a request that changes nothing',
      CURRENT,
      undefined,
      'request: it is the current request: there is nothing to change',
    ],
  ])(
    'refuses %s, naming the field, and writes nothing',
    async (_, request, live, message) => {
      generate();
      const before = repository();
      await expect(
        run({ request, entityRef: 'resource:default/orders' }, live),
      ).rejects.toThrow(message);
      expect(repository()).toEqual(before);
    },
  );

  it('refuses a repository with hand edits, listing the files, and writes nothing', async () => {
    generate();
    const edited = repository();
    edited['kubernetes/kafka/kafka.yaml'] += '# tuned by hand\n';
    workspace.setContent({ repo: edited });
    await expect(
      run({
        request: { ...CURRENT, topics: [...CURRENT.topics, { name: 'x1' }] },
      }),
    ).rejects.toThrow(
      /^path: the repository differs from what its kafka-on-eks.yaml renders to, in kubernetes\/kafka\/kafka.yaml: hand edits would be overwritten/,
    );
    expect(repository()).toEqual(edited);
  });

  describe('a repository of an older renderer', () => {
    function asRendererOne() {
      generate();
      const files = repository();
      const file = parse(files[REQUEST_FILE]);
      files[
        REQUEST_FILE
      ] = `schemaVersion: 1\ngeneratedOn: ${file.generatedOn}\nrequest:\n  name: orders\n  owner: group:default/team-a\n  region: eu-west-1\n  topics:\n    - name: orders.created\n      partitions: 12\n    - name: audit\n      partitions: 6\n  clients:\n    - name: orders-service\n      namespace: orders\n      topics:\n        - name: orders.created\n          access: readwrite\n      consumerGroups: [orders-*]\n`;
      // What renderer 1 wrote, before broker_replicas became broker_node_capacity.
      files['terraform/infra/terraform.tfvars'] = files[
        'terraform/infra/terraform.tfvars'
      ].replace('broker_node_capacity', 'broker_replicas');
      workspace.setContent({ repo: files });
      return files;
    }

    it('refuses a change until it is regenerated', async () => {
      const before = asRendererOne();
      await expect(
        run({
          request: { ...CURRENT, topics: [...CURRENT.topics, { name: 'x1' }] },
        }),
      ).rejects.toThrow(
        `path: the repository was rendered by renderer version 1, and this module renders version ${RENDERER_VERSION}: regenerate it first`,
      );
      expect(repository()).toEqual(before);
    });

    it('regenerates on its own, and then takes the change', async () => {
      asRendererOne();
      const regenerated = await run({ regenerate: true });
      expect(regenerated.changedFiles.sort()).toEqual(
        [REQUEST_FILE, 'terraform/infra/terraform.tfvars'].sort(),
      );
      expect(regenerated.summary).toContain(
        `regenerated by renderer version ${RENDERER_VERSION} (they were made by version 1)`,
      );
      // Each rewritten file is named: a reviewer sees what is replaced.
      expect(regenerated.summary).toContain(
        '**Rewritten** (whatever they held is replaced, hand edits included):\n\n- `kafka-on-eks.yaml`\n- `terraform/infra/terraform.tfvars`',
      );
      expect(regenerated.summary).not.toContain('**Deleted**');
      const out = await run({
        request: { ...CURRENT, topics: [...CURRENT.topics, { name: 'x1' }] },
      });
      expect(out.changedFiles).toContain(REQUEST_FILE);
    });

    it('has nothing to regenerate once it is current', async () => {
      generate();
      await expect(run({ regenerate: true })).rejects.toThrow(
        `regenerate: the files already are what renderer version ${RENDERER_VERSION} makes of the request`,
      );
    });
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'no kafka-on-eks.yaml',
      { 'README.md': '# not ours\n' },
      'path: repo holds no kafka-on-eks.yaml: it is not a repository generated by kafka-on-eks:generate',
    ],
    [
      'an unparsable kafka-on-eks.yaml',
      { [REQUEST_FILE]: 'schemaVersion: [2\n' },
      'kafka-on-eks.yaml: not valid YAML',
    ],
    [
      'a kafka-on-eks.yaml from a newer generator',
      {
        [REQUEST_FILE]:
          'schemaVersion: 9\nrendererVersion: 9\ngeneratedOn: 2026-12-02\nrequest: {}\n',
      },
      'kafka-on-eks.yaml: schemaVersion: is 9, newer than this reader knows (up to 2): upgrade the @kafka-on-eks packages',
    ],
  ])('refuses a repository with %s', async (_, files, message) => {
    workspace.setContent({ repo: files });
    await expect(run({ request: CURRENT })).rejects.toThrow(message);
    expect(repository()).toEqual(files);
  });

  it('refuses a path outside the workspace', async () => {
    generate();
    await expect(
      run({ path: '../elsewhere', request: CURRENT }),
    ).rejects.toThrow(/outside/i);
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the documented example: %s',
    async (_description, example) => {
      const [step] = parse(example).steps;
      expect(step.action).toBe('kafka-on-eks:update');
      generate({ ...EXAMPLES_CURRENT_REQUEST });
      if (step.input.regenerate) {
        // A repository of renderer 1, as an older module wrote it.
        const files = repository();
        const versions = `schemaVersion: 2\nrendererVersion: ${RENDERER_VERSION}\n`;
        files[REQUEST_FILE] = files[REQUEST_FILE].replace(
          versions,
          'schemaVersion: 1\n',
        );
        workspace.setContent({ [step.input.path]: files });
      }
      const out = await run(step.input, { volumeModificationPending: false });
      expect(out.changedFiles.length).toBeGreaterThan(0);
      expect(out.summary).toMatch(/^## What this changes/);
    },
  );
});
