import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { BROKER_VOLUME_ATTRIBUTES_CLASS, STORAGE_CLASS_NAMES } from '../naming';
import type { RenderedFile } from '../types';
import {
  attributes,
  blank,
  block,
  comment,
  renderFile,
  type BodyItem,
} from './body';
import { call, hcl, type HclValue } from './hcl';
import { brokerVolumeAttributes } from './model';

export const EBS_CSI_DRIVER = 'ebs.csi.aws.com';
/** A local chart that applies raw manifests: see its Chart.yaml. */
export const RAW_MANIFESTS_CHART = 'charts/raw-manifests';

const dependsOnCluster = attributes({ depends_on: [hcl`module.eks`] });

function storageClass(
  type: keyof typeof STORAGE_CLASS_NAMES,
  isDefault: boolean,
): BodyItem {
  return block(
    'resource',
    ['kubernetes_storage_class_v1', type],
    [
      block(
        'metadata',
        [],
        attributes({
          name: STORAGE_CLASS_NAMES[type],
          annotations: isDefault
            ? { 'storageclass.kubernetes.io/is-default-class': 'true' }
            : undefined,
        }),
      ),
    ],
    [blank],
    attributes({
      storage_provisioner: EBS_CSI_DRIVER,
      // Retain: deleting a PVC (or the Kafka) must never delete a broker's data.
      reclaim_policy: 'Retain',
      // Create the volume in the zone the scheduler picked for the pod.
      volume_binding_mode: 'WaitForFirstConsumer',
      allow_volume_expansion: true,
      parameters: {
        type,
        encrypted: 'true',
        'csi.storage.k8s.io/fstype': 'xfs',
      },
    }),
    [blank],
    dependsOnCluster,
  );
}

/** The brokers' VolumeAttributesClass manifest, when they asked for gp3 performance. */
export function volumeAttributesClass(
  request: KafkaClusterRequest,
): HclValue | undefined {
  const wanted = brokerVolumeAttributes(request);
  if (!wanted) return undefined;
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'VolumeAttributesClass',
    metadata: { name: BROKER_VOLUME_ATTRIBUTES_CLASS },
    driverName: EBS_CSI_DRIVER,
    // Parameters are strings; the class is immutable, so these are fixed here.
    parameters: {
      iops: wanted.iops === undefined ? undefined : String(wanted.iops),
      throughput:
        wanted.throughputMiBps === undefined
          ? undefined
          : String(wanted.throughputMiBps),
    },
  };
}

/** `storage.tf`: the gp3 (default) and st1 StorageClasses, and the brokers' VolumeAttributesClass. */
export function renderStorage(request: KafkaClusterRequest): string {
  const vac = volumeAttributesClass(request);
  return renderFile(
    [
      ...comment(
        'Typed resources, not kubernetes_manifest: they plan without a reachable',
        'API server, so the first apply can create the cluster and these together.',
      ),
      storageClass('gp3', true),
    ],
    [storageClass('st1', false)],
    vac
      ? [
          ...comment(
            'No typed resource exists for a VolumeAttributesClass: a local chart',
            'applies it, which, unlike kubernetes_manifest, needs no API at plan time.',
          ),
          block(
            'resource',
            ['helm_release', 'broker_volume_attributes'],
            attributes({
              name: 'kafka-broker-volume-attributes',
              namespace: 'kube-system',
              chart: hcl`"\${path.module}/charts/raw-manifests"`,
              values: [call('yamlencode', { manifests: [vac] })],
            }),
            [blank],
            dependsOnCluster,
          ),
        ]
      : [],
  );
}

/** The local chart's files, rendered only when a manifest needs it. */
export function rawManifestsChart(
  request: KafkaClusterRequest,
): RenderedFile[] {
  if (!brokerVolumeAttributes(request)) return [];
  const dir = `terraform/${RAW_MANIFESTS_CHART}`;
  return [
    {
      path: `${dir}/Chart.yaml`,
      content: [
        'apiVersion: v2',
        'name: raw-manifests',
        'description: >-',
        '  Applies the manifests given in .Values.manifests. Terraform uses it for',
        '  kinds without a typed resource, since kubernetes_manifest needs a',
        '  reachable API server at plan time.',
        'type: application',
        'version: 0.1.0',
        '',
      ].join('\n'),
    },
    { path: `${dir}/values.yaml`, content: 'manifests: []\n' },
    {
      path: `${dir}/templates/manifests.yaml`,
      content: [
        '{{- range .Values.manifests }}',
        '---',
        '{{ toYaml . }}',
        '{{- end }}',
        '',
      ].join('\n'),
    },
  ];
}
