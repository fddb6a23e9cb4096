import type {
  KafkaClusterMetrics,
  KafkaHealthSeverity,
  KafkaHealthWarning,
  KafkaMetricsWarningType,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { growStorageSizeGi } from './growStorageSize';

/** A health warning with, where one helps, a change that fixes it. */
export interface HealthWarningWithAction extends KafkaHealthWarning {
  action?: { title: string; to: string };
}

const TITLE_OF: Record<KafkaMetricsWarningType, string> = {
  'prometheus-not-configured': 'No Prometheus for this cluster',
  'prometheus-unavailable': 'Prometheus unavailable',
  'metrics-not-collected-yet': 'Metrics not collected yet',
  'volume-nearly-full': 'Volume nearly full',
  'volume-full-soon': 'Volume full soon',
};

// Metrics missing is worth knowing; a volume filling up breaks the broker.
const SEVERITY_OF: Record<KafkaMetricsWarningType, KafkaHealthSeverity> = {
  'prometheus-not-configured': 'info',
  'prometheus-unavailable': 'warning',
  'metrics-not-collected-yet': 'info',
  'volume-nearly-full': 'warning',
  'volume-full-soon': 'warning',
};

const RANK: Record<KafkaHealthSeverity, number> = {
  error: 0,
  warning: 1,
  info: 2,
};

/**
 * The metrics' warnings as health warnings. With `growStorageLink` (the
 * change template is bound), each volume warning links to "Grow storage"
 * with a size for 30 days of growth.
 */
export function metricsHealthWarnings(
  metrics: KafkaClusterMetrics,
  growStorageLink?: (volumeSizeGi: number) => string,
): HealthWarningWithAction[] {
  return metrics.warnings.map(warning => {
    const volume = warning.pvc
      ? metrics.volumes.find(v => v.pvc === warning.pvc)
      : undefined;
    const size = volume && growStorageSizeGi(volume);
    return {
      severity: SEVERITY_OF[warning.type] ?? 'warning',
      title: TITLE_OF[warning.type] ?? warning.type,
      detail: warning.message,
      subject: warning.pvc
        ? `PersistentVolumeClaim ${warning.pvc}`
        : `Kubernetes cluster ${warning.cluster}`,
      ...(size &&
        growStorageLink && {
          action: {
            title: `Grow storage to ${size} GiB`,
            to: growStorageLink(size),
          },
        }),
    };
  });
}

/** Both lists in one, worst first (the panel's colour is the first's). */
export function mergeHealthWarnings(
  ...lists: HealthWarningWithAction[][]
): HealthWarningWithAction[] {
  // Array.prototype.sort is stable: each list keeps its own order.
  return lists.flat().sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
