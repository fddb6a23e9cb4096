import { EBS_LIMITS } from '../request/ebsLimits';
import type {
  KafkaClusterView,
  KafkaNodePoolView,
  KafkaTopicView,
  KafkaVolumeView,
} from '../view/types';

/**
 * How bad a health finding is: `error` is broken now, `warning` breaks on the
 * next failure or change, `info` is worth knowing.
 *
 * @public
 */
export type KafkaHealthSeverity = 'error' | 'warning' | 'info';

/**
 * One finding about a Kafka cluster's health, with a one-line reason.
 *
 * @public
 */
export interface KafkaHealthWarning {
  severity: KafkaHealthSeverity;
  title: string;
  /** One line saying why it matters. */
  detail: string;
  /** What it is about, e.g. `KafkaTopic clickstream` or `StorageClass gp2`. */
  subject?: string;
}

/**
 * Largest EBS volume per type, in GiB. gp3 and st1 come from EBS_LIMITS; the
 * others from the same EBS volume types page (io2 is Block Express).
 */
const EBS_MAX_SIZE_GI: Record<string, number> = {
  gp3: EBS_LIMITS.gp3.maxSizeGi,
  st1: EBS_LIMITS.st1.maxSizeGi,
  gp2: 16384,
  io1: 16384,
  io2: 65536,
  sc1: 16384,
  standard: 1024,
};

/** Share of the type's maximum size above which a volume has little room to grow. */
const VOLUME_FULL_SHARE = 0.85;

/** Subjects listed by name before the rest is counted. */
const NAMED_SUBJECTS = 3;

const SEVERITY_ORDER: Record<KafkaHealthSeverity, number> = {
  error: 0,
  warning: 1,
  info: 2,
};

/**
 * Health findings of a Kafka cluster view, errors first. Pure: the same view
 * gives the same list, so the tab, the card and tests agree.
 *
 * @public
 */
export function findHealthWarnings(
  view: KafkaClusterView,
): KafkaHealthWarning[] {
  const brokers = brokerCount(view);
  const warnings = [
    ...kafkaWarnings(view),
    ...nodePoolWarnings(view.nodePools),
    ...zoneSpreadWarnings(view.nodePools),
    ...controllerZoneWarnings(view.nodePools),
    ...replicationWarnings(view.topics, brokers),
    ...topicReadinessWarnings(view.topics),
    ...storageClassWarnings(view.volumes),
    ...volumeWarnings(view.volumes),
  ];
  return warnings
    .map((warning, order) => ({ warning, order }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.warning.severity] -
          SEVERITY_ORDER[b.warning.severity] || a.order - b.order,
    )
    .map(({ warning }) => warning);
}

function kafkaWarnings(view: KafkaClusterView): KafkaHealthWarning[] {
  const name = view.location.kafka;
  const { kafka } = view;
  if (!kafka.found) {
    // An unreachable cluster or an unreadable kind already explains it.
    const explained = view.errors.some(
      e => e.scope === 'cluster' || e.scope === 'Kafka',
    );
    return explained
      ? []
      : [
          {
            severity: 'error',
            title: `Kafka ${name} not found`,
            detail: `No Kafka resource ${name} in namespace ${view.location.namespace} of cluster ${view.location.cluster}: deleted, not yet created, or the annotation names the wrong one.`,
            subject: `Kafka ${name}`,
          },
        ];
  }
  const warnings: KafkaHealthWarning[] = [];
  if (kafka.ready === 'NotReady') {
    warnings.push({
      severity: 'error',
      title: `Kafka ${name} is NotReady`,
      detail: oneLine(
        [kafka.reason, kafka.message].filter(Boolean).join(': ') ||
          'The operator reports the cluster NotReady without a reason.',
      ),
      subject: `Kafka ${name}`,
    });
  }
  for (const condition of kafka.warnings) {
    warnings.push({
      severity: 'warning',
      title: condition.reason ?? condition.type,
      detail: oneLine(condition.message ?? 'Warning condition on the Kafka.'),
      subject: `Kafka ${name}`,
    });
  }
  return warnings;
}

function nodePoolWarnings(pools: KafkaNodePoolView[]): KafkaHealthWarning[] {
  return pools.flatMap((pool): KafkaHealthWarning[] => {
    const notReady = pool.pods.filter(pod => !pod.ready);
    const missing = Math.max(0, pool.replicas - pool.pods.length);
    if (notReady.length === 0 && missing === 0) return [];
    const reasons = [
      ...notReady.map(
        pod =>
          `${pod.name} not ready (${pod.phase ?? 'no phase'}${
            pod.restartCount > 0
              ? `, ${plural(pod.restartCount, 'restart')}`
              : ''
          })`,
      ),
      ...(missing > 0 ? [`${plural(missing, 'pod')} missing`] : []),
    ];
    return [
      {
        severity: 'warning',
        title: `Node pool ${pool.name}: ${pool.podsReady}/${pool.replicas} pods ready`,
        detail: `${reasons.join('; ')}.`,
        subject: `KafkaNodePool ${pool.name}`,
      },
    ];
  });
}

