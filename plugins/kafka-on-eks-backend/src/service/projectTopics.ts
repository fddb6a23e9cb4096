import type {
  KafkaTopicReplicasChangeView,
  KafkaTopicView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { readinessOf } from './conditions';
import type { StrimziKafkaTopic } from './kubernetesObjects';
import { MANAGED_ANNOTATION } from './strimziNames';
import { compareText } from './sorting';

// Config entries the view lifts into their own fields.
const RETENTION_MS = 'retention.ms';
const MIN_INSYNC_REPLICAS = 'min.insync.replicas';
const CLEANUP_POLICY = 'cleanup.policy';

// Informers replace an object on every change and never edit it, so a
// topic's view can be kept for as long as its object lives: a Kafka with
// thousands of topics is then re-projected only where something changed.
// The views are shared between responses and must not be changed.
const viewsByTopic = new WeakMap<StrimziKafkaTopic, KafkaTopicView>();

/** The Kafka's topics, sorted by topic name. */
export function projectTopics(topics: StrimziKafkaTopic[]): KafkaTopicView[] {
  return topics
    .map(topic => {
      let view = viewsByTopic.get(topic);
      if (!view) {
        view = topicView(topic);
        viewsByTopic.set(topic, view);
      }
      return view;
    })
    .sort((a, b) => compareText(a.name, b.name));
}

function topicView(topic: StrimziKafkaTopic): KafkaTopicView {
  const resourceName = topic.metadata?.name ?? '';
  const spec = topic.spec ?? {};
  const config = spec.config ?? {};
  const unmanaged =
    topic.metadata?.annotations?.[MANAGED_ANNOTATION] === 'false';
  const readiness = readinessOf(topic.status?.conditions);

  const minInsyncReplicas = integerOf(config[MIN_INSYNC_REPLICAS]);
  const retentionMs = integerOf(config[RETENTION_MS]);
  const cleanupPolicy =
    config[CLEANUP_POLICY] !== undefined
      ? configText(config[CLEANUP_POLICY])
      : undefined;
  // A value that does not parse stays in `config`, as written, so the
  // user sees what the operator rejected.
  const lifted = new Set<string>([CLEANUP_POLICY]);
  if (minInsyncReplicas !== undefined) lifted.add(MIN_INSYNC_REPLICAS);
  if (retentionMs !== undefined) lifted.add(RETENTION_MS);
  const otherConfig: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    if (!lifted.has(key) && value !== undefined && value !== null) {
      otherConfig[key] = configText(value);
    }
  }
  const replicasChange = replicasChangeOf(topic);

  return {
    // The operator names the Kafka topic after spec.topicName when set,
    // which allows names a Kubernetes resource cannot have (`Orders_v2`).
    name: spec.topicName || topic.status?.topicName || resourceName,
    resourceName,
    ...(topic.status?.topicId && { topicId: topic.status.topicId }),
    ...(spec.partitions !== undefined && { partitions: spec.partitions }),
    ...(spec.replicas !== undefined && { replicas: spec.replicas }),
    ...(minInsyncReplicas !== undefined && { minInsyncReplicas }),
    ...(retentionMs !== undefined && { retentionMs }),
    ...(cleanupPolicy !== undefined && { cleanupPolicy }),
    config: otherConfig,
    status: unmanaged ? 'Unmanaged' : readiness.ready,
    ...(readiness.message && { message: readiness.message }),
    ...(replicasChange && { replicasChange }),
  };
}

function replicasChangeOf(
  topic: StrimziKafkaTopic,
): KafkaTopicReplicasChangeView | undefined {
  const change = topic.status?.replicasChange;
  if (!change) return undefined;
  const state =
    change.state === 'pending' || change.state === 'ongoing'
      ? change.state
      : undefined;
  return {
    ...(change.targetReplicas !== undefined && {
      targetReplicas: change.targetReplicas,
    }),
    ...(state && { state }),
    ...(change.message && { message: change.message }),
  };
}

/** KafkaTopic config values may be strings, numbers, booleans or lists. */
function configText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function integerOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    return Number(value);
  }
  return undefined;
}
