import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createFetchCatalogEntityAction,
  createFetchPlainAction,
} from '@backstage/plugin-scaffolder-backend';
import { createPublishGithubPullRequestAction } from '@backstage/plugin-scaffolder-backend-module-github';
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import {
  scaffolderActionsExtensionPoint,
  type TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import {
  CHANGE_BRANCH_PREFIX,
  CHANGE_TEMPLATE_NAME,
  CLUSTER_CHANGE_KINDS,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Ajv from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  BRANCH_MAX_LENGTH,
  CHANGE_BRANCH_PATTERN,
} from './actions/localRepository';
import { isTruthy, renderValue } from './actions/__testUtils__/templating';
import { scaffolderModuleKafkaOnEks } from './module';

type Schema = Record<string, any>;

const template = parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../../templates/kafka-on-eks-change/template.yaml',
    ),
    'utf8',
  ),
);
const properties: Record<string, Schema> = Object.assign(
  {},
  ...template.spec.parameters.map((page: Schema) => page.properties),
);
const steps: Schema[] = template.spec.steps;
const step = (id: string) => steps.find(s => s.id === id)!;

/** Every action a portal with local publishing has that the template may use. */
async function availableActions(): Promise<
  Map<string, TemplateAction<any, any, any>>
> {
  const actions: TemplateAction<any, any, any>[] = [];
  const backend = await startTestBackend({
    extensionPoints: [
      [
        scaffolderActionsExtensionPoint,
        {
          addActions: (...added: TemplateAction<any, any, any>[]) =>
            actions.push(...added),
        },
      ],
    ],
    features: [
      scaffolderModuleKafkaOnEks,
      mockServices.rootConfig.factory({
        data: { kafkaOnEks: { localPublish: { directory: '/tmp/repos' } } },
      }),
      catalogServiceMock.factory(),
    ],
  });
  await backend.stop();
  // Backstage's own, as the scaffolder backend and its GitHub module make them.
  const integrations = ScmIntegrations.fromConfig(new ConfigReader({}));
  actions.push(
    createFetchCatalogEntityAction({ catalog: catalogServiceMock() }),
    createFetchPlainAction({
      reader: mockServices.urlReader.mock(),
      integrations,
    }),
    createPublishGithubPullRequestAction({
      integrations,
      githubCredentialsProvider:
        DefaultGithubCredentialsProvider.fromIntegrations(integrations),
    }),
  );
  return new Map(actions.map(a => [a.id, a]));
}

const GITHUB_CLUSTER = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'orders',
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location':
        'url:https://github.com/acme/orders-kafka/blob/main/catalog-info.yaml',
      'backstage.io/source-location':
        'url:https://github.com/acme/orders-kafka/tree/main/',
    },
  },
  spec: { type: 'kafka-cluster', owner: 'group:default/team-a' },
};
const LOCAL_CLUSTER = {
  ...GITHUB_CLUSTER,
  metadata: {
    name: 'orders',
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location':
        'file:/portal/.run/repos/orders/catalog-info.yaml',
    },
  },
};
const TEAM = {
  kind: 'Group',
  metadata: {
    name: 'team-a',
    annotations: { 'github.com/team-slug': 'acme/team-a' },
  },
};
const PARAMETERS = {
  cluster: 'resource:default/orders',
  change: 'add-topic',
  desired: {
    request: { name: 'orders', owner: 'group:default/team-a' },
    branch: 'add-topic-payments',
    title: 'Add topic payments',
  },
};
const UPDATE_OUTPUT = {
  changedFiles: ['kafka-on-eks.yaml'],
  deletedFiles: ['kubernetes/kafka/topic-old.yaml'],
  summary: '## What this changes\n',
};

/**
 * Runs the template's steps as the scaffolder would, with the scaffolder's
 * templating: each `if` decides, each input is rendered and must satisfy its
 * action's input schema. Actions are not run; their outputs are given.
 */
