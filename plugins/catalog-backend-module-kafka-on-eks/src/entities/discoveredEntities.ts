import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  KAFKA_ANNOTATION,
  KAFKA_CLIENT_ACCESS_ANNOTATION,
  KAFKA_ENTITY_REF_ANNOTATION,
  KAFKA_USER_COMPONENT_ANNOTATION,
  KUBERNETES_CLUSTER_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
  type KafkaAclGrant,
  type KafkaClientAccessByComponent,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { KubernetesObject } from '@kubernetes/client-node';
import { refOf, type DiscoveryConfig } from '../config/readDiscoveryConfig';
import { KAFKA_PART_OF_ANNOTATION, STRIMZI_CLUSTER_LABEL } from './annotations';
import { kafkaEntityName, topicEntityName } from './entityName';

/** The Strimzi objects of one Kubernetes cluster, as last listed and watched. */
export interface ClusterObjects {
  kafkas: KubernetesObject[];
  topics: KubernetesObject[];
  users: KubernetesObject[];
}

/**
 * An entity already in the catalog, from elsewhere (a catalog-info.yaml),
 * that stands for a Kafka: discovery does not emit that Kafka again, and
 * relates its topics and clients to this entity.
 */
export interface ClaimedKafka {
  entityRef: string;
  owner?: string;
  system?: string;
}

/** `<namespace>/<kafka>`: how claims are keyed within one cluster. */
export function kafkaKey(namespace: string, kafka: string): string {
  return `${namespace}/${kafka}`;
}

export interface DiscoveryInput {
  cluster: string;
  objects: ClusterObjects;
  config: DiscoveryConfig;
  /** `managed-by-location` and `origin-location` of every entity. */
  location: string;
  /** Catalog entities that already stand for Kafkas of this cluster. */
  claimed: ReadonlyMap<string, ClaimedKafka>;
}

interface KafkaFacts {
  entityRef: string;
  owner: string;
  system?: string;
  /** False when another entity stands for it: only its topics are emitted. */
  emit: boolean;
}

function keyed(object: KubernetesObject, key: string): string | undefined {
  const value =
    object.metadata?.labels?.[key] ?? object.metadata?.annotations?.[key];
  return value?.trim() || undefined;
}

/** The name Kafka itself knows a topic by. */
function topicNameOf(topic: KubernetesObject): string {
  return (topic as any).spec?.topicName ?? topic.metadata!.name!;
}

interface TopicAcl {
  name: string;
  prefix: boolean;
}

/** The topic ACLs that allow something; a literal `*` is every topic. */
function topicAcls(user: KubernetesObject): TopicAcl[] {
  const acls = (user as any).spec?.authorization?.acls;
  if (!Array.isArray(acls)) return [];
  return acls
    .filter(
      (acl: any) =>
        acl?.resource?.type === 'topic' &&
        typeof acl.resource.name === 'string' &&
        (acl.type ?? 'allow') === 'allow',
    )
    .map((acl: any) => ({
      name: acl.resource.name,
      prefix: acl.resource.patternType === 'prefix',
    }));
}

function allows(acls: TopicAcl[], topicName: string): boolean {
  return acls.some(acl =>
    acl.prefix
      ? topicName.startsWith(acl.name)
      : acl.name === '*' || acl.name === topicName,
  );
}

/**
 * The allow ACLs on one resource type, as grants. Strimzi v1beta2 still
 * accepts the deprecated single `operation`.
 */
function aclGrants(
  user: KubernetesObject,
  type: 'topic' | 'group',
): KafkaAclGrant[] {
  const acls = (user as any).spec?.authorization?.acls;
  if (!Array.isArray(acls)) return [];
  return acls
    .filter(
      (acl: any) =>
        acl?.resource?.type === type &&
        typeof acl.resource.name === 'string' &&
        (acl.type ?? 'allow') === 'allow',
    )
    .map((acl: any) => ({
      name: acl.resource.name,
      patternType:
        acl.resource.patternType === 'prefix'
          ? ('prefix' as const)
          : ('literal' as const),
      operations: sortedUnique(
        (Array.isArray(acl.operations)
          ? acl.operations
          : [acl.operation]
        ).filter((o: unknown): o is string => typeof o === 'string'),
      ),
    }));
}

interface Client {
  component: string;
  user: string;
  acls: TopicAcl[];
  topicGrants: KafkaAclGrant[];
  groupGrants: KafkaAclGrant[];
}

const byGrant = (a: KafkaAclGrant, b: KafkaAclGrant) =>
  `${a.patternType}:${a.name}`.localeCompare(`${b.patternType}:${b.name}`);

/**
 * The client access annotation's value: sorted throughout, so that the same
 * users give the same JSON on every replica (the catalog then writes nothing).
 */
