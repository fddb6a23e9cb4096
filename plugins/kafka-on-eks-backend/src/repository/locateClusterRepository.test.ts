import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { locateClusterRepository } from './locateClusterRepository';

const integrations = ScmIntegrations.fromConfig(
  new ConfigReader({
    integrations: {
      github: [{ host: 'ghe.example.com', apiBaseUrl: 'https://ghe/api/v3' }],
    },
  }),
);

function entity(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'orders', annotations },
    spec: {},
  };
}

describe('locateClusterRepository', () => {
  it('takes a GitHub source location as it is, with owner and repository', async () => {
    const located = await locateClusterRepository(
      entity({
        'backstage.io/source-location':
          'url:https://ghe.example.com/acme/orders-kafka/tree/main',
        'backstage.io/managed-by-location':
          'url:https://ghe.example.com/acme/other/blob/main/catalog-info.yaml',
      }),
      { integrations },
    );
    expect(located).toEqual({
      ok: true,
      repository: {
        type: 'github',
        // A folder: relative paths resolve inside it.
        url: 'https://ghe.example.com/acme/orders-kafka/tree/main/',
        owner: 'acme',
        repo: 'orders-kafka',
      },
    });
  });

  it("falls back to the folder of a URL location's catalog file", async () => {
    const located = await locateClusterRepository(
      entity({
        'backstage.io/managed-by-location':
          'url:https://github.com/acme/orders-kafka/blob/main/catalog-info.yaml',
      }),
      { integrations },
    );
    expect(located).toEqual({
      ok: true,
      repository: {
        type: 'github',
        url: 'https://github.com/acme/orders-kafka/tree/main/',
        owner: 'acme',
        repo: 'orders-kafka',
      },
    });
  });

  it('resolves a relative local folder against the working directory', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kafka-on-eks-'));
    try {
      await fs.mkdir(path.join(tmp, 'repos', 'orders'), { recursive: true });
      const located = await locateClusterRepository(
        entity({
          'backstage.io/managed-by-location': `file:${tmp}/repos/orders/catalog-info.yaml`,
        }),
        {
          integrations,
          localDirectory: path.relative(process.cwd(), path.join(tmp, 'repos')),
        },
      );
      expect(located).toEqual({
        ok: true,
        repository: {
          type: 'local',
          dir: await fs.realpath(path.join(tmp, 'repos', 'orders')),
        },
      });
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('accepts a folder configured through a symbolic link, and says which repository is missing', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kafka-on-eks-'));
    try {
      await fs.mkdir(path.join(tmp, 'repos', 'orders'), { recursive: true });
      await fs.symlink(path.join(tmp, 'repos'), path.join(tmp, 'link'));
      const options = { integrations, localDirectory: path.join(tmp, 'link') };
      const located = await locateClusterRepository(
        entity({
          'backstage.io/managed-by-location': `file:${tmp}/repos/orders/catalog-info.yaml`,
        }),
        options,
      );
      expect(located).toEqual({
        ok: true,
        repository: {
          type: 'local',
          dir: await fs.realpath(path.join(tmp, 'repos', 'orders')),
        },
      });

      await expect(
        locateClusterRepository(
          entity({
            'backstage.io/managed-by-location': `file:${tmp}/link/gone/catalog-info.yaml`,
          }),
          options,
        ),
      ).rejects.toThrow(
        `The local repository of resource:default/orders (${tmp}/link/gone) does not exist`,
      );
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('refuses the configured folder itself and its neighbours by name', async () => {
    for (const file of [
      '/srv/repos/catalog-info.yaml',
      '/srv/repos-old/orders/catalog-info.yaml',
      '/srv/repos/../etc/catalog-info.yaml',
    ]) {
      const located = await locateClusterRepository(
        entity({ 'backstage.io/managed-by-location': `file:${file}` }),
        { integrations, localDirectory: '/srv/repos' },
      );
      expect(located).toEqual({
        ok: false,
        message: expect.stringContaining(
          'outside kafkaOnEks.localPublish.directory (/srv/repos)',
        ),
      });
    }
  });
});
