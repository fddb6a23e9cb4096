import { ebsVolumeId, kafkaId, uuidFor } from '../demo/demoIds';
import { KAFKA_POOL_NODE_LABEL } from '../nodes/kubernetesNode';
import { labelsForNodeAffinity } from '../nodes/labelsForNodeAffinity';
import { nodeGroupNode, nodeGroupNodeName } from '../nodes/playNodeGroup';

/**
 * What the Strimzi operator, the scheduler and the EBS CSI driver would make
 * of a set of Strimzi manifests, for the demo portal: the Kafka, node pools
 * and topics with Ready statuses, one pod per node spread over the zones,
 * and for each persistent-claim volume a bound PVC and its EBS-backed PV;
 * each pod on a Ready Node of its zone that meets the pool's required node
 * affinity, named as `playNodeGroup` names the nodes of that pool.
 * Pure: the same manifests and options give the same objects.
 */
export interface OperatorOptions {
  /** Zones of the cluster's region, in order; nodes go round-robin. */
  zones: string[];
  /** When things happened, for timestamps. */
  now: string;
  /** The Strimzi version that "reconciled" (default 1.2.0). */
  operatorVersion?: string;
  /** Parameters of VolumeAttributesClasses the pools name, by class name. */
  volumeAttributesClasses?: Record<string, Record<string, string>>;
}

type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: any;
  status?: any;
};

interface StorageVolume {
  id?: number;
  type: string;
  size?: string;
  class?: string;
  volumeAttributesClass?: string;
  deleteClaim?: boolean;
}

// Classes named after their EBS type, as older generated repositories had
// them from Terraform; newer ones carry StorageClass manifests of their own.
const EBS_CLASSES = ['gp3', 'st1'];

const ready = (now: string) => [
  { type: 'Ready', status: 'True', lastTransitionTime: now },
];

function storageVolumes(storage: any): StorageVolume[] {
  if (!storage) return [];
  if (storage.type === 'jbod') return storage.volumes ?? [];
  return [storage];
}

/** Strimzi's claim names: `data-<cluster>-<pool>-<id>`, with the JBOD id when JBOD. */
function claimName(pod: string, volume: StorageVolume, jbod: boolean): string {
  return jbod ? `data-${volume.id}-${pod}` : `data-${pod}`;
}

