import type {
  KafkaViewObjectKind,
  StrimziApiVersion,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
} from '@kubernetes/client-node';
import { APPLICATION_KAFKA_LABEL } from '../service/kubernetesObjects';

/** The Strimzi API group; served at v1 (Strimzi 1.x) or v1beta2 (older). */
export const STRIMZI_GROUP = 'kafka.strimzi.io';

/** Every object Strimzi creates for a Kafka carries this label. */
const STRIMZI_CLUSTER_LABEL = 'strimzi.io/cluster';

/** Argo CD's API group; Applications are served at v1alpha1 only. */
export const ARGOCD_GROUP = 'argoproj.io';

/** What one list request asks for. */
export interface PageRequest {
  labelSelector?: string;
  limit: number;
  continueToken?: string;
}

/** One page of a list. */
export interface Page {
  items: KubernetesObject[];
  resourceVersion?: string;
  continueToken?: string;
}

type ListPage = (
  kubeConfig: KubeConfig,
  strimziVersion: StrimziApiVersion,
  request: PageRequest,
) => Promise<Page>;

/**
 * Lists through CustomObjectsApi, which returns the objects exactly as the
 * API server sent them (the generic KubernetesObjectApi drops `continue`).
 */
function customObjectsPage(
  group: string,
  version: string | undefined,
  plural: string,
): ListPage {
  return async (kubeConfig, strimziVersion, request) => {
    const body = await kubeConfig
      .makeApiClient(CustomObjectsApi)
      .listClusterCustomObject({
        group,
        version: version ?? strimziVersion,
        plural,
        labelSelector: request.labelSelector,
        limit: request.limit,
        _continue: request.continueToken,
      });
    return {
      items: body.items ?? [],
      resourceVersion: body.metadata?.resourceVersion,
      continueToken: body.metadata?.continue || undefined,
    };
  };
}

/** Core kinds (no API group) go through the typed CoreV1Api. */
const corePage: Record<string, ListPage> = {
  pods: async (kubeConfig, _v, request) =>
    toPage(
      await kubeConfig.makeApiClient(CoreV1Api).listPodForAllNamespaces({
        labelSelector: request.labelSelector,
        limit: request.limit,
        _continue: request.continueToken,
      }),
    ),
  persistentvolumeclaims: async (kubeConfig, _v, request) =>
    toPage(
      await kubeConfig
        .makeApiClient(CoreV1Api)
        .listPersistentVolumeClaimForAllNamespaces({
          labelSelector: request.labelSelector,
          limit: request.limit,
          _continue: request.continueToken,
        }),
    ),
  nodes: async (kubeConfig, _v, request) =>
    toPage(
      await kubeConfig.makeApiClient(CoreV1Api).listNode({
        labelSelector: request.labelSelector,
        limit: request.limit,
        _continue: request.continueToken,
      }),
    ),
  persistentvolumes: async (kubeConfig, _v, request) =>
    toPage(
      await kubeConfig.makeApiClient(CoreV1Api).listPersistentVolume({
        labelSelector: request.labelSelector,
        limit: request.limit,
        _continue: request.continueToken,
      }),
    ),
};

function toPage(list: {
  items: KubernetesObject[];
  metadata?: { resourceVersion?: string; _continue?: string };
}): Page {
  return {
    items: list.items,
    resourceVersion: list.metadata?.resourceVersion,
    continueToken: list.metadata?._continue || undefined,
  };
}

/** One kind the view needs, and where to list and watch it cluster-wide. */
export interface WatchedKind {
  kind: KafkaViewObjectKind;
  /** Strimzi kinds follow the version the cluster serves. */
  strimzi: boolean;
  apiVersion(strimziVersion: StrimziApiVersion): string;
  path(strimziVersion: StrimziApiVersion): string;
  /** Pods and PVCs: only Strimzi's, so other workloads cost nothing. */
  labelSelector?: string;
  /**
   * A group the cluster may well not serve (Argo CD): without it the kind
   * is recorded as absent, quietly, instead of as an error.
   */
  optionalGroup?: string;
  listPage: ListPage;
}

function strimziKind(kind: KafkaViewObjectKind, plural: string): WatchedKind {
  return {
    kind,
    strimzi: true,
    apiVersion: version => `${STRIMZI_GROUP}/${version}`,
    path: version => `/apis/${STRIMZI_GROUP}/${version}/${plural}`,
    listPage: customObjectsPage(STRIMZI_GROUP, undefined, plural),
  };
}

function fixedKind(
  kind: KafkaViewObjectKind,
  apiVersion: string,
  plural: string,
  labelSelector?: string,
): WatchedKind {
  const [group, version] = apiVersion.includes('/')
    ? apiVersion.split('/')
    : ['', apiVersion];
  return {
    kind,
    strimzi: false,
    apiVersion: () => apiVersion,
    path: () =>
      group
        ? `/apis/${group}/${version}/${plural}`
        : `/api/${version}/${plural}`,
    ...(labelSelector && { labelSelector }),
    listPage: group
      ? customObjectsPage(group, version, plural)
      : corePage[plural],
  };
}

/** What one cluster's watcher keeps an informer on. */
export const WATCHED_KINDS: readonly WatchedKind[] = [
  strimziKind('Kafka', 'kafkas'),
  strimziKind('KafkaNodePool', 'kafkanodepools'),
  strimziKind('KafkaTopic', 'kafkatopics'),
  strimziKind('KafkaRebalance', 'kafkarebalances'),
  fixedKind('Pod', 'v1', 'pods', STRIMZI_CLUSTER_LABEL),
  fixedKind(
    'PersistentVolumeClaim',
    'v1',
    'persistentvolumeclaims',
    STRIMZI_CLUSTER_LABEL,
  ),
  fixedKind('PersistentVolume', 'v1', 'persistentvolumes'),
  fixedKind('StorageClass', 'storage.k8s.io/v1', 'storageclasses'),
  fixedKind(
    'VolumeAttributesClass',
    'storage.k8s.io/v1',
    'volumeattributesclasses',
  ),
  // All of them: which nodes a pool may use is its affinity's say, not a label's.
  fixedKind('Node', 'v1', 'nodes'),
  // In Argo CD's namespace, not the Kafka's: all namespaces, by label.
  {
    ...fixedKind(
      'Application',
      `${ARGOCD_GROUP}/v1alpha1`,
      'applications',
      APPLICATION_KAFKA_LABEL,
    ),
    optionalGroup: ARGOCD_GROUP,
  },
];

/** A whole list, page by page (`limit` and `continue`), as one list object. */
export async function listAllPages(
  kubeConfig: KubeConfig,
  watched: WatchedKind,
  strimziVersion: StrimziApiVersion,
  pageSize: number,
): Promise<KubernetesListObject<KubernetesObject>> {
  const items: KubernetesObject[] = [];
  let continueToken: string | undefined;
  let resourceVersion: string | undefined;
  do {
    const page = await watched.listPage(kubeConfig, strimziVersion, {
      labelSelector: watched.labelSelector,
      limit: pageSize,
      continueToken,
    });
    items.push(...page.items);
    continueToken = page.continueToken;
    // Every page belongs to the first page's snapshot: the watch resumes there.
    resourceVersion ??= page.resourceVersion;
  } while (continueToken);
  return {
    apiVersion: watched.apiVersion(strimziVersion),
    kind: `${watched.kind}List`,
    metadata: { resourceVersion },
    items,
  };
}
