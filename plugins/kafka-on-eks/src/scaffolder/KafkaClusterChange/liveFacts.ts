import type {
  KafkaClusterView,
  LiveClusterFacts,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * The live facts the change rules read, from the view the Kafka tab shows.
 * `liveFactsFromView` is moving into -common; until it is exported there,
 * every fact is unknown, and the rules that need one refuse, saying so.
 */
export function liveFactsOf(
  _view: KafkaClusterView | undefined,
): LiveClusterFacts {
  return {};
}
