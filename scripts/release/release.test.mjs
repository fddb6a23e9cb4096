// The release flow as a maintainer runs it: `changeset version` over the
// pending changesets, in a scratch copy of the workspace's package.json files,
// and the facts a registry and a Backstage portal rely on in each published
// package.json.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const CHANGESET_BIN = path.join(ROOT, 'node_modules/@changesets/cli/bin.js');
const YARN = path.join(ROOT, '.yarn/releases/yarn-4.13.0.cjs');

const PUBLISHED = [
  'plugins/catalog-backend-module-kafka-on-eks',
  'plugins/kafka-on-eks',
  'plugins/kafka-on-eks-backend',
  'plugins/kafka-on-eks-common',
  'plugins/kafka-on-eks-node',
  'plugins/scaffolder-backend-module-kafka-on-eks',
];

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function workspaceDirs(root) {
  return ['packages', 'plugins'].flatMap(group =>
    fs
      .readdirSync(path.join(root, group))
      .map(name => `${group}/${name}`)
      .filter(dir => fs.existsSync(path.join(root, dir, 'package.json'))),
  );
}

// The pending changesets, as `changeset status` reads them.
function pendingChangesets() {
  return fs
    .readdirSync(path.join(ROOT, '.changeset'))
    .filter(name => name.endsWith('.md') && name !== 'README.md');
}

describe('published packages', () => {
  const backstageRelease = readJson(path.join(ROOT, 'backstage.json')).version;

  test('exactly the five plugins and the -node library are public', () => {
    const publicDirs = workspaceDirs(ROOT).filter(
      dir => !readJson(path.join(ROOT, dir, 'package.json')).private,
    );
    assert.deepEqual(publicDirs.sort(), [...PUBLISHED].sort());
  });

  for (const dir of PUBLISHED) {
    test(`${dir}: metadata a registry and a portal read`, () => {
      const pkg = readJson(path.join(ROOT, dir, 'package.json'));
      assert.equal(pkg.publishConfig?.access, 'public', 'publishConfig.access');
      assert.equal(
        pkg.backstage?.['supported-versions'],
        backstageRelease,
        'backstage.supported-versions names the release in backstage.json',
      );
      assert.deepEqual(
        [...(pkg.backstage?.pluginPackages ?? [])].sort(),
        PUBLISHED.map(
          d => readJson(path.join(ROOT, d, 'package.json')).name,
        ).sort(),
        'backstage.pluginPackages lists every published package',
      );
      assert.ok(
        pkg.repository?.url && pkg.repository?.directory === dir,
        'repository.directory',
      );
      assert.ok(pkg.files?.includes('dist'), 'files ships dist');
      assert.ok(pkg.keywords?.includes('backstage'), 'keywords');
      for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
        const dep = PUBLISHED.find(
          d => readJson(path.join(ROOT, d, 'package.json')).name === name,
        );
        if (dep)
          assert.match(
            range,
            /^workspace:\^/,
            `${name} is a workspace range that yarn pack pins`,
          );
        assert.ok(
          !name.startsWith('@internal/'),
          `${name}: a published package cannot need a private one`,
        );
      }
    });
  }
});

describe('changeset version', () => {
  let scratch;
  const before_ = {};

  before(() => {
    assert.ok(
      fs.existsSync(CHANGESET_BIN),
      `@changesets/cli is not installed at ${CHANGESET_BIN}`,
    );
    assert.ok(
      pendingChangesets().length > 0,
      'no pending changeset in .changeset/',
    );
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-on-eks-release-'));
    for (const file of [
      'package.json',
      'yarn.lock',
      '.yarnrc.yml',
      ...fs
        .readdirSync(path.join(ROOT, '.changeset'))
        .map(f => `.changeset/${f}`),
    ]) {
      fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, file), path.join(scratch, file));
    }
    for (const dir of workspaceDirs(ROOT)) {
      fs.mkdirSync(path.join(scratch, dir), { recursive: true });
      fs.copyFileSync(
        path.join(ROOT, dir, 'package.json'),
        path.join(scratch, dir, 'package.json'),
      );
      before_[dir] = readJson(path.join(ROOT, dir, 'package.json'));
    }
    // The installed project, so that changesets' `yarn exec prettier` runs.
    for (const dir of ['node_modules', '.yarn']) {
      fs.symlinkSync(path.join(ROOT, dir), path.join(scratch, dir));
    }
    // `yarn changeset version` has yarn on PATH, and changesets asks it its version.
    const bin = path.join(scratch, '.bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(
      path.join(bin, 'yarn'),
      `#!/bin/sh\nexec "${process.execPath}" "${YARN}" "$@"\n`,
      { mode: 0o755 },
    );
    execFileSync(process.execPath, [CHANGESET_BIN, 'version'], {
      cwd: scratch,
      stdio: 'pipe',
      env: { ...process.env, CI: 'true', PATH: `${bin}:${process.env.PATH}` },
    });
  });

  after(() => scratch && fs.rmSync(scratch, { recursive: true, force: true }));

  test('bumps every published package and writes its changelog', () => {
    for (const dir of PUBLISHED) {
      const after = readJson(path.join(scratch, dir, 'package.json'));
      assert.notEqual(after.version, before_[dir].version, `${dir} version`);
      const changelog = fs.readFileSync(
        path.join(scratch, dir, 'CHANGELOG.md'),
        'utf8',
      );
      assert.match(
        changelog,
        new RegExp(`## ${after.version.replace(/\./g, '\\.')}`),
      );
    }
  });

  test('leaves the private packages alone', () => {
    for (const dir of workspaceDirs(ROOT).filter(d => !PUBLISHED.includes(d))) {
      assert.deepEqual(
        readJson(path.join(scratch, dir, 'package.json')),
        before_[dir],
        dir,
      );
      assert.equal(
        fs.existsSync(path.join(scratch, dir, 'CHANGELOG.md')),
        false,
        `${dir} has no changelog`,
      );
    }
  });

  test('consumes the changesets it released', () => {
    const left = fs
      .readdirSync(path.join(scratch, '.changeset'))
      .filter(name => name.endsWith('.md') && name !== 'README.md');
    assert.deepEqual(left, []);
  });
});
