import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { ServiceFactory } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  type AuthorizePermissionResponse,
} from '@backstage/plugin-permission-common';
import type {
  ClusterChangesResponse,
  ClusterRequestResponse,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { kafkaOnEksPlugin } from '../plugin';
import { startFakeGithub, type FakeGithub } from './__fixtures__/fakeGithub';
import {
  LocalRepository,
  requestFileText,
} from './__fixtures__/localRepository';

jest.setTimeout(30_000);

const ORDERS_REQUEST = requestFileText({
  name: 'orders',
  topics: [{ name: 'orders.created', partitions: 12 }],
});

function clusterEntity(
  name: string,
  annotations: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/kubernetes-cluster': `${name}-eks`,
        'backstage.io/kubernetes-namespace': 'kafka',
        'kafka-on-eks/kafka': name,
        ...annotations,
      },
    },
    spec: { type: 'kafka-cluster', owner: 'group:default/team-a' },
  };
}

const fileLocation = (file: string) => ({
  'backstage.io/managed-by-location': `file:${file}`,
});

let tmp: string;
let reposDir: string;
let orders: LocalRepository;
let github: FakeGithub;
const entities: Entity[] = [];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kafka-on-eks-repos-'));
  reposDir = path.join(tmp, 'repos');

  // main, an open change branch, and a change branch merged into main.
  orders = await LocalRepository.create(path.join(reposDir, 'orders'), {
    'kafka-on-eks.yaml': ORDERS_REQUEST,
    'catalog-info.yaml': 'kind: Resource\n',
  });
  await orders.branch('kafka-on-eks/grow-storage');
  await orders.commit(
    { 'NOTES.md': 'bigger volumes\n' },
    'Grow storage to 2 TiB\n\nThe brokers volumes grow.',
  );
  await orders.mergeIntoMain('kafka-on-eks/grow-storage');
  await orders.branch('other/not-a-change');
  await orders.commit({ 'NOTES.md': 'x\n' }, 'Not a change branch');
  await orders.branch('kafka-on-eks/add-topic-x');
  await orders.commit(
    {
      'kafka-on-eks.yaml': requestFileText({
        name: 'orders',
        topics: [
          { name: 'orders.created', partitions: 12 },
          { name: 'x', partitions: 3 },
        ],
      }),
    },
    'Add topic x\n\nA new KafkaTopic.',
    1_764_740_000,
  );
  // The working tree stays on the change branch: reads must come from main.

  const broken = await LocalRepository.create(path.join(reposDir, 'broken'), {
    'kafka-on-eks.yaml': 'schemaVersion: 2\nrequest: [unclosed\n',
    'catalog-info.yaml': 'kind: Resource\n',
  });
  const invalid = await LocalRepository.create(path.join(reposDir, 'invalid'), {
    'kafka-on-eks.yaml': ORDERS_REQUEST.replace(
      'partitions: 12',
      'partitions: 0',
    ),
    'catalog-info.yaml': 'kind: Resource\n',
  });
  const newer = await LocalRepository.create(path.join(reposDir, 'newer'), {
    'kafka-on-eks.yaml': ORDERS_REQUEST.replace(
      'schemaVersion: 2',
      'schemaVersion: 99',
    ),
    'catalog-info.yaml': 'kind: Resource\n',
  });
  const missing = await LocalRepository.create(path.join(reposDir, 'missing'), {
    'catalog-info.yaml': 'kind: Resource\n',
  });
  // Only in the working tree, never committed: not on main.
  await fs.writeFile(
    path.join(missing.dir, 'kafka-on-eks.yaml'),
    ORDERS_REQUEST,
  );

  const elsewhere = await LocalRepository.create(path.join(tmp, 'elsewhere'), {
    'kafka-on-eks.yaml': ORDERS_REQUEST,
    'catalog-info.yaml': 'kind: Resource\n',
  });
  // Inside the folder by name, outside it on disk.
  await fs.symlink(elsewhere.dir, path.join(reposDir, 'linked'));

  github = await startFakeGithub({
    'acme/orders-kafka': {
      files: { 'kafka-on-eks.yaml': ORDERS_REQUEST },
      pulls: [
        {
          title: 'Add topic payments',
          branch: 'kafka-on-eks/add-topic-payments',
          author: 'alice',
          createdAt: '2026-12-01T10:00:00Z',
        },
        {
          title: 'Bump the README',
          branch: 'docs/readme',
          author: 'bob',
          createdAt: '2026-12-01T11:00:00Z',
        },
        {
          title: 'A branch merely containing the prefix',
          branch: 'fix/kafka-on-eks/typo',
          author: 'bob',
          createdAt: '2026-12-01T11:30:00Z',
        },
        // On the second page of two: pages are followed.
        {
          title: 'Grow storage to 2 TiB',
          branch: 'kafka-on-eks/grow-storage',
          author: 'carol',
          createdAt: '2026-12-02T09:00:00Z',
        },
      ],
    },
    'acme/no-request': { files: {}, pulls: [] },
  });

  entities.push(
    clusterEntity('orders', fileLocation(orders.catalogFile)),
    clusterEntity('broken', fileLocation(broken.catalogFile)),
    clusterEntity('invalid', fileLocation(invalid.catalogFile)),
    clusterEntity('newer', fileLocation(newer.catalogFile)),
    clusterEntity('missing', fileLocation(missing.catalogFile)),
    clusterEntity('elsewhere', fileLocation(elsewhere.catalogFile)),
    clusterEntity(
      'linked',
      fileLocation(path.join(reposDir, 'linked', 'catalog-info.yaml')),
    ),
    clusterEntity('github', {
      'backstage.io/managed-by-location':
        'url:https://github.com/acme/orders-kafka/blob/main/catalog-info.yaml',
      'backstage.io/source-location':
        'url:https://github.com/acme/orders-kafka/tree/main/',
    }),
    clusterEntity('github-no-request', {
      'backstage.io/source-location':
        'url:https://github.com/acme/no-request/tree/main/',
    }),
    clusterEntity('github-unknown', {
      'backstage.io/source-location':
        'url:https://github.com/acme/unknown/tree/main/',
    }),
    clusterEntity('ghe-raw', {
      'backstage.io/source-location':
        'url:https://ghe.example.com/acme/orders-kafka/tree/main/',
    }),
    clusterEntity('gitlab', {
      'backstage.io/source-location':
        'url:https://gitlab.com/acme/orders-kafka/-/tree/main/',
    }),
    clusterEntity('nowhere', {}),
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'orders-service',
        namespace: 'default',
        annotations: fileLocation(orders.catalogFile),
      },
      spec: { type: 'service', owner: 'group:default/team-a' },
    },
  );
});