async function simulate(options: {
  cluster: object;
  owner?: object | null;
  parameters?: object;
}) {
  const actions = await availableActions();
  const ajv = new Ajv({ strict: false, allErrors: true });
  const outputs: Record<string, object> = {
    'fetch-cluster': { entity: options.cluster },
    'fetch-owner': { entity: options.owner ?? null },
    update: UPDATE_OUTPUT,
    'pull-request': {
      remoteUrl: 'https://github.com/acme/orders-kafka/pull/1',
    },
  };
  const context: Record<string, any> = {
    parameters: options.parameters ?? PARAMETERS,
    steps: {},
  };
  const ran: Record<string, any> = {};
  for (const s of steps) {
    if (s.if !== undefined && !isTruthy(renderValue(s.if, context))) continue;
    const input = renderValue(s.input ?? {}, context);
    const action = actions.get(s.action)!;
    const validate = ajv.compile(action.schema!.input as object);
    if (!validate(input)) {
      throw new Error(`${s.id}: ${ajv.errorsText(validate.errors)}`);
    }
    ran[s.id] = input;
    context.steps[s.id] = { output: outputs[s.id] ?? {} };
  }
  // The scaffolder drops output items whose if is false, as here.
  const output = renderValue(template.spec.output, context);
  for (const list of ['links', 'text']) {
    output[list] = output[list]
      .filter((item: Schema) => !('if' in item) || isTruthy(item.if))
      .map(({ if: _if, ...item }: Schema) => item);
  }
  return { ran, output };
}

