import { spawn, execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// Debian's prometheus package, installed by scripts/test.sh (ensure_prometheus).
export const PROMETHEUS = '/usr/bin/prometheus';
export const PROMTOOL = '/usr/bin/promtool';

/** Fails, never skips, when Debian's Prometheus is not installed. */
export function requirePrometheus(): void {
  for (const binary of [PROMETHEUS, PROMTOOL]) {
    if (!existsSync(binary)) {
      throw new Error(
        `${binary} is missing: these tests run a real Prometheus. Install it with 'sudo apt-get install -y prometheus' (scripts/test.sh does so in ensure_prometheus)${
          process.env.CI ? ' before the unit tests in CI' : ''
        }`,
      );
    }
  }
}

/** A loopback port nothing listens on (a moment ago). */
export async function freeLoopbackPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(r => server.close(r));
  return port;
}

/** Polls until the check holds; the deadline only guards against a hang. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  guardMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + guardMs;
  let lastError: unknown;
  for (;;) {
    try {
      const result = await check();
      if (result !== undefined) return result;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `gave up waiting for ${what}${
          lastError ? `: ${(lastError as Error).message}` : ''
        }`,
      );
    }
    await new Promise(r => setTimeout(r, 200));
  }
}

/** A loopback exporter whose exposition text the test sets. */
export interface FixtureExporter {
  target: string;
  set(text: string): void;
  close(): Promise<void>;
}

export async function startFixtureExporter(
  initial: string,
): Promise<FixtureExporter> {
  let text = initial;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(text);
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return {
    target: `127.0.0.1:${port}`,
    set: next => {
      text = next;
    },
    close: () => new Promise(r => server.close(() => r())),
  };
}

export interface RunningPrometheus {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts Debian's Prometheus on a free loopback port with its own temp
 * config and TSDB; `backfill` (OpenMetrics text with timestamps) is turned
 * into blocks with promtool first, as history Prometheus loads at start.
 */
export async function startPrometheus(options: {
  scrapeConfigs: object[];
  backfill?: string;
}): Promise<RunningPrometheus> {
  requirePrometheus();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kafka-on-eks-prom-'));
  const tsdb = path.join(dir, 'tsdb');
  await fs.mkdir(tsdb);
  if (options.backfill) {
    const file = path.join(dir, 'backfill.om');
    await fs.writeFile(file, options.backfill);
    await promisify(execFile)(PROMTOOL, [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      file,
      tsdb,
    ]);
  }
  const config = path.join(dir, 'prometheus.yml');
  await fs.writeFile(
    config,
    JSON.stringify({
      global: { scrape_interval: '1s', evaluation_interval: '1s' },
      scrape_configs: options.scrapeConfigs,
    }),
  );
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    PROMETHEUS,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${tsdb}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', chunk => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<void>(r => child.once('exit', () => r()));
  const close = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await fs.rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor('Prometheus to be ready', async () => {
      if (child.exitCode !== null) {
        throw new Error(`prometheus exited: ${stderr}`);
      }
      const response = await fetch(`${url}/-/ready`);
      return response.ok ? true : undefined;
    });
  } catch (error) {
    await close();
    throw error;
  }
  return { url, close };
}
