import {
  KAFKA_POOL_NODE_LABEL,
  instanceIdFor,
  kubernetesNode,
  privateDnsSuffix,
  regionOfZone,
  type KubernetesNodeOptions,
  type NodeTaint,
} from './kubernetesNode';

/**
 * What `terraform apply` of a generated repository's EKS node groups makes
 * of one Kafka pool: `nodesPerZone` Ready nodes in each zone, labelled
 * `kafka-on-eks/pool: <pool>` as the node groups are, so the pool's
 * KafkaNodePool (which requires that label) may be scheduled on them.
 */
export interface NodeGroupOptions {
  /** The pool the node groups serve (`broker`, `controller`): the `kafka-on-eks/pool` label. */
  pool: string;
  /** One node group per zone, e.g. `['us-east-1a', 'us-east-1b']`. */
  zones: string[];
  nodesPerZone: number;
  /** More labels, added to the well-known ones and the pool label. */
  labels?: Record<string, string>;
  taints?: NodeTaint[];
  instanceType?: string;
  /** Creation and condition times (default: none, the server stamps it). */
  now?: string;
}

// A label value: 63 characters at most, alphanumeric at both ends.
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$/;
const AWS_ZONE = /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/;

function fail(field: string, rule: string, value: unknown): never {
  throw new Error(
    `playNodeGroup: ${field} ${rule} (got ${JSON.stringify(value)})`,
  );
}

/**
 * The stable name of the `index`-th node (from 0) of a pool's node group in
 * a zone: EC2 resource-based hostnames (`i-0….compute.internal`), derived
 * from pool, zone and index, so a larger apply keeps the nodes it had.
 */
export function nodeGroupNodeName(
  pool: string,
  zone: string,
  index: number,
): string {
  return `${instanceIdFor(`${pool}/${zone}/${index}`)}.${privateDnsSuffix(
    regionOfZone(zone),
  )}`;
}

/**
 * The `index`-th node of a node group in a zone: what `playNodeGroup` and
 * the operator's scheduling agree on, so a later apply keeps these nodes.
 */
export function nodeGroupNode(
  group: string,
  zone: string,
  index: number,
  options: Pick<
    KubernetesNodeOptions,
    'labels' | 'taints' | 'instanceType' | 'now'
  > = {},
): object {
  return kubernetesNode({
    ...options,
    name: nodeGroupNodeName(group, zone, index),
    zone,
    seed: `${group}/${zone}/${index}`,
    labels: {
      'eks.amazonaws.com/capacityType': 'ON_DEMAND',
      ...options.labels,
    },
  });
}

export function playNodeGroup(options: NodeGroupOptions): object[] {
  const { pool, zones, nodesPerZone } = options;
  if (typeof pool !== 'string' || !LABEL_VALUE.test(pool)) {
    fail(
      'pool',
      'must be a Kubernetes label value (1 to 63 letters, digits, "-", "_" or ".", alphanumeric at both ends)',
      pool,
    );
  }
  if (!Array.isArray(zones) || zones.length === 0) {
    fail('zones', 'must list at least one zone', zones);
  }
  zones.forEach((zone, i) => {
    if (typeof zone !== 'string' || !AWS_ZONE.test(zone)) {
      fail(`zones[${i}]`, 'must be an AWS zone name like us-east-1a', zone);
    }
  });
  if (new Set(zones).size !== zones.length) {
    fail('zones', 'must not repeat a zone', zones);
  }
  if (!Number.isInteger(nodesPerZone) || nodesPerZone < 0) {
    fail('nodesPerZone', 'must be a whole number of 0 or more', nodesPerZone);
  }
  return zones.flatMap(zone =>
    Array.from({ length: nodesPerZone }, (_, index) =>
      nodeGroupNode(pool, zone, index, {
        labels: { ...options.labels, [KAFKA_POOL_NODE_LABEL]: pool },
        taints: options.taints,
        instanceType: options.instanceType,
        now: options.now,
      }),
    ),
  );
}
