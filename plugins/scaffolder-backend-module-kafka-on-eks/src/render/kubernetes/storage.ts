import {
  gp3PerformanceOf,
  volumeAttributesClassName,
  type BrokerStorageClass,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_STORAGE_CLASSES, KEEP, SYNC_OPTIONS, SYNC_WAVE } from './names';

export const EBS_CSI_DRIVER = 'ebs.csi.aws.com';

/**
 * Argo CD: before the Kafka and its pools in the same sync (the Kafka app
 * syncs these cluster-scoped classes, as they are the pools' desired state
 * and waves inside one app are strictly ordered), and kept, as volumes and
 * their PVCs name them for as long as they live.
 */
const storageAnnotations = { [SYNC_WAVE]: '-1', [SYNC_OPTIONS]: KEEP };

/**
 * Both EBS types, whichever the brokers use today, so a pool can move to
 * the other. Parameters are immutable: a new KMS key needs a new class.
 */
export function storageClasses(request: KafkaClusterRequest) {
  return (Object.keys(KAFKA_STORAGE_CLASSES) as BrokerStorageClass[]).map(
    type => ({
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: {
        name: KAFKA_STORAGE_CLASSES[type],
        annotations: storageAnnotations,
      },
      provisioner: EBS_CSI_DRIVER,
      // Retain: deleting a PVC (or the Kafka) must never delete a broker's data.
      reclaimPolicy: 'Retain',
      // Create the volume in the zone the scheduler picked for the pod.
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: true,
      parameters: {
        type,
        encrypted: 'true',
        'csi.storage.k8s.io/fstype': 'xfs',
        ...(request.ebsKmsKeyArn && { kmsKeyId: request.ebsKmsKeyArn }),
      },
    }),
  );
}

/** The brokers' VolumeAttributesClass, or none at the gp3 baseline and on st1. */
export function volumeAttributesClasses(request: KafkaClusterRequest) {
  const performance = gp3PerformanceOf(request.brokers);
  if (!performance) return [];
  return [
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'VolumeAttributesClass',
      metadata: {
        name: volumeAttributesClassName(performance),
        annotations: storageAnnotations,
      },
      driverName: EBS_CSI_DRIVER,
      // Both, baseline included, so the name says everything the class sets.
      parameters: {
        iops: String(performance.iops),
        throughput: String(performance.throughputMiBps),
      },
    },
  ];
}
