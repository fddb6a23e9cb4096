import { createHash } from 'node:crypto';
import {
  replicationFor,
  topicMinInSyncReplicas,
  type KafkaClusterRequest,
  type TopicRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_NAMESPACE } from '../naming';
import { STRIMZI_CLUSTER_LABEL, SYNC_OPTIONS } from './names';

const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const MAX_NAME_LENGTH = 253;
const HASH_LENGTH = 10;
const MS_PER_HOUR = 3_600_000;

/**
 * The KafkaTopic's `metadata.name`. A topic name that is already a valid
 * Kubernetes name is used as is. Otherwise (upper case, `_`, a leading `.`):
 * lower-cased, every other character made `-`, plus a hash of the real name,
 * so `Orders_Created` and `orders_created` never share a resource.
 */
export function topicResourceName(topicName: string): string {
  if (
    topicName.length <= MAX_NAME_LENGTH &&
    DNS1123_SUBDOMAIN.test(topicName)
  ) {
    return topicName;
  }
  const hash = createHash('sha256')
    .update(topicName)
    .digest('hex')
    .slice(0, HASH_LENGTH);
  const base = topicName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_NAME_LENGTH - HASH_LENGTH - 1)
    .replace(/^-+|-+$/g, '');
  return base ? `${base}-${hash}` : `topic-${hash}`;
}

function kafkaTopic(request: KafkaClusterRequest, topic: TopicRequest) {
  const cluster = replicationFor(request.brokers.replicas);
  const name = topicResourceName(topic.name);
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: {
      name,
      namespace: KAFKA_NAMESPACE,
      labels: { [STRIMZI_CLUSTER_LABEL]: request.name },
      // Deleting a KafkaTopic deletes the topic and its messages. Pruned
      // when it leaves the request (that is the request's decision), but
      // never deleted with the Kafka app.
      annotations: { [SYNC_OPTIONS]: 'Delete=false' },
    },
    spec: {
      // Always, though Strimzi would default it to metadata.name: the real
      // name stays explicit, and every topic has the same shape.
      topicName: topic.name,
      partitions: topic.partitions,
      replicas: topic.replicationFactor,
      config: {
        // A compacted topic keeps the last value of every key for good:
        // a retention time would not apply to it.
        ...(topic.cleanupPolicy !== 'compact' && {
          'retention.ms': topic.retentionHours * MS_PER_HOUR,
        }),
        'cleanup.policy': topic.cleanupPolicy,
        'min.insync.replicas': topicMinInSyncReplicas(
          topic.replicationFactor,
          cluster,
        ),
      },
    },
  };
}

/** One KafkaTopic per requested topic; throws if two would share a resource name. */
export function kafkaTopics(request: KafkaClusterRequest) {
  const topics = request.topics.map(topic => kafkaTopic(request, topic));
  const seen = new Map<string, string>();
  for (const topic of topics) {
    const realName = topic.spec.topicName;
    const other = seen.get(topic.metadata.name);
    if (other !== undefined) {
      throw new Error(
        `Topics "${other}" and "${realName}" map to the same KafkaTopic name ${topic.metadata.name}`,
      );
    }
    seen.set(topic.metadata.name, realName);
  }
  return topics;
}
