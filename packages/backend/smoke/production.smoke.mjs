// Production mode boots: a real PostgreSQL from Debian's packages on
// loopback, the backend started with app-config.production.yaml against it,
// and the demo catalog served. Run by scripts/test.sh with node's test runner.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const PG_PORT = 54329;
const PORT = 7027;
const BASE = `http://127.0.0.1:${PORT}`;
// Nothing listens here: the production EKS cluster's stand-in address.
const EKS_PORT = 7037;
const isRoot = process.getuid?.() === 0;

let dataDir;
let backend;
let backendLog = '';

// PostgreSQL refuses to run as root; the postgres user from Debian's package does.
function asPostgres(command, args) {
  return isRoot
    ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], {
        stdio: 'pipe',
      })
    : execFileSync(command, args, { stdio: 'pipe' });
}

function psql(sql) {
  return execFileSync(
    `${PG_BIN}/psql`,
    [
      '-h',
      '127.0.0.1',
      '-p',
      String(PG_PORT),
      '-U',
      'postgres',
      '-At',
      '-c',
      sql,
    ],
    { encoding: 'utf8' },
  );
}

async function waitForReadiness(seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (backend.exitCode !== null) {
      throw new Error(
        `backend exited with ${backend.exitCode}:\n${backendLog.slice(-4000)}`,
      );
    }
    try {
      const res = await fetch(`${BASE}/.backstage/health/v1/readiness`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `backend not ready after ${seconds} s:\n${backendLog.slice(-4000)}`,
  );
}

// The catalog ingests its locations after readiness: poll, within a limit.
async function eventually(check, seconds = 90) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(r => setTimeout(r, 1000));
    }
  }
}

async function guestToken() {
  const res = await fetch(`${BASE}/api/auth/guest/refresh`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
  });
  assert.equal(res.status, 200, 'guest sign-in');
  return (await res.json()).backstageIdentity.token;
}

