import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  createSelfSignedCertificate,
  opensslAvailable,
  startKubeLoopback,
  type KubeLoopback,
  type KubeLoopbackOptions,
  type SelfSignedCertificate,
} from './index';
import { waitFor } from './__testUtils__/rawClient';

// kubectl, a real Go client, against the server over HTTPS with a token.

const run = promisify(execFile);
const TOKEN = 'kubectl-token';

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const KUBECTL = process.env.KUBECTL ?? findOnPath('kubectl');
const STRACE = findOnPath('strace');

const seed: object[] = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kafka' } },
  {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    metadata: { name: 'orders-kafka', namespace: 'kafka' },
    spec: { kafka: { version: '4.3.1' } },
  },
  ...['controller', 'broker'].map(pool => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaNodePool',
    metadata: {
      name: pool,
      namespace: 'kafka',
      labels: { 'strimzi.io/cluster': 'orders-kafka' },
    },
    spec: { replicas: 3, roles: [pool] },
  })),
  {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: {
      name: 'orders.created',
      namespace: 'kafka',
      labels: { 'strimzi.io/cluster': 'orders-kafka' },
    },
    spec: { partitions: 6, replicas: 3 },
  },
  {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data-0-orders-kafka-broker-0', namespace: 'kafka' },
    spec: { resources: { requests: { storage: '100Gi' } } },
  },
];

