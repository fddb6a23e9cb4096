/**
 * Pod resources from the EC2 instance type of a dedicated Kafka node.
 *
 * The rule, kept simple on purpose (one Kafka pod per node):
 * - vCPUs from the size: `large` 2, `xlarge` 4, `<n>xlarge` and
 *   `metal-<n>xl` 4n, anything smaller 1; an unknown size counts as `large`.
 * - memory per vCPU from the family's first letter: c 2 GiB, m and t 4 GiB,
 *   r, i, d and z 8 GiB, x 16 GiB, any other 4 GiB; except the families
 *   that letter over-states (a1 2, im4gn and d3en 4, is4gen 6 GiB). The
 *   nano, micro and small sizes have 0.5, 1 and 2 GiB in all.
 * - CPU: request vCPUs - 0.5 (at least 0.5), leaving room for kubelet,
 *   kube-proxy, the VPC CNI, the EBS CSI node plugin and agents; limit the
 *   node's vCPUs, so Kafka may burst on its own node.
 * - memory: request = limit = 75% of the node's memory, rounded down to
 *   256 MiB (EKS reserves about 10% for kubelet and eviction; the rest is
 *   for DaemonSets).
 * - JVM heap (-Xms = -Xmx): half the container memory, at most 6 GiB; what
 *   is left of the container is page cache, which Kafka lives on.
 *
 * When unsure it under-sizes: a request larger than the node leaves the pod
 * Pending, a smaller one only wastes some of the node.
 */

export interface InstanceShape {
  vcpus: number;
  memoryMiB: number;
}

export interface PodSizing {
  resources: {
    requests: { cpu: string; memory: string };
    limits: { cpu: string; memory: string };
  };
  jvmOptions: { '-Xms': string; '-Xmx': string };
}

const MEMORY_GIB_PER_VCPU = new Map([
  ['c', 2],
  ['m', 4],
  ['t', 4],
  ['r', 8],
  ['i', 8],
  ['d', 8],
  ['z', 8],
  ['x', 16],
]);
// Families whose first letter would over-state their memory; longest first.
const MEMORY_GIB_PER_VCPU_EXCEPTIONS: Array<[string, number]> = [
  ['is4gen', 6],
  ['im4gn', 4],
  ['d3en', 4],
  ['a1', 2],
];
const DEFAULT_MEMORY_GIB_PER_VCPU = 4;
// A Map, not an object: a size such as `constructor` must not hit the prototype.
const SMALL_SIZE_MEMORY_GIB = new Map([
  ['nano', 0.5],
  ['micro', 1],
  ['small', 2],
]);
const UNKNOWN_SIZE_VCPUS = 2;

const SYSTEM_RESERVED_MILLICPU = 500;
const MIN_REQUEST_MILLICPU = 500;
const POD_MEMORY_SHARE = 0.75;
const MEMORY_STEP_MIB = 256;
const HEAP_SHARE = 0.5;
const MAX_HEAP_MIB = 6 * 1024;

function vcpusOf(size: string): number {
  if (SMALL_SIZE_MEMORY_GIB.has(size) || size === 'medium') return 1;
  if (size === 'large') return 2;
  if (size === 'xlarge') return 4;
  const multiple = /^(\d+)xlarge$/.exec(size) ?? /^metal-(\d+)xl$/.exec(size);
  if (multiple) return 4 * Number(multiple[1]);
  return UNKNOWN_SIZE_VCPUS;
}

/** vCPUs and memory of an instance type, by the rule above. */
export function instanceShape(instanceType: string): InstanceShape {
  const [family, size = ''] = instanceType.split('.');
  const vcpus = vcpusOf(size);
  const smallMemoryGiB = SMALL_SIZE_MEMORY_GIB.get(size);
  if (smallMemoryGiB !== undefined)
    return { vcpus, memoryMiB: smallMemoryGiB * 1024 };
  const exception = MEMORY_GIB_PER_VCPU_EXCEPTIONS.find(([prefix]) =>
    family.startsWith(prefix),
  );
  const perVcpu =
    exception?.[1] ??
    MEMORY_GIB_PER_VCPU.get(family.charAt(0)) ??
    DEFAULT_MEMORY_GIB_PER_VCPU;
  return { vcpus, memoryMiB: vcpus * perVcpu * 1024 };
}

const roundDown = (value: number, step: number) =>
  Math.floor(value / step) * step;

function mebibytes(mib: number): string {
  return mib % 1024 === 0 ? `${mib / 1024}Gi` : `${mib}Mi`;
}

/** Requests, limits and heap of the Kafka pod on one such node. */
export function podSizing(instanceType: string): PodSizing {
  const { vcpus, memoryMiB } = instanceShape(instanceType);
  const cpuRequest = Math.max(
    MIN_REQUEST_MILLICPU,
    vcpus * 1000 - SYSTEM_RESERVED_MILLICPU,
  );
  const podMemoryMiB = Math.max(
    MEMORY_STEP_MIB,
    roundDown(memoryMiB * POD_MEMORY_SHARE, MEMORY_STEP_MIB),
  );
  const heapMiB = Math.min(
    MAX_HEAP_MIB,
    Math.max(
      MEMORY_STEP_MIB,
      roundDown(podMemoryMiB * HEAP_SHARE, MEMORY_STEP_MIB),
    ),
  );
  return {
    resources: {
      requests: { cpu: `${cpuRequest}m`, memory: mebibytes(podMemoryMiB) },
      limits: { cpu: `${vcpus}`, memory: mebibytes(podMemoryMiB) },
    },
    jvmOptions: { '-Xms': `${heapMiB}m`, '-Xmx': `${heapMiB}m` },
  };
}