export function playStrimziOperator(
  manifests: Manifest[],
  options: OperatorOptions,
): object[] {
  const { zones, now } = options;
  const operatorVersion = options.operatorVersion ?? '1.2.0';
  const out: object[] = [];
  const kafkas = manifests.filter(m => m.kind === 'Kafka');
  const pools = manifests.filter(m => m.kind === 'KafkaNodePool');
  const topics = manifests.filter(m => m.kind === 'KafkaTopic');
  const classesInUse = new Set<string>();
  const attributeClassesInUse = new Set<string>();
  // Nodes already handed out, per node group and zone: one pod per node.
  const nodesUsed = new Map<string, number>();

  for (const kafka of kafkas) {
    const name = kafka.metadata.name;
    const namespace = kafka.metadata.namespace ?? 'default';
    const clusterId = kafkaId(`${namespace}/${name}`);
    const ownPools = pools.filter(
      p =>
        p.metadata.labels?.['strimzi.io/cluster'] === name &&
        (p.metadata.namespace ?? 'default') === namespace,
    );
    // Strimzi numbers nodes across the pools of a cluster; controllers first
    // keeps the quorum's ids small and stable, as in most setups.
    const ordered = [...ownPools].sort(
      (a, b) =>
        Number(b.spec?.roles?.includes('controller')) -
        Number(a.spec?.roles?.includes('controller')),
    );
    let nextId = 0;
    let nodeIndex = 0;
    for (const pool of ordered) {
      const replicas: number = pool.spec?.replicas ?? 0;
      const firstId = nextId;
      const nodeIds = Array.from({ length: replicas }, (_, i) => firstId + i);
      nextId += replicas;
      const roles: string[] = pool.spec?.roles ?? [];
      out.push({
        ...pool,
        status: {
          observedGeneration: 1,
          clusterId,
          nodeIds,
          roles,
          replicas,
          labelSelector: `strimzi.io/cluster=${name},strimzi.io/name=${name}-kafka,strimzi.io/kind=Kafka,strimzi.io/pool-name=${pool.metadata.name}`,
        },
      });
      const volumes = storageVolumes(pool.spec?.storage);
      const jbod = pool.spec?.storage?.type === 'jbod';
      // A pool's template replaces the Kafka's, as in Strimzi.
      const podTemplate =
        pool.spec?.template?.pod ?? kafka.spec?.kafka?.template?.pod;
      const nodeLabels = labelsForNodeAffinity(
        podTemplate?.affinity?.nodeAffinity,
      );
      // Pools that require the generated node groups' label share those
      // groups' nodes; any other pool gets nodes of its own.
      const nodeGroup =
        nodeLabels?.[KAFKA_POOL_NODE_LABEL] ??
        `${namespace}/${name}/${pool.metadata.name}`;
      for (const nodeId of nodeIds) {
        const zone = zones[nodeIndex++ % zones.length];
        const podName = `${name}-${pool.metadata.name}-${nodeId}`;
        const labels: Record<string, string> = {
          'app.kubernetes.io/instance': name,
          'app.kubernetes.io/managed-by': 'strimzi-cluster-operator',
          'app.kubernetes.io/name': 'kafka',
          'app.kubernetes.io/part-of': `strimzi-${name}`,
          'strimzi.io/cluster': name,
          'strimzi.io/component-type': 'kafka',
          'strimzi.io/kind': 'Kafka',
          'strimzi.io/name': `${name}-kafka`,
          'strimzi.io/pool-name': pool.metadata.name,
          ...Object.fromEntries(
            roles.map(role => [`strimzi.io/${role}-role`, 'true']),
          ),
        };
        const slot = `${nodeGroup}/${zone}`;
        const indexInZone = nodesUsed.get(slot) ?? 0;
        nodesUsed.set(slot, indexInZone + 1);
        const node = nodeGroupNodeName(nodeGroup, zone, indexInZone);
        out.push(
          nodeGroupNode(nodeGroup, zone, indexInZone, {
            labels: nodeLabels,
            now,
          }),
        );
        const claims: string[] = [];
        for (const volume of volumes) {
          if (volume.type !== 'persistent-claim') continue;
          const claim = claimName(podName, volume, jbod);
          claims.push(claim);
          const storageClass = volume.class ?? 'gp3';
          classesInUse.add(storageClass);
          if (volume.volumeAttributesClass) {
            attributeClassesInUse.add(volume.volumeAttributesClass);
          }
          const pv = `pvc-${uuidFor(`${namespace}/${claim}`)}`;
          out.push(
            {
              apiVersion: 'v1',
              kind: 'PersistentVolumeClaim',
              metadata: {
                name: claim,
                namespace,
                labels: { ...labels },
                annotations: {
                  'strimzi.io/delete-claim': String(
                    volume.deleteClaim ?? false,
                  ),
                  'volume.kubernetes.io/selected-node': node,
                },
              },
              spec: {
                accessModes: ['ReadWriteOnce'],
                resources: { requests: { storage: volume.size } },
                storageClassName: storageClass,
                ...(volume.volumeAttributesClass && {
                  volumeAttributesClassName: volume.volumeAttributesClass,
                }),
                volumeMode: 'Filesystem',
                volumeName: pv,
              },
              status: {
                phase: 'Bound',
                accessModes: ['ReadWriteOnce'],
                capacity: { storage: volume.size },
              },
            },
            {
              apiVersion: 'v1',
              kind: 'PersistentVolume',
              metadata: {
                name: pv,
                annotations: {
                  'pv.kubernetes.io/provisioned-by': 'ebs.csi.aws.com',
                },
              },
              spec: {
                accessModes: ['ReadWriteOnce'],
                capacity: { storage: volume.size },
                claimRef: {
                  apiVersion: 'v1',
                  kind: 'PersistentVolumeClaim',
                  namespace,
                  name: claim,
                },
                csi: {
                  driver: 'ebs.csi.aws.com',
                  fsType: 'xfs',
                  volumeHandle: ebsVolumeId(`${namespace}/${claim}/${now}`),
                },
                nodeAffinity: {
                  required: {
                    nodeSelectorTerms: [
                      {
                        matchExpressions: [
                          {
                            key: 'topology.kubernetes.io/zone',
                            operator: 'In',
                            values: [zone],
                          },
                        ],
                      },
                    ],
                  },
                },
                persistentVolumeReclaimPolicy: 'Retain',
                storageClassName: storageClass,
                ...(volume.volumeAttributesClass && {
                  volumeAttributesClassName: volume.volumeAttributesClass,
                }),
                volumeMode: 'Filesystem',
              },
              status: { phase: 'Bound' },
            },
          );
        }
        out.push({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name: podName,
            namespace,
            labels: {
              ...labels,
              'topology.kubernetes.io/zone': zone,
              'statefulset.kubernetes.io/pod-name': podName,
            },
          },
          spec: {
            nodeName: node,
            ...(podTemplate?.affinity && { affinity: podTemplate.affinity }),
            ...(podTemplate?.tolerations && {
              tolerations: podTemplate.tolerations,
            }),
            containers: [
              {
                name: 'kafka',
                image: `quay.io/strimzi/kafka:${operatorVersion}-kafka-${kafka.spec?.kafka?.version}`,
              },
            ],
            volumes: claims.map((claim, i) => ({
              name: `data-${i}`,
              persistentVolumeClaim: { claimName: claim },
            })),
          },
          status: {
            phase: 'Running',
            conditions: [
              { type: 'Ready', status: 'True', lastTransitionTime: now },
              {
                type: 'ContainersReady',
                status: 'True',
                lastTransitionTime: now,
              },
            ],
            containerStatuses: [
              { name: 'kafka', ready: true, restartCount: 0, started: true },
            ],
          },
        });
      }
    }

    const listeners: any[] = kafka.spec?.kafka?.listeners ?? [];
    out.push({
      ...kafka,
      status: {
        conditions: ready(now),
        observedGeneration: 1,
        clusterId,
        kafkaVersion: kafka.spec?.kafka?.version,
        kafkaMetadataVersion: kafka.spec?.kafka?.metadataVersion,
        operatorLastSuccessfulVersion: operatorVersion,
        kafkaNodePools: ownPools.map(p => ({ name: p.metadata.name })),
        listeners: listeners.map(listener => {
          const host = `${name}-kafka-bootstrap.${namespace}.svc`;
          return {
            name: listener.name,
            addresses: [{ host, port: listener.port }],
            bootstrapServers: `${host}:${listener.port}`,
          };
        }),
      },
    });
  }

  for (const topic of topics) {
    out.push({
      ...topic,
      status: {
        conditions: ready(now),
        observedGeneration: 1,
        topicName: topic.spec?.topicName ?? topic.metadata.name,
        topicId: kafkaId(
          `${topic.metadata.namespace}/${topic.metadata.name}/topic`,
        ),
      },
    });
  }

  // What the manifests bring themselves is applied as is, not made up.
  const provided = (kind: string, name: string) =>
    manifests.some(m => m.kind === kind && m.metadata.name === name);
  for (const type of EBS_CLASSES) {
    if (!classesInUse.has(type) || provided('StorageClass', type)) continue;
    out.push({
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: type },
      provisioner: 'ebs.csi.aws.com',
      parameters: {
        type,
        encrypted: 'true',
        'csi.storage.k8s.io/fstype': 'xfs',
      },
      reclaimPolicy: 'Retain',
      allowVolumeExpansion: true,
      volumeBindingMode: 'WaitForFirstConsumer',
    });
  }
  for (const name of attributeClassesInUse) {
    if (provided('VolumeAttributesClass', name)) continue;
    out.push({
      apiVersion: 'storage.k8s.io/v1',
      kind: 'VolumeAttributesClass',
      metadata: { name },
      driverName: 'ebs.csi.aws.com',
      parameters: options.volumeAttributesClasses?.[name] ?? {},
    });
  }
  return out;
}
