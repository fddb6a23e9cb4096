import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * The options of a `type: catalog` entry of `kubernetes.clusterLocatorMethods`
 * that guard against cluster entities pointing the backend at internal
 * addresses (the Kubernetes backend's `CatalogClusterLocatorOptions`).
 *
 * @public
 */
export interface CatalogClusterLocatorOptions {
  /**
   * Host names (or `*.suffix` patterns) exempt from the rule below, e.g.
   * private EKS endpoints or a loopback test cluster.
   */
  dangerouslyAllowClusterUrls?: string[];
  /** Honour `kubernetes.io/skip-tls-verify: "true"` on cluster entities. */
  dangerouslyAllowSkipTLSVerify?: boolean;
}

const isIpLiteral = (host: string) => ipaddr.isValid(host);

// Anything ipaddr.js does not call plain unicast (loopback, private,
// link-local, unique-local...) is not public.
function isNonPublicIp(address: string): boolean {
  try {
    return ipaddr.parse(address).range() !== 'unicast';
  } catch {
    return true;
  }
}

function matches(hostname: string, pattern: string): boolean {
  const p = pattern.toLocaleLowerCase('en-US');
  if (p.startsWith('*.')) {
    return hostname.endsWith(p.slice(1)) || hostname === p.slice(2);
  }
  return hostname === p;
}

/**
 * The rule the Kubernetes backend's catalog cluster locator applies to each
 * `kubernetes.io/api-server` (its `validateClusterApiServerUrl`, 0.21.15),
 * kept here because that package does not export it; a test checks both
 * give the same verdicts. An HTTP(S) URL without credentials; unless its
 * host is in `dangerouslyAllowClusterUrls`, HTTPS only, and a host that is
 * or resolves to a public address. Rejects with the reason.
 *
 * @public
 */
export async function validateClusterApiServerUrl(
  apiServerUrl: string | undefined,
  options: CatalogClusterLocatorOptions = {},
): Promise<URL> {
  let url: URL;
  try {
    url = new URL(apiServerUrl ?? '');
  } catch {
    throw new Error('Kubernetes cluster API server URL is not a valid URL');
  }
  if (url.username || url.password) {
    throw new Error(
      'Kubernetes cluster API server URL must not contain credentials',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      'Kubernetes cluster API server URL must use the HTTP or HTTPS scheme',
    );
  }
  const hostname = url.hostname.toLocaleLowerCase('en-US');
  // WHATWG URL keeps the brackets of an IPv6 host.
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  if (
    (options.dangerouslyAllowClusterUrls ?? []).some(p => matches(hostname, p))
  ) {
    return url;
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      'Kubernetes cluster API server URL must use the HTTPS scheme',
    );
  }
  if (isIpLiteral(host)) {
    if (isNonPublicIp(host)) {
      throw new Error(
        'Kubernetes cluster API server URL must not use a non-public IP address',
      );
    }
    return url;
  }
  const addresses = await lookup(host, { all: true });
  if (addresses.some(a => isNonPublicIp(a.address))) {
    throw new Error(
      `Kubernetes cluster API server URL hostname "${host}" resolves to a non-public address`,
    );
  }
  return url;
}