before(async () => {
  assert.ok(
    fs.existsSync(`${PG_BIN}/initdb`),
    `PostgreSQL is missing at ${PG_BIN}: apt-get install postgresql`,
  );
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-on-eks-pg-'));
  if (isRoot) execFileSync('chown', ['postgres', dataDir]);
  asPostgres(`${PG_BIN}/initdb`, [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
  ]);
  asPostgres(`${PG_BIN}/pg_ctl`, [
    '-D',
    dataDir,
    '-w',
    '-l',
    `${dataDir}/server.log`,
    '-o',
    `-p ${PG_PORT} -k ${dataDir} -c listen_addresses=127.0.0.1`,
    'start',
  ]);

  backend = spawn(
    process.execPath,
    [
      path.join(ROOT, '.yarn/releases/yarn-4.13.0.cjs'),
      'start',
      '--config',
      '../../app-config.yaml',
      '--config',
      '../../app-config.production.yaml',
      // Guest sign-in, for this test only: production has no identity provider.
      '--config',
      'smoke/app-config.smoke.yaml',
    ],
    {
      cwd: path.join(ROOT, 'packages/backend'),
      detached: true,
      env: {
        ...process.env,
        POSTGRES_HOST: '127.0.0.1',
        POSTGRES_PORT: String(PG_PORT),
        POSTGRES_USER: 'postgres',
        POSTGRES_PASSWORD: 'smoke-test',
        APP_BASE_URL: BASE,
        BACKEND_BASE_URL: BASE,
        BACKEND_LISTEN_HOST: '127.0.0.1',
        BACKEND_LISTEN_PORT: String(PORT),
        // The production config's EKS cluster, kept on loopback: the
        // kafka-on-eks backend signs its token offline with these static
        // credentials, and never asks the instance metadata service.
        KAFKA_EKS_CLUSTER_URL: `https://127.0.0.1:${EKS_PORT}`,
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'smoke-test-not-a-secret',
        AWS_REGION: 'eu-west-1',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    },
  );
  backend.stdout.on('data', d => (backendLog += d));
  backend.stderr.on('data', d => (backendLog += d));
  await waitForReadiness(240);
});

after(() => {
  if (backend && backend.exitCode === null) {
    try {
      process.kill(-backend.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (dataDir) {
    try {
      asPostgres(`${PG_BIN}/pg_ctl`, ['-D', dataDir, '-m', 'fast', 'stop']);
    } catch {
      // not started
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the backend reports ready', async () => {
  const res = await fetch(`${BASE}/.backstage/health/v1/readiness`);
  assert.equal(res.status, 200);
});

test('the plugins keep their data in PostgreSQL', async () => {
  const databases = psql('SELECT datname FROM pg_database').split('\n');
  assert.ok(
    databases.includes('backstage_plugin_catalog'),
    `databases: ${databases.join(', ')}`,
  );
  await eventually(() => {
    const entities = Number(
      execFileSync(
        `${PG_BIN}/psql`,
        [
          '-h',
          '127.0.0.1',
          '-p',
          String(PG_PORT),
          '-U',
          'postgres',
          '-d',
          'backstage_plugin_catalog',
          '-At',
          '-c',
          'SELECT count(*) FROM final_entities',
        ],
        { encoding: 'utf8' },
      ).trim(),
    );
    assert.ok(entities > 0, 'the catalog wrote its entities to PostgreSQL');
  });
});

test('the catalog serves the demo entities and the template to a signed-in user', async () => {
  const token = await guestToken();
  const get = async ref => {
    const res = await fetch(`${BASE}/api/catalog/entities/by-name/${ref}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return {
      status: res.status,
      body: res.status === 200 ? await res.json() : undefined,
    };
  };

  const template = await eventually(async () => {
    const found = await get('template/default/kafka-on-eks');
    assert.equal(found.status, 200);
    return found;
  });
  assert.equal(template.body.spec.steps[0].action, 'kafka-on-eks:generate');

  const kafka = await eventually(async () => {
    const found = await get('resource/default/orders-kafka');
    assert.equal(found.status, 200);
    return found;
  });
  assert.equal(
    kafka.body.metadata.annotations['kafka-on-eks/kafka'],
    'orders-kafka',
  );

  for (const ref of [
    'group/default/platform-team',
    'user/default/guest',
    'system/default/data-streaming',
  ]) {
    await eventually(async () =>
      assert.equal((await get(ref)).status, 200, ref),
    );
  }
});

test('the catalog refuses callers without a token', async () => {
  const res = await fetch(
    `${BASE}/api/catalog/entities/by-name/template/default/kafka-on-eks`,
  );
  assert.equal(res.status, 401);
});

test('the kafka-on-eks plugin answers through the real backend', async () => {
  const res = await fetch(`${BASE}/api/kafka-on-eks/health`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { status: 'ok' });
});

test('the kafka-on-eks backend signs an EKS token and reaches for the configured cluster', async () => {
  // The aws auth provider made a token (static credentials, offline), then
  // the connection to the loopback stand-in was refused: reported, not fatal.
  const deadline = Date.now() + 30_000;
  while (
    !/kafka-on-eks: cluster orders-kafka: cannot reach the API server of cluster orders-kafka \(ECONNREFUSED\)/.test(
      backendLog,
    ) &&
    Date.now() < deadline
  ) {
    await new Promise(r => setTimeout(r, 250));
  }
  assert.match(
    backendLog,
    /kafka-on-eks: cluster orders-kafka: cannot reach the API server of cluster orders-kafka \(ECONNREFUSED\)/,
  );
  assert.doesNotMatch(backendLog, /169\.254\.169\.254/);
});

test('production registers no local publishing: only kafka-on-eks:generate and :update', async () => {
  const token = await guestToken();
  const res = await fetch(`${BASE}/api/scaffolder/v2/actions`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(res.status, 200);
  const ids = (await res.json()).map(action => action.id);
  assert.deepEqual(ids.filter(id => id.startsWith('kafka-on-eks:')).sort(), [
    'kafka-on-eks:generate',
    'kafka-on-eks:update',
  ]);
  assert.ok(ids.includes('publish:github'), `actions: ${ids}`);
});

test('production starts no loopback Kubernetes API: the backend listens on its own port alone', () => {
  const pids = new Set(
    execFileSync('ps', ['-o', 'pid=', '-g', String(backend.pid)], {
      encoding: 'utf8',
    })
      .split('\n')
      .map(line => line.trim())
      .filter(Boolean),
  );
  const listening = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' })
    .split('\n')
    .filter(line =>
      [...line.matchAll(/pid=(\d+)/g)].some(([, pid]) => pids.has(pid)),
    )
    .map(line => line.split(/\s+/)[3]);
  assert.deepEqual(listening, [`127.0.0.1:${PORT}`]);
});