describe('kubectl against kube-loopback', () => {
  let tmp: string;
  let tls: SelfSignedCertificate;
  const servers: KubeLoopback[] = [];

  beforeAll(async () => {
    if (!KUBECTL) {
      throw new Error(
        'kubectl not found on PATH (nor $KUBECTL): install the Debian package kubernetes-client (apt-get install -y kubernetes-client)',
      );
    }
    if (!(await opensslAvailable())) {
      throw new Error(
        'openssl not found: kubectl sends tokens only over https, and the test makes its certificate with openssl (apt-get install -y openssl)',
      );
    }
    tls = await createSelfSignedCertificate();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-loopback-kubectl-'));
  });

  afterAll(async () => {
    await Promise.all(servers.map(s => s.close()));
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function serve(options: KubeLoopbackOptions = {}) {
    const server = await startKubeLoopback({
      token: TOKEN,
      tls,
      objects: seed,
      ...options,
    });
    servers.push(server);
    const kubeconfig = path.join(tmp, `kubeconfig-${server.port}`);
    fs.writeFileSync(kubeconfig, server.kubeconfig());
    // A private HOME and cache: nothing read from or written to the user's ~/.kube.
    const home = fs.mkdtempSync(path.join(tmp, 'home-'));
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      KUBECACHEDIR: path.join(home, 'cache'),
      KUBECONFIG: kubeconfig,
    };
    const kubectl = async (...args: string[]) =>
      (await run(KUBECTL!, args, { env, timeout: 20_000 })).stdout;
    return { server, env, kubectl, kubeconfig };
  }

  it('gets the Strimzi kinds across namespaces as JSON', async () => {
    const { kubectl } = await serve();
    const out = JSON.parse(
      await kubectl(
        'get',
        'kafkas,kafkanodepools,kafkatopics',
        '-A',
        '-o',
        'json',
      ),
    );
    expect(out.kind).toBe('List');
    expect(out.items.map((i: any) => `${i.kind}/${i.metadata.name}`)).toEqual([
      'Kafka/orders-kafka',
      'KafkaNodePool/broker',
      'KafkaNodePool/controller',
      'KafkaTopic/orders.created',
    ]);
    // Short names come from discovery.
    expect(await kubectl('get', 'k,knp,kt', '-n', 'kafka', '-o', 'name')).toBe(
      [
        'kafka.kafka.strimzi.io/orders-kafka',
        'kafkanodepool.kafka.strimzi.io/broker',
        'kafkanodepool.kafka.strimzi.io/controller',
        'kafkatopic.kafka.strimzi.io/orders.created',
        '',
      ].join('\n'),
    );
  });

  it('prints the columns the server chooses, as for a real cluster', async () => {
    const { kubectl } = await serve();
    const kafkas = await kubectl('get', 'kafkas', '-n', 'kafka');
    expect(kafkas.split('\n')[0].split(/\s{2,}/)).toEqual([
      'NAME',
      'READY',
      'WARNINGS',
      'KAFKA VERSION',
      'METADATA VERSION',
      'AGE',
    ]);
    const pools = await kubectl('get', 'knp', '-n', 'kafka');
    // No status yet: the Roles and NodeIds cells are empty.
    expect(pools).toMatch(/^broker\s+3\s+\d+s$/m);
  });

  it('watches PVCs and prints a change made after it started', async () => {
    const { server, env } = await serve();
    const child = spawn(
      KUBECTL!,
      ['get', 'pvc', '-n', 'kafka', '-w', '-o', 'name'],
      { env },
    );
    const lines: string[] = [];
    let stderr = '';
    child.stdout.on('data', d =>
      lines.push(...String(d).split('\n').filter(Boolean)),
    );
    child.stderr.on('data', d => (stderr += String(d)));
    try {
      await waitFor(
        () =>
          lines.includes('persistentvolumeclaim/data-0-orders-kafka-broker-0'),
        `the initial list (stderr: ${stderr})`,
        15_000,
      );
      await waitFor(() => server.openWatches() === 1, 'the watch', 15_000);
      server.apply({
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'data-0-orders-kafka-broker-1', namespace: 'kafka' },
        spec: { resources: { requests: { storage: '100Gi' } } },
      });
      await waitFor(
        () =>
          lines.includes('persistentvolumeclaim/data-0-orders-kafka-broker-1'),
        'the change',
        15_000,
      );
      expect(server.requests().byResource.persistentvolumeclaims).toMatchObject(
        { list: 1, watch: 1 },
      );
    } finally {
      child.kill();
    }
  });

  it('applies server-side and client-side', async () => {
    const { kubectl, server } = await serve();
    const file = path.join(tmp, 'topic.yaml');
    fs.writeFileSync(
      file,
      'apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata:\n  name: applied\n  namespace: kafka\nspec:\n  partitions: 12\n',
    );
    expect(await kubectl('apply', '--server-side', '-f', file)).toContain(
      'serverside-applied',
    );
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('name: applied', 'name: client-side'),
    );
    expect(await kubectl('apply', '-f', file)).toContain('created');
    const ref = {
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaTopic',
      namespace: 'kafka',
    };
    expect(server.get({ ...ref, name: 'applied' })?.spec).toEqual({
      partitions: 12,
    });
    expect(
      server.get({ ...ref, name: 'client-side' })?.metadata.annotations,
    ).toHaveProperty(['kubectl.kubernetes.io/last-applied-configuration']);
  });

  it('works with legacy discovery only', async () => {
    const { kubectl } = await serve({ aggregatedDiscovery: false });
    expect(await kubectl('get', 'kt', '-A', '-o', 'name')).toBe(
      'kafkatopic.kafka.strimzi.io/orders.created\n',
    );
  });

  it('reaches no network but the loopback server', async () => {
    if (!STRACE) {
      // eslint-disable-next-line no-console
      console.warn(
        'connect() audit skipped: strace is not installed (apt-get install -y strace)',
      );
      return;
    }
    const { env, kubeconfig } = await serve();
    const trace = path.join(tmp, 'strace.out');
    // Asynchronously: the server answers from this process's event loop.
    const { stdout } = await run(
      STRACE,
      [
        '-f',
        '-e',
        'trace=connect',
        '-o',
        trace,
        KUBECTL!,
        '--kubeconfig',
        kubeconfig,
        'get',
        'kt',
        '-A',
        '-o',
        'name',
      ],
      { env, timeout: 20_000 },
    );
    expect(stdout).toContain('orders.created');
    const inet = fs
      .readFileSync(trace, 'utf8')
      .split('\n')
      .filter(line => /connect\(.*sa_family=AF_INET6?/.test(line));
    expect(inet.length).toBeGreaterThan(0);
    for (const line of inet) {
      expect(line).toMatch(
        /inet_addr\("127\.0\.0\.1"\)|inet_pton\(AF_INET6, "::1"/,
      );
    }
  });
});