function zoneSpreadWarnings(pools: KafkaNodePoolView[]): KafkaHealthWarning[] {
  const zones = new Map<string, number>();
  for (const pool of pools) {
    if (!pool.roles.includes('broker')) continue;
    for (const pod of pool.pods) {
      if (pod.zone) zones.set(pod.zone, (zones.get(pod.zone) ?? 0) + 1);
    }
  }
  const brokers = [...zones.values()].reduce((sum, n) => sum + n, 0);
  if (brokers < 2) return [];
  const zoneList = [...zones.keys()].sort().join(', ');
  const wanted = Math.min(brokers, 3);
  if (zones.size < wanted) {
    return [
      {
        severity: 'warning',
        title: `Brokers in ${plural(zones.size, 'zone')} only`,
        detail: `${brokers} broker pods run in ${zoneList}: losing that zone takes down more replicas than a spread over ${wanted} zones would.`,
        subject: 'Broker pods',
      },
    ];
  }
  const fairShare = Math.ceil(brokers / zones.size);
  const crowded = [...zones.entries()]
    .filter(([, n]) => n > fairShare)
    .sort(([a], [b]) => a.localeCompare(b));
  return crowded.map(([zone, n]) => ({
    severity: 'warning',
    title: `Brokers unevenly spread across zones`,
    detail: `${zone} runs ${n} of ${brokers} brokers (an even spread over ${zones.size} zones is at most ${fairShare}): losing it takes too many replicas at once.`,
    subject: `Zone ${zone}`,
  }));
}

/**
 * A KRaft quorum over fewer than 3 zones always has one zone with a majority
 * of its controllers (3 over 2 zones land 2 + 1): losing that zone stops the
 * cluster. The same fact the generator warns about for 2-zone requests.
 */
function controllerZoneWarnings(
  pools: KafkaNodePoolView[],
): KafkaHealthWarning[] {
  const zones = new Map<string, number>();
  let controllers = 0;
  for (const pool of pools) {
    if (!pool.roles.includes('controller')) continue;
    for (const pod of pool.pods) {
      controllers += 1;
      if (pod.zone) zones.set(pod.zone, (zones.get(pod.zone) ?? 0) + 1);
    }
  }
  if (controllers < 3 || zones.size === 0 || zones.size >= 3) return [];
  const [zone, count] = [...zones.entries()].sort(
    ([a, x], [b, y]) => y - x || a.localeCompare(b),
  )[0];
  const quorum = Math.floor(controllers / 2) + 1;
  if (count < quorum) return [];
  return [
    {
      severity: 'warning',
      title: `Controllers in ${plural(
        zones.size,
        'zone',
      )}: no zone-failure tolerance`,
      detail: `${zone} runs ${count} of ${controllers} KRaft controllers, a majority: a zone outage there loses the controller quorum and stops the cluster. Replication factor 3 topics over two zones also drop below min.insync.replicas 2. Three zones survive a zone outage.`,
      subject: `Zone ${zone}`,
    },
  ];
}

function replicationWarnings(
  topics: KafkaTopicView[],
  brokers: number,
): KafkaHealthWarning[] {
  const warnings: KafkaHealthWarning[] = [];
  const tooManyReplicas =
    brokers > 0
      ? topics.filter(t => t.replicas !== undefined && t.replicas > brokers)
      : [];
  if (tooManyReplicas.length > 0) {
    warnings.push({
      severity: 'error',
      title: `Replication factor above the ${plural(
        brokers,
        'broker',
      )}: ${plural(tooManyReplicas.length, 'topic')}`,
      detail: `Kafka cannot place ${describeTopics(
        tooManyReplicas,
        t => `RF ${t.replicas}`,
      )} on ${plural(
        brokers,
        'broker',
      )}: the topic cannot be created or stays under-replicated.`,
      subject: topicSubject(tooManyReplicas),
    });
  }
  // With one replica the factor itself is the risk, not min ISR.
  const isrNotBelowReplicas = topics.filter(
    t =>
      t.replicas !== undefined &&
      t.replicas > 1 &&
      t.minInsyncReplicas !== undefined &&
      t.minInsyncReplicas >= t.replicas,
  );
  if (isrNotBelowReplicas.length > 0) {
    warnings.push({
      severity: 'warning',
      title: `Min ISR not below the replication factor: ${plural(
        isrNotBelowReplicas.length,
        'topic',
      )}`,
      detail: `${describeTopics(
        isrNotBelowReplicas,
        t => `min.insync.replicas ${t.minInsyncReplicas}, RF ${t.replicas}`,
      )}: writes with acks=all fail as soon as one broker is down.`,
      subject: topicSubject(isrNotBelowReplicas),
    });
  }
  return warnings;
}

