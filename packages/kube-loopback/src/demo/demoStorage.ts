import {
  DEMO_NAMESPACE as NS,
  type DemoCluster,
  type DemoPool,
} from './demoClusters';
import {
  addMinutes,
  demoNodeName,
  ebsVolumeId,
  namespacedMeta as meta,
  strimziLabels,
  uuidFor,
  zoneOf,
} from './demoIds';

/** The EBS StorageClasses and a VolumeAttributesClass. */
export function demoStorageClasses(): object[] {
  const createdAt = '2026-01-12T16:03:27Z';
  const ebs = (
    name: string,
    parameters: Record<string, string>,
    isDefault: boolean,
  ) => ({
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name,
      uid: uuidFor(`storageclass/${name}`),
      creationTimestamp: createdAt,
      ...(isDefault
        ? {
            annotations: {
              'storageclass.kubernetes.io/is-default-class': 'true',
            },
          }
        : {}),
    },
    provisioner: 'ebs.csi.aws.com',
    // csi.storage.k8s.io/fstype replaces the EBS CSI driver's deprecated fsType parameter.
    parameters: {
      type: name,
      encrypted: 'true',
      'csi.storage.k8s.io/fstype': 'xfs',
      ...parameters,
    },
    reclaimPolicy: 'Retain',
    allowVolumeExpansion: true,
    volumeBindingMode: 'WaitForFirstConsumer',
  });
  return [
    ebs('gp3', { iops: '3000', throughput: '125' }, true),
    ebs('st1', {}, false),
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'VolumeAttributesClass',
      metadata: {
        name: 'gp3-throughput-500',
        uid: uuidFor('vac/gp3-throughput-500'),
        creationTimestamp: createdAt,
      },
      driverName: 'ebs.csi.aws.com',
      parameters: { type: 'gp3', iops: '6000', throughput: '500' },
    },
  ];
}

/** A pool node's data-0 claim and the EBS volume bound to it. */
export function demoVolumes(
  cluster: DemoCluster,
  pool: DemoPool,
  nodeId: number,
): object[] {
  const pod = `${cluster.name}-${pool.name}-${nodeId}`;
  const claim = `data-0-${pod}`;
  const pv = `pvc-${uuidFor(`${NS}/${claim}`)}`;
  const node = demoNodeName(cluster, nodeId);
  const boundAt = addMinutes(cluster.createdAt, 2);
  const resizing =
    pool.role === 'broker' && cluster.resizing?.nodeId === nodeId;
  const size = pool.volume.size;
  const capacity = resizing ? cluster.resizing!.previousSize : size;
  const vac = pool.volume.volumeAttributesClass;
  const pvc = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: meta(claim, boundAt, {
      labels: strimziLabels(cluster.name, pool.name),
      annotations: {
        'pv.kubernetes.io/bind-completed': 'yes',
        'pv.kubernetes.io/bound-by-controller': 'yes',
        'strimzi.io/delete-claim': 'false',
        'volume.beta.kubernetes.io/storage-provisioner': 'ebs.csi.aws.com',
        'volume.kubernetes.io/selected-node': node,
        'volume.kubernetes.io/storage-provisioner': 'ebs.csi.aws.com',
      },
      finalizers: ['kubernetes.io/pvc-protection'],
    }),
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: size } },
      storageClassName: pool.volume.storageClass,
      ...(vac ? { volumeAttributesClassName: vac } : {}),
      volumeMode: 'Filesystem',
      volumeName: pv,
    },
    status: {
      phase: 'Bound',
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: capacity },
      ...(vac ? { currentVolumeAttributesClassName: vac } : {}),
      ...(resizing
        ? {
            // The EBS volume has grown; the file system grows when the pod restarts.
            allocatedResources: { storage: size },
            allocatedResourceStatuses: { storage: 'NodeResizePending' },
            conditions: [
              {
                type: 'FileSystemResizePending',
                status: 'True',
                lastProbeTime: null,
                lastTransitionTime: '2026-11-26T18:22:40Z',
                message:
                  'Waiting for user to (re-)start a pod to finish file system resize of volume on node.',
              },
            ],
          }
        : {}),
    },
  };
  const volume = {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      name: pv,
      uid: uuidFor(`pv/${pv}`),
      creationTimestamp: boundAt,
      annotations: {
        'pv.kubernetes.io/provisioned-by': 'ebs.csi.aws.com',
        'volume.kubernetes.io/provisioner-deletion-secret-name': '',
        'volume.kubernetes.io/provisioner-deletion-secret-namespace': '',
      },
      finalizers: [
        'external-provisioner.volume.kubernetes.io/finalizer',
        'kubernetes.io/pv-protection',
      ],
    },
    spec: {
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: size },
      claimRef: {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        name: claim,
        namespace: NS,
        uid: uuidFor(`${NS}/${claim}`),
      },
      csi: {
        driver: 'ebs.csi.aws.com',
        fsType: 'xfs',
        volumeAttributes: {
          'storage.kubernetes.io/csiProvisionerIdentity':
            '1768233807112-8081-ebs.csi.aws.com',
        },
        volumeHandle: ebsVolumeId(`${cluster.name}/${claim}`),
      },
      nodeAffinity: {
        required: {
          nodeSelectorTerms: [
            {
              matchExpressions: [
                {
                  key: 'topology.kubernetes.io/zone',
                  operator: 'In',
                  values: [zoneOf(nodeId)],
                },
              ],
            },
          ],
        },
      },
      persistentVolumeReclaimPolicy: 'Retain',
      storageClassName: pool.volume.storageClass,
      ...(vac ? { volumeAttributesClassName: vac } : {}),
      volumeMode: 'Filesystem',
    },
    status: { phase: 'Bound', lastPhaseTransitionTime: boundAt },
  };
  return [pvc, volume];
}
