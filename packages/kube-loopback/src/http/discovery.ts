import { createHash } from 'node:crypto';
import type { ResourceRegistry, ResourceType } from '../resources';

/** The Kubernetes version the server claims (VolumeAttributesClass is GA at storage.k8s.io/v1 since 1.34). */
export const SERVER_VERSION = {
  major: '1',
  minor: '34',
  emulationMajor: '1',
  emulationMinor: '34',
  minCompatibilityMajor: '1',
  minCompatibilityMinor: '33',
  gitVersion: 'v1.34.2',
  gitCommit: '8cc511e399b929453cd98ae65b419c3cc227ec79',
  gitTreeState: 'clean',
  buildDate: '2025-11-11T19:09:31Z',
  goVersion: 'go1.24.9',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export const AGGREGATED_V2 =
  'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';
export const AGGREGATED_V2BETA1 =
  'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList';

/**
 * Which representation of /api or /apis a client accepts, first match in its
 * order: aggregated discovery v2 / v2beta1, or the legacy JSON.
 * Undefined when none is acceptable (406).
 */
export function negotiateDiscovery(
  accept: string | undefined,
  aggregatedEnabled: boolean,
): 'v2' | 'v2beta1' | 'legacy' | undefined {
  if (!accept) return 'legacy';
  for (const range of accept.split(',')) {
    const [mediaType, ...paramParts] = range.split(';').map(p => p.trim());
    const params = Object.fromEntries(
      paramParts.map(p => p.split('=').map(s => s.trim())),
    );
    if (
      params.as === 'APIGroupDiscoveryList' &&
      params.g === 'apidiscovery.k8s.io'
    ) {
      if (!aggregatedEnabled || mediaType !== 'application/json') continue;
      if (params.v === 'v2') return 'v2';
      if (params.v === 'v2beta1') return 'v2beta1';
      continue;
    }
    if (params.as) continue;
    if (['application/json', 'application/*', '*/*'].includes(mediaType)) {
      return 'legacy';
    }
  }
  return undefined;
}

/** A stable 8-byte hash in the shape of discovery's storageVersionHash. */
function storageVersionHash(type: ResourceType): string {
  return createHash('sha256')
    .update(`${type.group}/${type.version}/${type.kind}`)
    .digest()
    .subarray(0, 8)
    .toString('base64');
}

const SUBRESOURCE_VERBS = ['get', 'patch', 'update'];

function legacyResources(types: ResourceType[]) {
  return types.flatMap(t => [
    {
      name: t.resource,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: t.verbs,
      ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories.length ? { categories: t.categories } : {}),
      storageVersionHash: storageVersionHash(t),
    },
    ...(t.hasStatus
      ? [
          {
            name: `${t.resource}/status`,
            singularName: '',
            namespaced: t.namespaced,
            kind: t.kind,
            verbs: SUBRESOURCE_VERBS,
          },
        ]
      : []),
  ]);
}

/** GET /api/v1 or /apis/<group>/<version>: an APIResourceList, or undefined if not served. */
export function apiResourceList(
  registry: ResourceRegistry,
  group: string,
  version: string,
): object | undefined {
  const types = registry.inGroupVersion(group, version);
  if (!types.length) return undefined;
  return {
    kind: 'APIResourceList',
    // The legacy core list is served without apiVersion.
    ...(group ? { apiVersion: 'v1' } : {}),
    groupVersion: group ? `${group}/${version}` : version,
    resources: legacyResources(types),
  };
}

export function apiVersions(serverAddress: string): object {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function apiGroup(name: string, version: string) {
  const gv = { groupVersion: `${name}/${version}`, version };
  return { name, versions: [gv], preferredVersion: gv };
}

export function apiGroupList(registry: ResourceRegistry): object {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: registry.groups().map(g => apiGroup(g.name, g.version)),
  };
}

/** GET /apis/<group>: an APIGroup, or undefined for a group not served. */
export function apiGroupDocument(
  registry: ResourceRegistry,
  name: string,
): object | undefined {
  const group = registry.groups().find(g => g.name === name);
  return group
    ? {
        kind: 'APIGroup',
        apiVersion: 'v1',
        ...apiGroup(group.name, group.version),
      }
    : undefined;
}

function responseKind(t: ResourceType) {
  // Built-in types answer with an empty group and version in aggregated discovery.
  return t.custom
    ? { group: t.group, version: t.version, kind: t.kind }
    : { group: '', version: '', kind: t.kind };
}

function aggregatedGroup(types: ResourceType[], name?: string) {
  return {
    metadata: { ...(name ? { name } : {}), creationTimestamp: null },
    versions: [
      {
        version: types[0].version,
        resources: types.map(t => ({
          resource: t.resource,
          responseKind: responseKind(t),
          scope: t.namespaced ? 'Namespaced' : 'Cluster',
          singularResource: t.singular,
          verbs: t.verbs,
          ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
          ...(t.categories.length ? { categories: t.categories } : {}),
          ...(t.hasStatus
            ? {
                subresources: [
                  {
                    subresource: 'status',
                    responseKind: responseKind(t),
                    verbs: SUBRESOURCE_VERBS,
                  },
                ],
              }
            : {}),
        })),
        freshness: 'Current',
      },
    ],
  };
}

/** Aggregated discovery (KEP-3352) for /api (`core`) or /apis. */
export function aggregatedDiscovery(
  registry: ResourceRegistry,
  which: 'core' | 'groups',
  version: 'v2' | 'v2beta1',
): object {
  const items =
    which === 'core'
      ? [aggregatedGroup(registry.inGroupVersion('', 'v1'))]
      : registry
          .groups()
          .map(g =>
            aggregatedGroup(registry.inGroupVersion(g.name, g.version), g.name),
          );
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: `apidiscovery.k8s.io/${version}`,
    metadata: {},
    items,
  };
}
