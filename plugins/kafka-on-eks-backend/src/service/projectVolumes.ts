import {
  regionFromZone,
  toStorageSize,
  type KafkaNodePoolView,
  type KafkaVolumeView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { KafkaObjectsSnapshot } from './KafkaObjectsSnapshot';
import {
  ebsPerformanceOf,
  ebsVolumeIdOf,
  zoneOfPersistentVolume,
} from './ebsVolumes';
import type { PersistentVolumeClaim } from './kubernetesObjects';
import { placementOfClaim } from './strimziNames';
import { compareText } from './sorting';

// Kubernetes marks an expansion in flight with these conditions; the newer
// allocatedResourceStatuses (1.32+) says the same per resource.
const RESIZING_CONDITIONS = ['Resizing', 'FileSystemResizePending'];
const RESIZE_ERROR_CONDITIONS = ['ControllerResizeError', 'NodeResizeError'];
const RESIZING_STATUSES = [
  'ControllerResizeInProgress',
  'NodeResizePending',
  'NodeResizeInProgress',
];

/**
 * The Kafka's PVCs with their PV, StorageClass and EBS facts, sorted by pool,
 * node and volume id. `pools` gives each volume its `deleteClaim`.
 */
export function projectVolumes(
  snapshot: KafkaObjectsSnapshot,
  pools: KafkaNodePoolView[],
): KafkaVolumeView[] {
  const poolsByName = new Map(pools.map(p => [p.name, p]));
  return snapshot.persistentVolumeClaims
    .map(claim => volumeView(claim, snapshot, poolsByName))
    .sort(
      (a, b) =>
        compareText(a.pool ?? '', b.pool ?? '') ||
        (a.nodeId ?? -1) - (b.nodeId ?? -1) ||
        (a.volumeId ?? -1) - (b.volumeId ?? -1) ||
        compareText(a.pvc, b.pvc),
    );
}

function volumeView(
  claim: PersistentVolumeClaim,
  snapshot: KafkaObjectsSnapshot,
  poolsByName: ReadonlyMap<string, KafkaNodePoolView>,
): KafkaVolumeView {
  const name = claim.metadata?.name ?? '';
  const { pool, nodeId, volumeId } = placementOfClaim(
    claim,
    snapshot.location.kafka,
  );
  const requested = toStorageSize(claim.spec?.resources?.requests?.storage);
  const capacity = toStorageSize(claim.status?.capacity?.storage);
  const storageClassName = claim.spec?.storageClassName;
  const storageClass = storageClassName
    ? snapshot.storageClasses.get(storageClassName)
    : undefined;
  const attributesClassName = claim.spec?.volumeAttributesClassName;
  const attributesClass = attributesClassName
    ? snapshot.volumeAttributesClasses.get(attributesClassName)
    : undefined;
  const volume = snapshot.volumeByClaim.get(name);
  const zone = zoneOfPersistentVolume(volume);
  const region = regionFromZone(zone);
  const ebsVolumeId = ebsVolumeIdOf(volume);
  const deleteClaim = pool
    ? poolsByName.get(pool)?.storage.find(s => s.id === volumeId)?.deleteClaim
    : undefined;
  const resizeError = claim.status?.conditions?.find(
    c => RESIZE_ERROR_CONDITIONS.includes(c.type ?? '') && c.status === 'True',
  )?.message;
  const modifyVolumeStatus = claim.status?.modifyVolumeStatus?.status;
  const reclaimPolicy = volume?.spec?.persistentVolumeReclaimPolicy;

  return {
    pvc: name,
    ...(pool && { pool }),
    ...(nodeId !== undefined && { nodeId }),
    ...(volumeId !== undefined && { volumeId }),
    ...(requested && { requested }),
    ...(capacity && { capacity }),
    resizePending: isResizePending(claim, requested?.bytes, capacity?.bytes),
    ...(resizeError && { resizeError }),
    ...(claim.status?.phase && { phase: claim.status.phase }),
    ...(storageClassName && { storageClass: storageClassName }),
    ...definedOnly(ebsPerformanceOf(storageClass, attributesClass)),
    ...(attributesClassName && { volumeAttributesClass: attributesClassName }),
    ...(modifyVolumeStatus && { modifyVolumeStatus }),
    ...(storageClass && {
      allowVolumeExpansion: storageClass.allowVolumeExpansion === true,
    }),
    ...(volume?.metadata?.name && { pv: volume.metadata.name }),
    ...(ebsVolumeId && { ebsVolumeId }),
    ...(zone && { zone }),
    ...(region && { region }),
    ...(reclaimPolicy && { reclaimPolicy }),
    ...(deleteClaim !== undefined && { deleteClaim }),
  };
}

/**
 * A larger request than the volume's capacity means the expansion has not
 * finished; Kubernetes also says so while the file system still has to grow.
 */
function isResizePending(
  claim: PersistentVolumeClaim,
  requestedBytes: number | undefined,
  capacityBytes: number | undefined,
): boolean {
  if (
    requestedBytes !== undefined &&
    capacityBytes !== undefined &&
    requestedBytes > capacityBytes
  ) {
    return true;
  }
  const conditions = claim.status?.conditions ?? [];
  if (
    conditions.some(
      c => RESIZING_CONDITIONS.includes(c.type ?? '') && c.status === 'True',
    )
  ) {
    return true;
  }
  const allocation = claim.status?.allocatedResourceStatuses?.storage;
  return allocation !== undefined && RESIZING_STATUSES.includes(allocation);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
