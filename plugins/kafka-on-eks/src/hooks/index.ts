export {
  useKafkaClusterView,
  DEFAULT_POLL_INTERVAL_MS,
  type KafkaClusterViewState,
} from './useKafkaClusterView';
export { useNow } from './useNow';
export {
  useKafkaClusterMetrics,
  type KafkaClusterMetricsState,
} from './useKafkaClusterMetrics';