afterAll(async () => {
  await github?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

const backends: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map(b => b.stop()));
});

async function startBackend(
  options: {
    permissions?: ServiceFactory;
    localDirectory?: string | null;
  } = {},
) {
  const localDirectory =
    options.localDirectory === undefined ? reposDir : options.localDirectory;
  const backend = await startTestBackend({
    features: [
      kafkaOnEksPlugin,
      options.permissions ??
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          integrations: {
            github: [
              {
                host: 'github.com',
                apiBaseUrl: github.apiBaseUrl,
                token: 'ghp-test-token',
              },
              // Raw files only: no API to list pull requests with.
              { host: 'ghe.example.com', rawBaseUrl: github.apiBaseUrl },
            ],
          },
          ...(localDirectory
            ? { kafkaOnEks: { localPublish: { directory: localDirectory } } }
            : {}),
        },
      }),
    ],
  });
  backends.push(backend);
  return backend.server;
}

function get(server: any, name: string, route: 'request' | 'changes') {
  return request(server)
    .get(`/api/kafka-on-eks/v1/entities/resource/default/${name}/${route}`)
    .set('Authorization', mockCredentials.user.header());
}

describe('GET .../request', () => {
  it("reads a local repository's request from its main branch, not the working tree", async () => {
    const server = await startBackend();
    const response = await get(server, 'orders', 'request');

    expect(response.status).toBe(200);
    const body = response.body as ClusterRequestResponse;
    expect(body.rendererVersion).toBe(2);
    expect(body.request.name).toBe('orders');
    // The checked-out change branch adds topic x; main does not have it.
    expect(body.request.topics.map(t => t.name)).toEqual(['orders.created']);
    expect(body.request.topics[0].partitions).toBe(12);
    expect(body.repository).toEqual({
      type: 'local',
      url: await fs.realpath(orders.dir),
    });
  });

  it('reads kafka-on-eks.yaml at the root of a GitHub source location, with the integration token', async () => {
    const server = await startBackend();
    const before = github.paths().length;
    const response = await get(server, 'github', 'request');

    expect(response.status).toBe(200);
    const body = response.body as ClusterRequestResponse;
    expect(body.request.name).toBe('orders');
    expect(body.request.topics[0]).toMatchObject({
      name: 'orders.created',
      partitions: 12,
    });
    expect(body.repository).toEqual({
      type: 'github',
      url: 'https://github.com/acme/orders-kafka/tree/main/',
    });
    expect(github.paths().slice(before)).toEqual([
      '/repos/acme/orders-kafka/contents/kafka-on-eks.yaml?ref=main',
    ]);
    expect(github.authorizations().slice(before)).toEqual([
      'Bearer ghp-test-token',
    ]);
  });

  it.each([
    ['broken', 409, /^kafka-on-eks\.yaml: not valid YAML: /],
    ['invalid', 409, /^kafka-on-eks\.yaml: request\.topics\[0\]\.partitions/],
    [
      'newer',
      409,
      /^kafka-on-eks\.yaml: schemaVersion: is 99, newer than this reader knows \(up to 2\): upgrade the @kafka-on-eks packages$/,
    ],
    [
      'missing',
      404,
      /^kafka-on-eks\.yaml is not on the main branch of .*\/missing$/,
    ],
    [
      'github-no-request',
      404,
      /^kafka-on-eks\.yaml is not at the root of https:\/\/github\.com\/acme\/no-request\/tree\/main\/$/,
    ],
  ])(
    'answers a %s kafka-on-eks.yaml with %i and what is wrong',
    async (name, status, message) => {
      const server = await startBackend();
      const response = await get(server, name, 'request');
      expect(response.status).toBe(status);
      expect(response.body.error.message).toMatch(message);
      expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.ts:\d+/);
    },
  );

  it.each([
    ['elsewhere', 'a file location outside the folder'],
    ['linked', 'a symbolic link inside the folder that leads out of it'],
  ])('refuses %s: %s', async name => {
    const server = await startBackend();
    const response = await get(server, name, 'request');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      `resource:default/${name} is registered from file:${entities
        .find(e => e.metadata.name === name)!
        .metadata.annotations!['backstage.io/managed-by-location'].slice(
          'file:'.length,
        )}, outside kafkaOnEks.localPublish.directory (${reposDir}); local repositories are read only there`,
    );
  });

  it('refuses every local repository when no folder is configured', async () => {
    const server = await startBackend({ localDirectory: null });
    const response = await get(server, 'orders', 'request');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(
      /is registered from a local file \(file:.*\/orders\/catalog-info\.yaml\); local repositories are read only when kafkaOnEks\.localPublish\.directory is configured$/,
    );
  });

  it('answers 400 for an entity without a location, or that is no Kafka cluster', async () => {
    const server = await startBackend();
    const nowhere = await get(server, 'nowhere', 'request');
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.message).toBe(
      'resource:default/nowhere has no readable location: neither a url: backstage.io/source-location nor a file: backstage.io/managed-by-location annotation',
    );

    const component = await request(server)
      .get(
        '/api/kafka-on-eks/v1/entities/component/default/orders-service/request',
      )
      .set('Authorization', mockCredentials.user.header());
    expect(component.status).toBe(400);
    expect(component.body.error.message).toBe(
      'component:default/orders-service is not a Kafka on EKS cluster: it lacks the annotation kafka-on-eks/kafka',
    );
  });

  it('answers 501 naming a host it cannot read for', async () => {
    const server = await startBackend();
    const response = await get(server, 'gitlab', 'request');
    expect(response.status).toBe(501);
    expect(response.body.error.message).toMatch(/gitlab\.com\/acme/);
  });

  it('answers 404 for an unknown entity', async () => {
    const server = await startBackend();
    const response = await get(server, 'no-such-kafka', 'request');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe(
      'No entity resource:default/no-such-kafka',
    );
  });
});