describe('templates/kafka-on-eks-change/template.yaml', () => {
  it('is a Template entity the catalog accepts', async () => {
    await expect(templateEntityV1beta3Validator.check(template)).resolves.toBe(
      true,
    );
  });

  it('is the template the entity page links to', () => {
    expect(template.metadata.name).toBe(CHANGE_TEMPLATE_NAME);
    expect(template.metadata.namespace ?? 'default').toBe('default');
    expect(template.apiVersion).toBe('scaffolder.backstage.io/v1beta3');
  });

  it("has the parameters the KafkaClusterChange field's contract names", () => {
    expect(properties.cluster).toMatchObject({
      type: 'string',
      'ui:field': 'EntityPicker',
      'ui:options': {
        catalogFilter: { kind: 'Resource', 'spec.type': 'kafka-cluster' },
      },
    });
    expect(properties.change.type).toBe('string');
    expect(properties.change.enum).toEqual(
      CLUSTER_CHANGE_KINDS.map(k => k.kind),
    );
    expect(properties.change.enumNames).toEqual(
      CLUSTER_CHANGE_KINDS.map(k => k.title),
    );
    expect(properties.prefill).toMatchObject({
      type: 'object',
      'ui:widget': 'hidden',
    });
    expect(properties.desired).toMatchObject({
      type: 'object',
      'ui:field': 'KafkaClusterChange',
      required: ['request', 'branch', 'title'],
    });
    expect(properties.mergeNow).toMatchObject({
      type: 'boolean',
      default: true,
    });
    const required = template.spec.parameters.flatMap(
      (page: Schema) => page.required ?? [],
    );
    expect(required.sort()).toEqual(['change', 'cluster', 'desired']);
  });

  it("checks the branch in the form with the local action's rule", () => {
    const branch = properties.desired.properties.branch;
    expect(branch.pattern).toBe(CHANGE_BRANCH_PATTERN.source);
    expect(branch.maxLength).toBe(BRANCH_MAX_LENGTH);
  });

  it('uses only actions the module registers or Backstage ships, with inputs they take', async () => {
    const actions = await availableActions();
    for (const s of steps) {
      const action = actions.get(s.action);
      expect([s.id, action?.id]).toEqual([s.id, s.action]);
      const known = Object.keys(
        (action!.schema!.input as Schema).properties ?? {},
      );
      for (const name of Object.keys(s.input ?? {})) {
        expect([s.id, name, known.includes(name)]).toEqual([s.id, name, true]);
      }
    }
  });

  it('splits GitHub and local steps by one condition and its negation', () => {
    const local =
      "(steps['fetch-cluster'].output.entity.metadata.annotations['backstage.io/managed-by-location'] or '').startsWith('file:')";
    const conditions = Object.fromEntries(steps.map(s => [s.id, s.if]));
    expect(conditions).toEqual({
      'fetch-cluster': undefined,
      'fetch-owner': `\${{ not ${local} }}`,
      'fetch-github': `\${{ not ${local} }}`,
      'fetch-local': `\${{ ${local} }}`,
      update: undefined,
      'pull-request': `\${{ not ${local} }}`,
      'publish-local-change': `\${{ ${local} }}`,
      'merge-local': `\${{ ${local} and parameters.mergeNow !== false }}`,
    });
  });

  it('passes the desired request to kafka-on-eks:update, and its deletedFiles to both publishers', () => {
    expect(step('update').input.request).toBe(
      '${{ parameters.desired.request }}',
    );
    for (const id of ['pull-request', 'publish-local-change']) {
      expect(step(id).input.filesToDelete).toBe(
        '${{ steps.update.output.deletedFiles }}',
      );
      expect(step(id).input.description).toBe(
        '${{ steps.update.output.summary }}',
      );
    }
    expect(step('pull-request').input.branchName).toBe(
      `${CHANGE_BRANCH_PREFIX}\${{ parameters.desired.branch }}`,
    );
  });

  it('opens a pull request for a cluster registered from GitHub, with its team as reviewers', async () => {
    const { ran, output } = await simulate({
      cluster: GITHUB_CLUSTER,
      owner: TEAM,
    });
    expect(Object.keys(ran)).toEqual([
      'fetch-cluster',
      'fetch-owner',
      'fetch-github',
      'update',
      'pull-request',
    ]);
    expect(ran['fetch-owner']).toEqual({
      entityRef: 'group:default/team-a',
      defaultKind: 'Group',
      defaultNamespace: 'default',
      optional: true,
    });
    expect(ran['fetch-github'].url).toBe(
      'https://github.com/acme/orders-kafka/tree/main/',
    );
    expect(ran.update).toEqual({
      request: PARAMETERS.desired.request,
      entityRef: 'resource:default/orders',
    });
    expect(ran['pull-request']).toEqual({
      repoUrl: 'github.com?owner=acme&repo=orders-kafka',
      branchName: 'kafka-on-eks/add-topic-payments',
      title: 'Add topic payments',
      description: UPDATE_OUTPUT.summary,
      filesToDelete: UPDATE_OUTPUT.deletedFiles,
      teamReviewers: ['team-a'],
    });
    expect(
      ran['pull-request'].branchName.startsWith(CHANGE_BRANCH_PREFIX),
    ).toBe(true);
    expect(output.links[0]).toEqual({
      title: 'Pull request',
      url: 'https://github.com/acme/orders-kafka/pull/1',
    });
    expect(output.text).toEqual([
      { title: 'What this changes', content: UPDATE_OUTPUT.summary },
    ]);
  });

  it('asks no team to review without a github.com/team-slug, or without the owner', async () => {
    for (const owner of [
      { kind: 'Group', metadata: { name: 'team-a' } },
      null,
    ]) {
      const { ran } = await simulate({ cluster: GITHUB_CLUSTER, owner });
      expect(ran['pull-request']).toBeDefined();
      expect(ran['pull-request']).not.toHaveProperty('teamReviewers');
    }
  });

  it('commits and merges a local repository of the demo, with no GitHub step', async () => {
    const { ran, output } = await simulate({ cluster: LOCAL_CLUSTER });
    expect(Object.keys(ran)).toEqual([
      'fetch-cluster',
      'fetch-local',
      'update',
      'publish-local-change',
      'merge-local',
    ]);
    const location = 'file:/portal/.run/repos/orders/catalog-info.yaml';
    expect(ran['fetch-local']).toEqual({ repository: location });
    expect(ran['publish-local-change']).toEqual({
      repository: location,
      branch: 'add-topic-payments',
      title: 'Add topic payments',
      description: UPDATE_OUTPUT.summary,
      filesToDelete: UPDATE_OUTPUT.deletedFiles,
    });
    expect(ran['merge-local']).toEqual({
      repository: location,
      branch: 'add-topic-payments',
    });
    // No pull request: the only link is the entity.
    expect(output.links).toEqual([
      {
        title: 'Open the Kafka cluster in the catalog',
        icon: 'catalog',
        entityRef: 'resource:default/orders',
      },
    ]);
  });

  it('leaves the local branch unmerged when mergeNow is false', async () => {
    const { ran } = await simulate({
      cluster: LOCAL_CLUSTER,
      parameters: { ...PARAMETERS, mergeNow: false },
    });
    expect(Object.keys(ran)).toContain('publish-local-change');
    expect(Object.keys(ran)).not.toContain('merge-local');
  });

  it('takes the GitHub path for an entity without a location annotation, rather than failing to decide', async () => {
    const { ran } = await simulate({
      cluster: { ...GITHUB_CLUSTER, metadata: { name: 'orders' } },
    }).catch(error => ({ ran: { error: String(error) } }));
    // fetch:plain then fails for want of a url: a clear step failure,
    // never both paths.
    expect(ran).toEqual({
      error: expect.stringMatching(/fetch-github: .*url/),
    });
  });
});
