import {
  toStorageSize,
  type KafkaNodePoolView,
  type KafkaPodView,
  type KafkaResourceRequirementsView,
  type KafkaStorageVolumeView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { KafkaObjectsSnapshot } from './KafkaObjectsSnapshot';
import { zoneOfPersistentVolume } from './ebsVolumes';
import type {
  Pod,
  StrimziKafkaNodePool,
  StrimziResourceRequirements,
  StrimziStorage,
} from './kubernetesObjects';
import { nodePlacementOf } from './nodePlacement';
import { projectKubernetesNodes } from './projectKubernetesNodes';
import { placementOfPod } from './strimziNames';
import { compareText } from './sorting';

const ZONE_LABEL = 'topology.kubernetes.io/zone';
type Role = 'controller' | 'broker';

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const numerically = (a: number, b: number) => a - b;
const byName = (
  a: { metadata?: { name?: string } },
  b: { metadata?: { name?: string } },
) => compareText(a.metadata?.name ?? '', b.metadata?.name ?? '');

/**
 * The node pools of a Kafka with their pods and the Kubernetes nodes they
 * may be scheduled on. A v1beta2 Kafka without any
 * KafkaNodePool gets the pool Strimzi derives from its own spec.
 */
export function projectNodePools(
  snapshot: KafkaObjectsSnapshot,
): KafkaNodePoolView[] {
  const legacy = snapshot.kafka?.legacyNodePool;
  const pools =
    snapshot.nodePools.length > 0 || !legacy
      ? [...snapshot.nodePools].sort(byName)
      : [legacy];

  const podsByPool = new Map<string, KafkaPodView[]>();
  for (const pod of snapshot.pods) {
    const { pool, nodeId } = placementOfPod(pod, snapshot.location.kafka);
    if (!pool) continue;
    const list = podsByPool.get(pool) ?? [];
    list.push(podView(pod, nodeId, snapshot));
    podsByPool.set(pool, list);
  }

  return pools.map(pool => {
    const name = pool.metadata?.name ?? '';
    const pods = (podsByPool.get(name) ?? []).sort(
      (a, b) => (a.nodeId ?? 0) - (b.nodeId ?? 0),
    );
    // status.nodeIds is what the operator assigned; before its first
    // reconcile, the pods are the only evidence.
    const nodeIds = pool.status?.nodeIds ?? pods.flatMap(p => p.nodeId ?? []);
    const resources = resourcesOf(pool.spec?.resources);
    const kubernetesNodes = projectKubernetesNodes(
      nodePlacementOf(pool, snapshot.kafka?.kafka),
      snapshot.nodes,
    );
    return {
      name,
      definedBy: pool === legacy ? 'Kafka' : 'KafkaNodePool',
      roles: rolesOf(pool),
      replicas: pool.spec?.replicas ?? 0,
      nodeIds: [...nodeIds].sort(numerically),
      storage: storageVolumesOf(pool.spec?.storage),
      ...(resources && { resources }),
      pods,
      podsReady: pods.filter(p => p.ready).length,
      ...(kubernetesNodes && { kubernetesNodes }),
    };
  });
}

/** Status roles are what the nodes run now; spec roles until the first reconcile. */
function rolesOf(pool: StrimziKafkaNodePool): Role[] {
  const roles = pool.status?.roles ?? pool.spec?.roles ?? [];
  return roles.filter((r): r is Role => r === 'controller' || r === 'broker');
}

/**
 * The volumes a pool's `spec.storage` asks for. KRaft keeps its metadata log
 * on the volume marked `kraftMetadata: shared`, else on the lowest JBOD id.
 */
export function storageVolumesOf(
  storage: StrimziStorage | undefined,
): KafkaStorageVolumeView[] {
  if (!storage?.type) return [];
  if (storage.type !== 'jbod') return [volumeOf(storage, undefined, true)];

  const volumes = storage.volumes ?? [];
  const ids = volumes.map(v => v.id).filter(isNumber);
  const metadataId =
    volumes.find(v => v.kraftMetadata === 'shared')?.id ??
    (ids.length > 0 ? Math.min(...ids) : undefined);
  return volumes.map(v => volumeOf(v, v.id, v.id === metadataId));
}

function volumeOf(
  storage: StrimziStorage,
  id: number | undefined,
  kraftMetadata: boolean,
): KafkaStorageVolumeView {
  const ephemeral = storage.type === 'ephemeral';
  const size = toStorageSize(ephemeral ? storage.sizeLimit : storage.size);
  return {
    ...(id !== undefined && { id }),
    type: ephemeral ? 'ephemeral' : 'persistent-claim',
    ...(storage.class && { class: storage.class }),
    ...(size && { size }),
    kraftMetadata,
    deleteClaim: storage.deleteClaim === true,
    ...(storage.volumeAttributesClass && {
      volumeAttributesClass: storage.volumeAttributesClass,
    }),
  };
}

/** Zone: the PV bound to one of the pod's claims, then the pod's zone label. */
function podView(
  pod: Pod,
  nodeId: number | undefined,
  snapshot: KafkaObjectsSnapshot,
): KafkaPodView {
  const zone =
    (pod.spec?.volumes ?? [])
      .map(v => v.persistentVolumeClaim?.claimName)
      .map(claim => claim && snapshot.volumeByClaim.get(claim))
      .map(volume => zoneOfPersistentVolume(volume || undefined))
      .find(Boolean) ?? pod.metadata?.labels?.[ZONE_LABEL];
  const readyCondition = pod.status?.conditions?.find(c => c.type === 'Ready');
  return {
    name: pod.metadata?.name ?? '',
    ...(nodeId !== undefined && { nodeId }),
    ...(pod.status?.phase && { phase: pod.status.phase }),
    ready: readyCondition?.status === 'True',
    ...(pod.spec?.nodeName && { node: pod.spec.nodeName }),
    ...(zone && { zone }),
    restartCount: (pod.status?.containerStatuses ?? []).reduce(
      (sum, s) => sum + (s.restartCount ?? 0),
      0,
    ),
  };
}

function resourcesOf(
  resources: StrimziResourceRequirements | undefined,
): KafkaResourceRequirementsView | undefined {
  if (!resources?.requests && !resources?.limits) return undefined;
  const asText = (values: Record<string, string | number> | undefined) =>
    values &&
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
  return {
    ...(resources.requests && { requests: asText(resources.requests) }),
    ...(resources.limits && { limits: asText(resources.limits) }),
  };
}
