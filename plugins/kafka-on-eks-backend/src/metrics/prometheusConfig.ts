import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** How the backend authenticates to one cluster's Prometheus. */
export type PrometheusAuthProvider = 'none' | 'bearer' | 'aws' | 'kubernetes';

const AUTH_PROVIDERS: PrometheusAuthProvider[] = [
  'none',
  'bearer',
  'aws',
  'kubernetes',
];

/** One entry of `kafkaOnEks.prometheus`, checked. */
export type PrometheusTarget =
  | { cluster: string; authProvider: 'none'; url: string }
  | { cluster: string; authProvider: 'bearer'; url: string; token: string }
  | {
      cluster: string;
      authProvider: 'aws';
      url: string;
      region: string;
      assumeRole?: string;
    }
  | {
      cluster: string;
      authProvider: 'kubernetes';
      namespace: string;
      service: string;
    };

// What the generated repositories deploy: kube-prometheus-stack, released as
// `kube-prometheus-stack` in `monitoring`, whose Prometheus service listens on 9090.
export const DEFAULT_PROMETHEUS_NAMESPACE = 'monitoring';
export const DEFAULT_PROMETHEUS_SERVICE =
  'kube-prometheus-stack-prometheus:9090';

// A Kubernetes service name, optionally `:port` (a number or a port name).
const SERVICE_PATTERN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(:[a-z0-9]([-a-z0-9]*[a-z0-9])?)?$/;
const NAMESPACE_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function httpUrl(entry: Config, at: string, authProvider: string): string {
  const url = entry.getOptionalString('url');
  if (!url) {
    throw new InputError(
      `${at}.url: required for authProvider '${authProvider}'`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`${at}.url: '${url}' is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError(
      `${at}.url: must be http:// or https://, got '${url}'`,
    );
  }
  // Queries are appended as `<url>/api/v1/query`.
  return url.replace(/\/+$/, '');
}

/**
 * Reads and checks `kafkaOnEks.prometheus` at start-up: every error names
 * the key and the rule, so a wrong entry stops the backend with a clear
 * message rather than failing quietly on every collection.
 */
export function readPrometheusTargets(config: Config): PrometheusTarget[] {
  const entries = config.getOptionalConfigArray('kafkaOnEks.prometheus') ?? [];
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const at = `kafkaOnEks.prometheus[${index}]`;
    const cluster = entry.getOptionalString('cluster');
    if (!cluster) {
      throw new InputError(
        `${at}.cluster: required, the name of a kubernetes.clusterLocatorMethods cluster`,
      );
    }
    if (seen.has(cluster)) {
      throw new InputError(
        `${at}.cluster: cluster '${cluster}' has a Prometheus entry already`,
      );
    }
    seen.add(cluster);
    const authProvider = entry.getOptionalString('authProvider') ?? 'none';
    if (!AUTH_PROVIDERS.includes(authProvider as PrometheusAuthProvider)) {
      throw new InputError(
        `${at}.authProvider: '${authProvider}' is not one of ${AUTH_PROVIDERS.join(
          ', ',
        )}`,
      );
    }
    switch (authProvider as PrometheusAuthProvider) {
      case 'none':
        return {
          cluster,
          authProvider: 'none',
          url: httpUrl(entry, at, authProvider),
        };
      case 'bearer': {
        const token = entry.getOptionalString('token');
        if (!token) {
          throw new InputError(
            `${at}.token: required for authProvider 'bearer'`,
          );
        }
        return {
          cluster,
          authProvider: 'bearer',
          url: httpUrl(entry, at, authProvider),
          token,
        };
      }
      case 'aws': {
        const region = entry.getOptionalString('region');
        if (!region || !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
          throw new InputError(
            `${at}.region: required for authProvider 'aws', an AWS region such as eu-west-1${
              region ? `, got '${region}'` : ''
            }`,
          );
        }
        const assumeRole = entry.getOptionalString('assumeRole');
        if (assumeRole !== undefined && !assumeRole.startsWith('arn:')) {
          throw new InputError(
            `${at}.assumeRole: must be an IAM role ARN (arn:aws:iam::<account>:role/<name>), got '${assumeRole}'`,
          );
        }
        return {
          cluster,
          authProvider: 'aws',
          url: httpUrl(entry, at, authProvider),
          region,
          ...(assumeRole && { assumeRole }),
        };
      }
      case 'kubernetes':
      default: {
        const namespace =
          entry.getOptionalString('namespace') ?? DEFAULT_PROMETHEUS_NAMESPACE;
        if (!NAMESPACE_PATTERN.test(namespace)) {
          throw new InputError(
            `${at}.namespace: '${namespace}' is not a Kubernetes namespace name`,
          );
        }
        const service =
          entry.getOptionalString('service') ?? DEFAULT_PROMETHEUS_SERVICE;
        if (!SERVICE_PATTERN.test(service)) {
          throw new InputError(
            `${at}.service: '${service}' is not a service name with an optional :port`,
          );
        }
        return { cluster, authProvider: 'kubernetes', namespace, service };
      }
    }
  });
}
