import {
  KAFKA_USER_COMPONENT_ANNOTATION,
  type KafkaClientRequest,
  type KafkaClusterRequest,
  type TopicAccess,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_NAMESPACE } from '../naming';
import { STRIMZI_CLUSTER_LABEL } from './names';

export type AclOperation = 'Read' | 'Write' | 'Describe';

export interface Acl {
  resource: {
    type: 'topic' | 'group';
    name: string;
    patternType: 'literal' | 'prefix';
  };
  operations: AclOperation[];
}

/**
 * Operations per access. Describe lets a client fetch the topic's metadata.
 * No IdempotentWrite on the cluster: since Kafka 3.0, Write on the topic is
 * enough for an idempotent producer (KIP-679).
 */
const TOPIC_OPERATIONS: Record<TopicAccess, AclOperation[]> = {
  read: ['Read', 'Describe'],
  write: ['Write', 'Describe'],
  readwrite: ['Read', 'Write', 'Describe'],
};

/** A consumer group id; one ending in `*` is every group with that prefix. */
export function groupResource(group: string): Acl['resource'] {
  return group.endsWith('*')
    ? { type: 'group', name: group.slice(0, -1), patternType: 'prefix' }
    : { type: 'group', name: group, patternType: 'literal' };
}

/**
 * Exactly what the client asked for: its topics by their Kafka name (not
 * the KafkaTopic's resource name), and Read on the consumer groups it
 * listed (a consumer joins its group to read and commit offsets).
 */
export function clientAcls(client: KafkaClientRequest): Acl[] {
  const topics: Acl[] = client.topics.map(topic => ({
    resource: { type: 'topic', name: topic.name, patternType: 'literal' },
    operations: TOPIC_OPERATIONS[topic.access],
  }));
  const groups: Acl[] = client.consumerGroups.map(group => ({
    resource: groupResource(group),
    operations: ['Read'],
  }));
  return [...topics, ...groups];
}

/** One KafkaUser per client; its Secret, of the same name, holds the credentials. */
export function kafkaUsers(request: KafkaClusterRequest) {
  // Names that would collide with Strimzi's own Secrets (`<cluster>-clients-ca`...)
  // are refused by the request validator.
  return request.clients.map(client => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaUser',
    metadata: {
      name: client.name,
      namespace: KAFKA_NAMESPACE,
      labels: { [STRIMZI_CLUSTER_LABEL]: request.name },
      ...(client.component && {
        annotations: { [KAFKA_USER_COMPONENT_ANNOTATION]: client.component },
      }),
    },
    spec: {
      authentication: { type: request.clientAuthentication },
      authorization: { type: 'simple', acls: clientAcls(client) },
    },
  }));
}
