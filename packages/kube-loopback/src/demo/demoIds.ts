import { createHash } from 'node:crypto';
import { DEMO_NAMESPACE, ZONES, type DemoCluster } from './demoClusters';

/** Deterministic ids, names and times for the demo objects: hashes of names, never random. */

export function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest();
}

export function uuidFor(seed: string): string {
  const h = digest(`uid:${seed}`).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(
    17,
    20,
  )}-${h.slice(20, 32)}`;
}

/** Kafka's cluster and topic ids: 16 bytes, base64url without padding. */
export function kafkaId(seed: string): string {
  return digest(`kafka-id:${seed}`).subarray(0, 16).toString('base64url');
}

/** EBS volume ids are `vol-` and 17 hex digits. */
export function ebsVolumeId(seed: string): string {
  return `vol-0${digest(`ebs:${seed}`).toString('hex').slice(0, 16)}`;
}

export function zoneOf(nodeId: number): string {
  return ZONES[nodeId % ZONES.length];
}

export function addMinutes(timestamp: string, minutes: number): string {
  return new Date(Date.parse(timestamp) + minutes * 60_000)
    .toISOString()
    .replace(/\.000Z$/, 'Z');
}

export function strimziLabels(
  cluster: string,
  pool: string,
): Record<string, string> {
  return {
    'app.kubernetes.io/instance': cluster,
    'app.kubernetes.io/managed-by': 'strimzi-cluster-operator',
    'app.kubernetes.io/name': 'kafka',
    'app.kubernetes.io/part-of': `strimzi-${cluster}`,
    'strimzi.io/cluster': cluster,
    'strimzi.io/component-type': 'kafka',
    'strimzi.io/kind': 'Kafka',
    'strimzi.io/name': `${cluster}-kafka`,
    'strimzi.io/pool-name': pool,
  };
}

/** The EC2 node a Kafka node runs on: one per pod, in the zone of its volume. */
export function demoNodeName(cluster: DemoCluster, nodeId: number): string {
  const zone = nodeId % ZONES.length;
  const host = digest(`node:${cluster.name}/${nodeId}`);
  return `ip-10-0-${zone * 32 + (host[0] % 32)}-${
    (host[1] % 250) + 4
  }.ec2.internal`;
}

/** The private IPv4 address an EC2 IP-based node name spells: `ip-10-0-28-97…` is 10.0.28.97. */
export function demoNodeIp(nodeName: string): string {
  return nodeName.split('.')[0].slice('ip-'.length).replace(/-/g, '.');
}

/** An address in the node's /24, e.g. the node's own (`host:<node>`) or a pod's. */
export function demoIp(nodeName: string, seed: string): string {
  const [, , , subnet] = nodeName.split('.')[0].split('-');
  return `10.0.${subnet}.${(digest(`ip:${seed}`)[0] % 200) + 40}`;
}

/** Metadata of a namespaced demo object, its uid derived from its name. */
export const namespacedMeta = (
  name: string,
  createdAt: string,
  extra: object = {},
) => ({
  name,
  namespace: DEMO_NAMESPACE,
  uid: uuidFor(`${DEMO_NAMESPACE}/${name}`),
  creationTimestamp: createdAt,
  ...extra,
});
