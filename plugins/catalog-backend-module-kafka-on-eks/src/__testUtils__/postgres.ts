import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const isRoot = process.getuid?.() === 0;

/** A throwaway PostgreSQL cluster on loopback, for tests of several replicas. */
export interface ThrowawayPostgres {
  port: number;
  /** Runs one SQL statement in `database`, returning rows as tab-separated lines. */
  query(database: string, sql: string): string[];
  stop(): void;
}

// PostgreSQL refuses to run as root; the postgres user of Debian's package does.
function asPostgres(command: string, args: string[]) {
  return isRoot
    ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], {
        stdio: 'pipe',
      })
    : execFileSync(command, args, { stdio: 'pipe' });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

export async function startPostgres(): Promise<ThrowawayPostgres> {
  if (!fs.existsSync(`${PG_BIN}/initdb`)) {
    throw new Error(
      `PostgreSQL is missing at ${PG_BIN} (set PG_BIN, or apt-get install postgresql)`,
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'discovery-pg-'));
  if (isRoot) execFileSync('chown', ['postgres', dataDir]);
  asPostgres(`${PG_BIN}/initdb`, [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
  ]);
  const port = await freePort();
  asPostgres(`${PG_BIN}/pg_ctl`, [
    '-D',
    dataDir,
    '-w',
    '-l',
    `${dataDir}/server.log`,
    '-o',
    `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1`,
    'start',
  ]);
  return {
    port,
    query: (database, sql) =>
      execFileSync(
        `${PG_BIN}/psql`,
        [
          '-h',
          '127.0.0.1',
          '-p',
          String(port),
          '-U',
          'postgres',
          '-d',
          database,
        ].concat(['-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', sql]),
        { encoding: 'utf8' },
      )
        .split('\n')
        .filter(line => line !== ''),
    stop: () => {
      try {
        asPostgres(`${PG_BIN}/pg_ctl`, ['-D', dataDir, '-m', 'fast', 'stop']);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