function clientAccessJson(clients: Client[]): string {
  const access: KafkaClientAccessByComponent = {};
  for (const client of [...clients].sort((a, b) =>
    a.component.localeCompare(b.component),
  )) {
    const entry = (access[client.component] ??= {
      users: [],
      topics: [],
      groups: [],
    });
    entry.users.push(client.user);
    entry.topics.push(...client.topicGrants);
    entry.groups.push(...client.groupGrants);
  }
  for (const entry of Object.values(access)) {
    entry.users = sortedUnique(entry.users);
    entry.topics.sort(byGrant);
    entry.groups.sort(byGrant);
  }
  return JSON.stringify(access);
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/**
 * The entities of one Kubernetes cluster's Strimzi objects: a Resource of
 * type `kafka-cluster` per Kafka (the annotations the generator writes, so
 * the Kafka tab works), with `topics` one of type `kafka-topic` per
 * KafkaTopic, and with `clients` the Components of the KafkaUsers as
 * `spec.dependencyOf`. Pure: the same objects give the same entities.
 */
export function discoveredEntities(input: DiscoveryInput): Entity[] {
  const { cluster, objects, config, location, claimed } = input;
  const entities: Entity[] = [];
  const baseAnnotations = (namespace: string) => ({
    'backstage.io/managed-by-location': location,
    'backstage.io/managed-by-origin-location': location,
    [KUBERNETES_CLUSTER_ANNOTATION]: cluster,
    [KUBERNETES_NAMESPACE_ANNOTATION]: namespace,
  });

  // Clients by Kafka, from the users' strimzi.io/cluster label.
  const clients = new Map<string, Client[]>();
  if (config.clients) {
    for (const user of objects.users) {
      const namespace = user.metadata?.namespace;
      const kafka = user.metadata?.labels?.[STRIMZI_CLUSTER_LABEL];
      const annotation =
        user.metadata?.annotations?.[KAFKA_USER_COMPONENT_ANNOTATION];
      const component = annotation && refOf(annotation, 'component');
      if (!namespace || !kafka || !component) continue;
      const key = kafkaKey(namespace, kafka);
      clients.set(key, [
        ...(clients.get(key) ?? []),
        {
          component,
          user: user.metadata?.name ?? '',
          acls: topicAcls(user),
          topicGrants: aclGrants(user, 'topic'),
          groupGrants: aclGrants(user, 'group'),
        },
      ]);
    }
  }

  const kafkas = new Map<string, KafkaFacts>();
  for (const kafka of objects.kafkas) {
    const namespace = kafka.metadata?.namespace;
    const name = kafka.metadata?.name;
    if (!namespace || !name) continue;
    const key = kafkaKey(namespace, name);
    const labelOwner = keyed(kafka, config.ownerKey);
    const labelSystem = keyed(kafka, config.systemKey);
    const own = {
      owner: (labelOwner && refOf(labelOwner, 'group')) ?? config.defaultOwner,
      system: labelSystem ? refOf(labelSystem, 'system') : undefined,
    };
    // Registered by our generator, or written by hand: not emitted again.
    const generatedRef =
      kafka.metadata?.annotations?.[KAFKA_ENTITY_REF_ANNOTATION]?.trim();
    const claim =
      claimed.get(key) ??
      (generatedRef ? { entityRef: generatedRef } : undefined);
    if (claim) {
      kafkas.set(key, {
        entityRef: claim.entityRef,
        owner: claim.owner ?? own.owner,
        system: claim.owner ? claim.system : own.system,
        emit: false,
      });
      continue;
    }
    const entityName = kafkaEntityName(cluster, namespace, name);
    const entityRef = stringifyEntityRef({
      kind: 'resource',
      namespace: 'default',
      name: entityName,
    });
    kafkas.set(key, { entityRef, ...own, emit: true });
    const kafkaClients = clients.get(key) ?? [];
    const dependencyOf = sortedUnique(kafkaClients.map(c => c.component));
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: entityName,
        namespace: 'default',
        title: name,
        description: `Strimzi Kafka ${name} in namespace ${namespace} of Kubernetes cluster ${cluster}, discovered`,
        annotations: {
          ...baseAnnotations(namespace),
          [KAFKA_ANNOTATION]: name,
          'backstage.io/kubernetes-label-selector': `${STRIMZI_CLUSTER_LABEL}=${name}`,
          ...(kafkaClients.length > 0 && {
            [KAFKA_CLIENT_ACCESS_ANNOTATION]: clientAccessJson(kafkaClients),
          }),
        },
        tags: ['kafka', 'strimzi'],
      },
      spec: {
        type: 'kafka-cluster',
        owner: own.owner,
        ...(own.system && { system: own.system }),
        ...(dependencyOf.length > 0 && { dependencyOf }),
      },
    });
  }

  if (!config.topics) return entities;
  for (const topic of objects.topics) {
    const namespace = topic.metadata?.namespace;
    const name = topic.metadata?.name;
    const kafkaName = topic.metadata?.labels?.[STRIMZI_CLUSTER_LABEL];
    if (!namespace || !name || !kafkaName) continue;
    const key = kafkaKey(namespace, kafkaName);
    const kafka = kafkas.get(key);
    // A topic of no Kafka we see has no owner to inherit.
    if (!kafka) continue;
    const topicName = topicNameOf(topic);
    const dependencyOf = sortedUnique(
      (clients.get(key) ?? [])
        .filter(c => allows(c.acls, topicName))
        .map(c => c.component),
    );
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: topicEntityName(cluster, namespace, kafkaName, name),
        namespace: 'default',
        title: topicName,
        description: `Kafka topic ${topicName} of ${kafkaName} (namespace ${namespace}, Kubernetes cluster ${cluster}), discovered`,
        annotations: {
          ...baseAnnotations(namespace),
          [KAFKA_PART_OF_ANNOTATION]: kafka.entityRef,
        },
        tags: ['kafka', 'kafka-topic'],
      },
      spec: {
        type: 'kafka-topic',
        owner: kafka.owner,
        ...(kafka.system && { system: kafka.system }),
        ...(dependencyOf.length > 0 && { dependencyOf }),
      },
    });
  }
  return entities;
}
