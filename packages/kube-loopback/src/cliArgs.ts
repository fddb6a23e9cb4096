import type { StrimziApiVersion } from './resources';

export interface CliArgs {
  seed?: string;
  host: string;
  port: number;
  token?: string;
  anonymous: boolean;
  strimziApiVersion: StrimziApiVersion;
  tlsCert?: string;
  tlsKey?: string;
  tlsSelfSigned: boolean;
  kubeconfigOut?: string;
  watchHistorySize?: number;
  bookmarkIntervalMs?: number;
  help: boolean;
}

export const USAGE = `Usage: kube-loopback [options]

A loopback Kubernetes API server (Strimzi and storage kinds) for demos and tests.

  --seed <dir>                  load every *.yaml/*.yml under <dir>
  --port <n>                    port (default 6443; 0 picks a free one)
  --host <address>              interface (default 127.0.0.1)
  --token <token>               bearer token required on API requests
  --anonymous                   also accept requests without a token
  --strimzi-api-version <v>     v1 (default) or v1beta2, for an older Strimzi
  --tls-cert <file> --tls-key <file>   serve HTTPS with this PEM pair
  --tls-self-signed             serve HTTPS with a certificate made by openssl
  --kubeconfig-out <file>       write a kubeconfig for this server (URL, CA, token)
  --watch-history <n>           events kept for watches (default 1000)
  --bookmark-interval-ms <n>    bookmark period for watches that allow them (default 60000)
  --help                        this text
`;

function integer(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`${flag} needs an integer >= ${min}, got "${value}"`);
  }
  return n;
}

/** Parses the command line; throws one-line errors. */
export function parseCliArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    host: '127.0.0.1',
    port: 6443,
    anonymous: false,
    strimziApiVersion: 'v1',
    tlsSelfSigned: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? arg.split(/=(.*)/s, 2)
        : [arg];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) {
        throw new Error(`${flag} needs a value`);
      }
      return next;
    };
    switch (flag) {
      case '--seed':
        args.seed = value();
        break;
      case '--port':
        args.port = integer(flag, value(), 0);
        if (args.port > 65535) throw new Error(`--port must be at most 65535`);
        break;
      case '--host':
        args.host = value();
        break;
      case '--token':
        args.token = value();
        break;
      case '--anonymous':
        args.anonymous = true;
        break;
      case '--strimzi-api-version': {
        const v = value();
        if (v !== 'v1' && v !== 'v1beta2') {
          throw new Error(
            `--strimzi-api-version must be v1 or v1beta2, got "${v}"`,
          );
        }
        args.strimziApiVersion = v;
        break;
      }
      case '--tls-cert':
        args.tlsCert = value();
        break;
      case '--tls-key':
        args.tlsKey = value();
        break;
      case '--tls-self-signed':
        args.tlsSelfSigned = true;
        break;
      case '--kubeconfig-out':
        args.kubeconfigOut = value();
        break;
      case '--watch-history':
        args.watchHistorySize = integer(flag, value(), 1);
        break;
      case '--bookmark-interval-ms':
        args.bookmarkIntervalMs = integer(flag, value(), 0);
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new Error(`unknown option ${arg} (see --help)`);
    }
  }
  if (!!args.tlsCert !== !!args.tlsKey) {
    throw new Error('--tls-cert and --tls-key go together');
  }
  if (args.tlsSelfSigned && args.tlsCert) {
    throw new Error(
      'choose --tls-self-signed or --tls-cert/--tls-key, not both',
    );
  }
  return args;
}
