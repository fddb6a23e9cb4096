import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { parseCliArgs } from './cliArgs';

const PACKAGE_DIR = path.resolve(__dirname, '..');

/** Runs the CLI the way the README says, until it prints a line or exits. */
function runCli(args: string[]) {
  const child = spawn(
    process.execPath,
    [
      '--require',
      '@backstage/cli/config/nodeTransform.cjs',
      'src/cli.ts',
      ...args,
    ],
    { cwd: PACKAGE_DIR, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', d => (stdout += String(d)));
  child.stderr.on('data', d => (stderr += String(d)));
  const exited = new Promise<number | null>(resolve =>
    child.on('exit', code => resolve(code)),
  );
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on(
      'data',
      () => stdout.includes('\n') && resolve(stdout.split('\n')[0]),
    );
    exited.then(code => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  // Tests that expect an exit never read the line.
  firstLine.catch(() => undefined);
  return { child, exited, firstLine, output: () => ({ stdout, stderr }) };
}

describe('parseCliArgs', () => {
  it('reads the documented options', () => {
    expect(
      parseCliArgs([
        '--seed',
        'demo',
        '--port=7443',
        '--token',
        't',
        '--anonymous',
        '--strimzi-api-version',
        'v1beta2',
      ]),
    ).toMatchObject({
      seed: 'demo',
      port: 7443,
      token: 't',
      anonymous: true,
      strimziApiVersion: 'v1beta2',
    });
    expect(parseCliArgs([])).toMatchObject({
      host: '127.0.0.1',
      port: 6443,
      strimziApiVersion: 'v1',
    });
  });

  it('refuses what it cannot use, in one line', () => {
    expect(() => parseCliArgs(['--port', 'x'])).toThrow(
      '--port needs an integer >= 0, got "x"',
    );
    expect(() => parseCliArgs(['--strimzi-api-version', 'v2'])).toThrow(
      /v1 or v1beta2/,
    );
    expect(() => parseCliArgs(['--frobnicate'])).toThrow(
      'unknown option --frobnicate (see --help)',
    );
    expect(() => parseCliArgs(['--tls-cert', 'c.pem'])).toThrow(
      '--tls-cert and --tls-key go together',
    );
  });
});

describe('the kube-loopback command', () => {
  it('serves the demo folder until SIGTERM', async () => {
    const cli = runCli([
      '--seed',
      'demo',
      '--port',
      '0',
      '--token',
      'demo-token',
    ]);
    const line = await cli.firstLine;
    expect(line).toMatch(
      /^kube-loopback listening on http:\/\/127\.0\.0\.1:\d+ \(\d+ objects from demo, kafka\.strimzi\.io\/v1, token required\)$/,
    );
    const url = /listening on (\S+)/.exec(line)![1];
    const res = await fetch(`${url}/apis/kafka.strimzi.io/v1/kafkas`, {
      headers: { authorization: 'Bearer demo-token' },
    });
    expect((await res.json()).items.map((k: any) => k.metadata.name)).toEqual([
      'orders-kafka',
      'payments-kafka',
    ]);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('says in one line that the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>(resolve => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const cli = runCli(['--port', String(port)]);
      expect(await cli.exited).toBe(1);
      expect(cli.output().stderr).toBe(
        `kube-loopback: port ${port} on 127.0.0.1 is already in use: stop the other process (e.g. \`fuser -k ${port}/tcp\`) or choose another --port\n`,
      );
    } finally {
      blocker.close();
    }
  });

  it('says in one line that the seed folder is missing', async () => {
    const cli = runCli(['--seed', 'no-such-dir', '--port', '0']);
    expect(await cli.exited).toBe(1);
    expect(cli.output().stderr).toBe(
      'kube-loopback: seed directory no-such-dir does not exist\n',
    );
  });
});
