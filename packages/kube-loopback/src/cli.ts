import fs from 'node:fs';
import { parseCliArgs, USAGE, type CliArgs } from './cliArgs';
import { startKubeLoopback, type KubeLoopback } from './KubeLoopback';
import { loadSeedDirectory } from './seed/loadSeedDirectory';
import { createSelfSignedCertificate } from './tls/selfSignedCertificate';

/*
 * node --require @backstage/cli/config/nodeTransform.cjs \
 *   packages/kube-loopback/src/cli.ts --seed packages/kube-loopback/demo --port 6443 --token demo-token
 */

function readFile(what: string, file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`cannot read ${what} ${file}`);
  }
}

async function tlsFor(args: CliArgs) {
  if (args.tlsSelfSigned) return createSelfSignedCertificate();
  if (args.tlsCert && args.tlsKey) {
    return {
      cert: readFile('--tls-cert', args.tlsCert),
      key: readFile('--tls-key', args.tlsKey),
    };
  }
  return undefined;
}

async function main(argv: string[]): Promise<KubeLoopback | undefined> {
  const args = parseCliArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE);
    return undefined;
  }
  const objects = args.seed ? loadSeedDirectory(args.seed) : [];
  const tls = await tlsFor(args);
  let server: KubeLoopback;
  try {
    server = await startKubeLoopback({
      host: args.host,
      port: args.port,
      token: args.token,
      anonymous: args.anonymous,
      strimziApiVersion: args.strimziApiVersion,
      tls,
      watchHistorySize: args.watchHistorySize,
      bookmarkIntervalMs: args.bookmarkIntervalMs,
      objects,
    });
  } catch (e) {
    const message = (e as Error).message;
    if (/already in use/.test(message)) {
      throw new Error(
        `${message}: stop the other process (e.g. \`fuser -k ${args.port}/tcp\`) or choose another --port`,
      );
    }
    throw e;
  }
  if (args.kubeconfigOut) {
    fs.writeFileSync(args.kubeconfigOut, server.kubeconfig(), { mode: 0o600 });
  }
  const auth = args.token
    ? `token required${args.anonymous ? ', anonymous allowed' : ''}`
    : 'no token needed';
  process.stdout.write(
    `kube-loopback listening on ${server.url} (${objects.length} objects${
      args.seed ? ` from ${args.seed}` : ''
    }, kafka.strimzi.io/${args.strimziApiVersion}, ${auth})\n`,
  );
  if (args.kubeconfigOut) {
    process.stdout.write(`kubeconfig written to ${args.kubeconfigOut}\n`);
  }
  return server;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    server => {
      if (!server) return;
      const stop = () => {
        server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    error => {
      process.stderr.write(`kube-loopback: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
