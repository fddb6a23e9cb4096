import { digest } from '../demo/demoIds';

/**
 * A Kubernetes Node as an EKS worker registers it: the well-known labels
 * (zone, region, hostname, instance type), the EC2 provider id, addresses
 * and a Ready condition. Pure: the same options give the same object.
 */

export const ZONE_LABEL = 'topology.kubernetes.io/zone';
/** The label each Kafka node group of a generated EKS cluster carries. */
export const KAFKA_POOL_NODE_LABEL = 'kafka-on-eks/pool';

export interface NodeTaint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export interface KubernetesNodeOptions {
  name: string;
  zone: string;
  /** Added to (and overriding) the well-known labels. */
  labels?: Record<string, string>;
  taints?: NodeTaint[];
  /** The Ready condition's status (default true). */
  ready?: boolean;
  /** Cordoned (`kubectl cordon`). */
  unschedulable?: boolean;
  instanceType?: string;
  /** Creation and condition times (default: none, the server stamps it). */
  now?: string;
  /** Seeds the instance id and address (default: the name). */
  seed?: string;
  /** The node's private IPv4 address (default: one derived from the seed). */
  internalIp?: string;
}

const KUBELET_VERSION = 'v1.34.2-eks-3025e55';

/** `us-east-1a` is in `us-east-1`: AWS zone names are the region and one letter. */
export function regionOfZone(zone: string): string {
  return zone.replace(/[a-z]$/, '');
}

/** EC2's private DNS suffix: us-east-1 kept the older `ec2.internal`. */
export function privateDnsSuffix(region: string): string {
  return region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`;
}

/** An EC2 instance id: `i-` and 17 hex digits. */
export function instanceIdFor(seed: string): string {
  return `i-0${digest(`instance:${seed}`).toString('hex').slice(0, 16)}`;
}

// Graviton instance families carry a `g` after the generation (m7g, r8gd).
const isGraviton = (instanceType: string | undefined) =>
  /^[a-z]+\d+g/.test(instanceType ?? '');

export function kubernetesNode(options: KubernetesNodeOptions): object {
  const { name, zone, now } = options;
  const region = regionOfZone(zone);
  const seed = options.seed ?? name;
  const bytes = digest(`node-ip:${seed}`);
  const ip = options.internalIp ?? `10.0.${bytes[0]}.${(bytes[1] % 250) + 4}`;
  const arch = isGraviton(options.instanceType) ? 'arm64' : 'amd64';
  const ready = options.ready ?? true;
  const at = now ? { lastHeartbeatTime: now, lastTransitionTime: now } : {};
  const pressure = (type: string, reason: string, message: string) => ({
    type,
    status: 'False',
    ...at,
    reason,
    message,
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      ...(now && { creationTimestamp: now }),
      labels: {
        'kubernetes.io/arch': arch,
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        ...(options.instanceType && {
          'node.kubernetes.io/instance-type': options.instanceType,
        }),
        'topology.ebs.csi.aws.com/zone': zone,
        'topology.kubernetes.io/region': region,
        [ZONE_LABEL]: zone,
        ...options.labels,
      },
    },
    spec: {
      providerID: `aws:///${zone}/${instanceIdFor(seed)}`,
      ...(options.taints?.length && { taints: options.taints }),
      ...(options.unschedulable && { unschedulable: true }),
    },
    status: {
      conditions: [
        pressure(
          'MemoryPressure',
          'KubeletHasSufficientMemory',
          'kubelet has sufficient memory available',
        ),
        pressure(
          'DiskPressure',
          'KubeletHasNoDiskPressure',
          'kubelet has no disk pressure',
        ),
        pressure(
          'PIDPressure',
          'KubeletHasSufficientPID',
          'kubelet has sufficient PID available',
        ),
        ready
          ? {
              type: 'Ready',
              status: 'True',
              ...at,
              reason: 'KubeletReady',
              message: 'kubelet is posting ready status',
            }
          : {
              // What a node that has just joined says until its CNI is up.
              type: 'Ready',
              status: 'False',
              ...at,
              reason: 'KubeletNotReady',
              message:
                'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
            },
      ],
      addresses: [
        { type: 'InternalIP', address: ip },
        {
          type: 'InternalDNS',
          address: `ip-${ip.replace(/\./g, '-')}.${privateDnsSuffix(region)}`,
        },
        { type: 'Hostname', address: name },
      ],
      nodeInfo: {
        architecture: arch,
        operatingSystem: 'linux',
        osImage: 'Amazon Linux 2023.9.20251117',
        kernelVersion: `6.12.55-74.119.amzn2023.${
          arch === 'arm64' ? 'aarch64' : 'x86_64'
        }`,
        containerRuntimeVersion: 'containerd://2.1.4',
        kubeletVersion: KUBELET_VERSION,
      },
    },
  };
}
