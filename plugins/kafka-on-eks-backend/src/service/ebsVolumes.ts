import type {
  PersistentVolume,
  StorageClass,
  VolumeAttributesClass,
} from './kubernetesObjects';

/** The EBS CSI driver, and the in-tree provisioner it replaced. */
const EBS_CSI_DRIVER = 'ebs.csi.aws.com';
const IN_TREE_EBS = 'kubernetes.io/aws-ebs';

// What each provisioner creates when the class names no `type`.
const DEFAULT_TYPE: Record<string, string | undefined> = {
  [EBS_CSI_DRIVER]: 'gp3',
  [IN_TREE_EBS]: 'gp2',
};

// The EBS CSI driver's own zone key predates the well-known one; volumes
// provisioned by older drivers still carry it.
const ZONE_KEYS = [
  'topology.kubernetes.io/zone',
  'topology.ebs.csi.aws.com/zone',
  'failure-domain.beta.kubernetes.io/zone',
];

/**
 * The zone an EBS-backed PV lives in: from its required node affinity (an
 * EBS volume can only attach in its own zone), else from its zone label.
 */
export function zoneOfPersistentVolume(
  volume: PersistentVolume | undefined,
): string | undefined {
  const terms = volume?.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? [];
  for (const term of terms) {
    for (const expression of term.matchExpressions ?? []) {
      if (
        ZONE_KEYS.includes(expression.key ?? '') &&
        expression.operator === 'In' &&
        expression.values?.[0]
      ) {
        return expression.values[0];
      }
    }
  }
  const labels = volume?.metadata?.labels ?? {};
  return ZONE_KEYS.map(key => labels[key]).find(Boolean);
}

/** The `vol-…` id of an EBS-backed PV, CSI or in-tree (`aws://<zone>/vol-…`). */
export function ebsVolumeIdOf(
  volume: PersistentVolume | undefined,
): string | undefined {
  const csi = volume?.spec?.csi;
  if (csi?.driver === EBS_CSI_DRIVER && csi.volumeHandle) {
    return csi.volumeHandle;
  }
  const inTree = volume?.spec?.awsElasticBlockStore?.volumeID;
  return inTree?.split('/').find(part => part.startsWith('vol-'));
}

/** Type and provisioned performance of an EBS volume. */
export interface EbsPerformance {
  ebsType?: string;
  iops?: number;
  throughputMiBps?: number;
}

/**
 * A VolumeAttributesClass changes only the parameters it sets (through EBS
 * ModifyVolume), so each one falls back to the StorageClass separately.
 * Without a `type`, the CSI driver creates gp3 and the in-tree plugin gp2.
 */
export function ebsPerformanceOf(
  storageClass: StorageClass | undefined,
  attributesClass: VolumeAttributesClass | undefined,
): EbsPerformance {
  const provisioner = storageClass?.provisioner;
  const fromClass =
    provisioner === EBS_CSI_DRIVER || provisioner === IN_TREE_EBS
      ? storageClass?.parameters
      : undefined;
  const fromAttributes =
    attributesClass?.driverName === EBS_CSI_DRIVER
      ? attributesClass.parameters
      : undefined;
  const read = (key: string) =>
    parameter(fromAttributes, key) ?? parameter(fromClass, key);

  return {
    ebsType: read('type')?.toLowerCase() ?? DEFAULT_TYPE[provisioner ?? ''],
    iops: wholeNumber(read('iops')),
    throughputMiBps: wholeNumber(read('throughput')),
  };
}

// The EBS CSI driver reads parameter keys case-insensitively.
function parameter(
  parameters: Record<string, string> | undefined,
  key: string,
): string | undefined {
  if (!parameters) return undefined;
  const found = Object.keys(parameters).find(k => k.toLowerCase() === key);
  return found === undefined ? undefined : String(parameters[found]);
}

function wholeNumber(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text.trim())
    ? Number(text)
    : undefined;
}
