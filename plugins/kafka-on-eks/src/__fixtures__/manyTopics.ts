import type {
  KafkaClusterView,
  KafkaTopicView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { ordersClusterView } from './ordersClusterView';

const DOMAINS = ['orders', 'payments', 'shipping', 'inventory', 'customers'];
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `count` topics with varied settings and states, deterministic so tests and
 * the benchmark can name the ones they look for: `orders.events-00000`,
 * `payments.events-00001`, ...
 */
export function manyTopics(count: number): KafkaTopicView[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${DOMAINS[i % DOMAINS.length]}.events-${String(i).padStart(
      5,
      '0',
    )}`;
    const topic: KafkaTopicView = {
      name,
      resourceName: name.replace('.', '-'),
      partitions: [3, 6, 12, 24][i % 4],
      replicas: 3,
      minInsyncReplicas: 2,
      retentionMs: [DAY_MS, 7 * DAY_MS, 30 * DAY_MS, -1][i % 4],
      cleanupPolicy: i % 10 === 0 ? 'compact' : 'delete',
      config: {},
      status: i % 97 === 0 ? 'NotReady' : 'Ready',
    };
    if (topic.status === 'NotReady') {
      topic.message = 'Replication factor change is not possible right now';
    }
    return topic;
  });
}

/** The orders cluster with `count` generated topics. */
export function viewWithManyTopics(count: number): KafkaClusterView {
  return { ...ordersClusterView, topics: manyTopics(count) };
}