function topicReadinessWarnings(
  topics: KafkaTopicView[],
): KafkaHealthWarning[] {
  const notReady = topics.filter(t => t.status === 'NotReady');
  if (notReady.length === 0) return [];
  const [first] = notReady;
  return [
    {
      severity: 'warning',
      title: `${plural(notReady.length, 'topic')} NotReady`,
      detail: oneLine(
        `${first.name}: ${first.message ?? 'no message'}${
          notReady.length > 1 ? ` (and ${notReady.length - 1} more)` : ''
        }`,
      ),
      subject: topicSubject(notReady),
    },
  ];
}

function storageClassWarnings(
  volumes: KafkaVolumeView[],
): KafkaHealthWarning[] {
  const fixedSize = new Map<string, string[]>();
  for (const volume of volumes) {
    if (volume.allowVolumeExpansion !== false) continue;
    const storageClass = volume.storageClass ?? '(default)';
    fixedSize.set(storageClass, [
      ...(fixedSize.get(storageClass) ?? []),
      volume.pvc,
    ]);
  }
  return [...fixedSize.entries()].map(([storageClass, pvcs]) => ({
    severity: 'warning',
    title: `StorageClass ${storageClass} cannot expand volumes`,
    detail: `allowVolumeExpansion is false: ${plural(
      pvcs.length,
      'volume',
    )} on it (${namedList(
      pvcs,
    )}) cannot grow, so a larger size in the node pool never applies.`,
    subject: `StorageClass ${storageClass}`,
  }));
}

function volumeWarnings(volumes: KafkaVolumeView[]): KafkaHealthWarning[] {
  const warnings: KafkaHealthWarning[] = [];
  for (const volume of volumes) {
    if (volume.resizeError) {
      warnings.push({
        severity: 'error',
        title: `Resize of ${volume.pvc} failed`,
        detail: oneLine(volume.resizeError),
        subject: `PersistentVolumeClaim ${volume.pvc}`,
      });
    }
    const maxGi = volume.ebsType ? EBS_MAX_SIZE_GI[volume.ebsType] : undefined;
    const bytes = Math.max(
      volume.requested?.bytes ?? 0,
      volume.capacity?.bytes ?? 0,
    );
    if (maxGi === undefined || bytes <= VOLUME_FULL_SHARE * maxGi * 2 ** 30) {
      continue;
    }
    const share = Math.round((bytes / (maxGi * 2 ** 30)) * 100);
    warnings.push({
      severity: 'warning',
      title: `${volume.pvc} near the ${volume.ebsType} size limit`,
      detail: `${formatGi(bytes)} is ${share} % of the ${formatGi(
        maxGi * 2 ** 30,
      )} maximum of ${
        volume.ebsType
      } volumes: it cannot grow much further; add brokers or JBOD volumes instead.`,
      subject: `PersistentVolumeClaim ${volume.pvc}`,
    });
  }
  return warnings;
}

/** Brokers the Kafka has: its broker node ids, else the broker pools' ids. */
function brokerCount(view: KafkaClusterView): number {
  if (view.kafka.found && view.kafka.brokerNodeIds.length > 0) {
    return view.kafka.brokerNodeIds.length;
  }
  return view.nodePools
    .filter(pool => pool.roles.includes('broker'))
    .reduce((sum, pool) => sum + pool.nodeIds.length, 0);
}

function describeTopics(
  topics: KafkaTopicView[],
  describe: (topic: KafkaTopicView) => string,
): string {
  const named = topics
    .slice(0, NAMED_SUBJECTS)
    .map(t => `${t.name} (${describe(t)})`);
  const rest = topics.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

function topicSubject(topics: KafkaTopicView[]): string {
  return `KafkaTopic ${namedList(topics.map(t => t.name))}`;
}

function namedList(names: string[]): string {
  const named = names.slice(0, NAMED_SUBJECTS).join(', ');
  const rest = names.length - NAMED_SUBJECTS;
  return rest > 0 ? `${named} +${rest} more` : named;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function formatGi(bytes: number): string {
  const gi = bytes / 2 ** 30;
  return gi >= 1024
    ? `${Number((gi / 1024).toFixed(1))} TiB`
    : `${Math.round(gi)} GiB`;
}

// Operator messages can span lines (stack traces); a warning shows one.
function oneLine(text: string): string {
  return text.split('\n')[0].trim();
}