describe('GET .../changes', () => {
  it('lists the unmerged kafka-on-eks/ branches of a local repository', async () => {
    const server = await startBackend();
    const response = await get(server, 'orders', 'changes');

    expect(response.status).toBe(200);
    expect(response.body as ClusterChangesResponse).toEqual({
      supported: true,
      changes: [
        {
          title: 'Add topic x',
          branch: 'kafka-on-eks/add-topic-x',
          author: 'Test',
          createdAt: new Date(1_764_740_000 * 1000).toISOString(),
        },
      ],
    });
  });

  it('lists the open pull requests of a GitHub repository whose head branch starts with kafka-on-eks/', async () => {
    const server = await startBackend();
    const before = github.paths().length;
    const response = await get(server, 'github', 'changes');

    expect(response.status).toBe(200);
    expect(response.body as ClusterChangesResponse).toEqual({
      supported: true,
      changes: [
        {
          title: 'Add topic payments',
          branch: 'kafka-on-eks/add-topic-payments',
          url: 'https://github.com/acme/orders-kafka/pull/1',
          author: 'alice',
          createdAt: '2026-12-01T10:00:00Z',
        },
        {
          title: 'Grow storage to 2 TiB',
          branch: 'kafka-on-eks/grow-storage',
          url: 'https://github.com/acme/orders-kafka/pull/4',
          author: 'carol',
          createdAt: '2026-12-02T09:00:00Z',
        },
      ],
    });
    const calls = github.paths().slice(before);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatch(/^\/repos\/acme\/orders-kafka\/pulls\?/);
    expect(calls[0]).toContain('state=open');
    expect(calls[1]).toContain('page=2');
    expect(github.authorizations().slice(before)).toEqual([
      'token ghp-test-token',
      'token ghp-test-token',
    ]);
  });

  it('answers 404 when GitHub does not know the repository, or the token cannot see it', async () => {
    const server = await startBackend();
    const response = await get(server, 'github-unknown', 'changes');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe(
      "GitHub answered 404 for the pull requests of acme/unknown on github.com: the repository does not exist, or the integration's token cannot read it",
    );
  });

  it('says why the changes of other hosts and of refused locations cannot be listed', async () => {
    const server = await startBackend();
    const gitlab = await get(server, 'gitlab', 'changes');
    expect(gitlab.status).toBe(200);
    expect(gitlab.body).toEqual({
      supported: false,
      message:
        'Open changes are listed for GitHub and local repositories only; gitlab.com is neither',
      changes: [],
    });

    const raw = await get(server, 'ghe-raw', 'changes');
    expect(raw.body).toEqual({
      supported: false,
      message:
        'The GitHub integration for ghe.example.com has no apiBaseUrl: pull requests cannot be listed',
      changes: [],
    });

    const elsewhere = await get(server, 'elsewhere', 'changes');
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.supported).toBe(false);
    expect(elsewhere.body.message).toMatch(
      /outside kafkaOnEks\.localPublish\.directory/,
    );
    expect(elsewhere.body.changes).toEqual([]);
  });
});

describe('permissions', () => {
  it.each(['request', 'changes'] as const)(
    'answers 403 on /%s when kafka-on-eks.cluster.read is denied, and reads nothing',
    async route => {
      const authorize = jest.fn(
        async (): Promise<AuthorizePermissionResponse[]> => [
          { result: AuthorizeResult.DENY },
        ],
      );
      const server = await startBackend({
        permissions: mockServices.permissions.mock({ authorize }).factory,
      });
      const before = github.paths().length;
      const response = await get(server, 'github', route);

      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe(
        'Not allowed to read the Kafka cluster of resource:default/github',
      );
      expect(authorize).toHaveBeenCalledWith(
        [
          {
            permission: expect.objectContaining({
              name: 'kafka-on-eks.cluster.read',
            }),
            resourceRef: 'resource:default/github',
          },
        ],
        { credentials: mockCredentials.user() },
      );
      expect(github.paths().length).toBe(before);
    },
  );

  it('requires a signed-in caller', async () => {
    const server = await startBackend();
    const response = await request(server).get(
      '/api/kafka-on-eks/v1/entities/resource/default/orders/request',
    );
    expect(response.status).toBe(401);
  });
});
