import type { Entity } from '@backstage/catalog-model';

/**
 * On a discovered `kafka-cluster` entity: what each client Component may do
 * on that cluster, summed up from the allow ACLs of the KafkaUsers naming it,
 * as JSON ({@link KafkaClientAccessByComponent}). Written by catalog
 * discovery with `clients: true`; read by the "Kafka access" card.
 *
 * @public
 */
export const KAFKA_CLIENT_ACCESS_ANNOTATION = 'kafka-on-eks/client-access';

/**
 * One ACL resource (a topic or consumer group name, literal or prefix) and
 * the operations allowed on it, as Strimzi spells them (`Read`, `Write`...).
 *
 * @public
 */
export interface KafkaAclGrant {
  name: string;
  patternType: 'literal' | 'prefix';
  operations: string[];
}

/**
 * A Component's access to one Kafka cluster.
 *
 * @public
 */
export interface KafkaClientAccess {
  /** The KafkaUsers naming the Component. */
  users: string[];
  topics: KafkaAclGrant[];
  /** Consumer groups the Component may use. */
  groups: KafkaAclGrant[];
}

/**
 * Access by Component entity ref (`component:default/orders-service`).
 *
 * @public
 */
export type KafkaClientAccessByComponent = Record<string, KafkaClientAccess>;

const isGrant = (value: any): value is KafkaAclGrant =>
  typeof value?.name === 'string' &&
  (value.patternType === 'literal' || value.patternType === 'prefix') &&
  Array.isArray(value.operations) &&
  value.operations.every((o: unknown) => typeof o === 'string');

/**
 * A Component's access to the Kafka of a `kafka-cluster` entity, from its
 * {@link KAFKA_CLIENT_ACCESS_ANNOTATION}; undefined when the annotation is
 * absent, not JSON, or does not name the Component. Malformed grants are
 * left out rather than shown half-read.
 *
 * @public
 */
export function readClientAccess(
  cluster: Entity,
  componentRef: string,
): KafkaClientAccess | undefined {
  const raw = cluster.metadata.annotations?.[KAFKA_CLIENT_ACCESS_ANNOTATION];
  if (!raw) return undefined;
  let parsed: any;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const access = parsed?.[componentRef.toLocaleLowerCase('en-US')];
  if (!access || typeof access !== 'object') return undefined;
  const grants = (list: unknown) =>
    Array.isArray(list) ? list.filter(isGrant) : [];
  return {
    users: Array.isArray(access.users)
      ? access.users.filter((u: unknown) => typeof u === 'string')
      : [],
    topics: grants(access.topics),
    groups: grants(access.groups),
  };
}
