/**
 * The resource types the loopback server serves, described the way a real
 * kube-apiserver describes them in discovery.
 */

/** Strimzi API version the server plays: `v1` (Strimzi >= 0.49) or `v1beta2` (older operators). */
export type StrimziApiVersion = 'v1' | 'v1beta2';

export const STRIMZI_GROUP = 'kafka.strimzi.io';

/** Argo CD's API group: its Application CRD is served at v1alpha1 only. */
export const ARGOCD_GROUP = 'argoproj.io';

export interface ResourceType {
  /** API group, `''` for the core group. */
  group: string;
  /** The one version this server serves the type at. */
  version: string;
  /** Plural resource name used in URLs, e.g. `kafkatopics`. */
  resource: string;
  singular: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: string[];
  /** Whether `<resource>/status` exists; updates to the main resource then leave status alone. */
  hasStatus: boolean;
  /**
   * Served by a CustomResourceDefinition: list items keep apiVersion/kind,
   * strategic merge patch is unsupported, and an update must carry a resourceVersion.
   */
  custom: boolean;
}

const BUILT_IN_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];
// The order a CRD's discovery entry lists them in.
const CRD_VERBS = [
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'create',
  'update',
  'watch',
];

function builtIn(
  group: string,
  kind: string,
  resource: string,
  rest: Partial<ResourceType> & { namespaced: boolean; hasStatus: boolean },
): ResourceType {
  return {
    group,
    version: 'v1',
    resource,
    singular: kind.toLowerCase(),
    kind,
    listKind: `${kind}List`,
    shortNames: [],
    categories: [],
    verbs: BUILT_IN_VERBS,
    custom: false,
    ...rest,
  };
}

function strimzi(
  version: StrimziApiVersion,
  kind: string,
  shortName: string,
): ResourceType {
  const singular = kind.toLowerCase();
  return {
    group: STRIMZI_GROUP,
    version,
    resource: `${singular}s`,
    singular,
    kind,
    listKind: `${kind}List`,
    namespaced: true,
    // From spec.names.shortNames of the Strimzi 1.2.0 CRDs.
    shortNames: [shortName],
    categories: ['strimzi'],
    verbs: CRD_VERBS,
    hasStatus: true,
    custom: true,
  };
}

// As Argo CD's own CRD names it (application-crd.yaml: shortNames app, apps).
const ARGOCD_APPLICATION: ResourceType = {
  group: ARGOCD_GROUP,
  version: 'v1alpha1',
  resource: 'applications',
  singular: 'application',
  kind: 'Application',
  listKind: 'ApplicationList',
  namespaced: true,
  shortNames: ['app', 'apps'],
  categories: [],
  verbs: CRD_VERBS,
  // Argo CD's CRD has no status subresource: the controller updates the whole object.
  hasStatus: false,
  custom: true,
};

/**
 * Every resource type a server playing the given Strimzi version serves;
 * Argo CD's Application only when `withArgoCd` (a cluster with Argo CD).
 */
export function resourceTypes(
  strimziApiVersion: StrimziApiVersion = 'v1',
  withStrimzi = true,
  withArgoCd = false,
): ResourceType[] {
  const all: ResourceType[] = [
    builtIn('', 'Namespace', 'namespaces', {
      namespaced: false,
      hasStatus: true,
      shortNames: ['ns'],
      // A namespace cannot be deleted as a collection.
      verbs: BUILT_IN_VERBS.filter(v => v !== 'deletecollection'),
    }),
    // Cluster-scoped; kubelets register their node and renew its status.
    builtIn('', 'Node', 'nodes', {
      namespaced: false,
      hasStatus: true,
      shortNames: ['no'],
    }),
    builtIn('', 'PersistentVolume', 'persistentvolumes', {
      namespaced: false,
      hasStatus: true,
      shortNames: ['pv'],
    }),
    builtIn('', 'PersistentVolumeClaim', 'persistentvolumeclaims', {
      namespaced: true,
      hasStatus: true,
      shortNames: ['pvc'],
    }),
    builtIn('', 'Pod', 'pods', {
      namespaced: true,
      hasStatus: true,
      shortNames: ['po'],
      categories: ['all'],
    }),
    builtIn('storage.k8s.io', 'StorageClass', 'storageclasses', {
      namespaced: false,
      hasStatus: false,
      shortNames: ['sc'],
    }),
    builtIn(
      'storage.k8s.io',
      'VolumeAttributesClass',
      'volumeattributesclasses',
      {
        namespaced: false,
        hasStatus: false,
        shortNames: ['vac'],
      },
    ),
    strimzi(strimziApiVersion, 'Kafka', 'k'),
    strimzi(strimziApiVersion, 'KafkaNodePool', 'knp'),
    strimzi(strimziApiVersion, 'KafkaTopic', 'kt'),
    strimzi(strimziApiVersion, 'KafkaRebalance', 'kr'),
    strimzi(strimziApiVersion, 'KafkaUser', 'ku'),
  ];
  if (withArgoCd) all.push(ARGOCD_APPLICATION);
  return withStrimzi ? all : all.filter(t => t.group !== STRIMZI_GROUP);
}

/** `apiVersion` as written in objects: `v1` or `group/version`. */
export function apiVersionOf(type: ResourceType): string {
  return type.group ? `${type.group}/${type.version}` : type.version;
}

/** `kafkatopics.kafka.strimzi.io`, or `pods` for the core group, as in error messages. */
export function qualifiedResource(type: ResourceType): string {
  return type.group ? `${type.resource}.${type.group}` : type.resource;
}

/** Looks resource types up by URL segments and by apiVersion/kind. */
export class ResourceRegistry {
  readonly types: ResourceType[];

  constructor(
    readonly strimziApiVersion: StrimziApiVersion = 'v1',
    withStrimzi = true,
    withArgoCd = false,
  ) {
    this.types = resourceTypes(strimziApiVersion, withStrimzi, withArgoCd);
  }

  byResource(
    group: string,
    version: string,
    resource: string,
  ): ResourceType | undefined {
    return this.types.find(
      t =>
        t.group === group && t.version === version && t.resource === resource,
    );
  }

  /**
   * The type of an object by its apiVersion and kind. Strimzi objects written
   * at either `v1` or `v1beta2` map to the one version the server plays.
   */
  byKind(apiVersion: string, kind: string): ResourceType | undefined {
    const [group, version] = apiVersion.includes('/')
      ? apiVersion.split('/', 2)
      : ['', apiVersion];
    return this.types.find(
      t =>
        t.group === group &&
        t.kind === kind &&
        (t.version === version ||
          (group === STRIMZI_GROUP && ['v1', 'v1beta2'].includes(version))),
    );
  }

  /** Groups other than core, each with the one version served. */
  groups(): Array<{ name: string; version: string }> {
    const seen = new Map<string, string>();
    for (const t of this.types) {
      if (t.group && !seen.has(t.group)) seen.set(t.group, t.version);
    }
    return [...seen].map(([name, version]) => ({ name, version }));
  }

  inGroupVersion(group: string, version: string): ResourceType[] {
    return this.types.filter(t => t.group === group && t.version === version);
  }
}
