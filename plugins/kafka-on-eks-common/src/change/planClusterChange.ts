import { eksVersionSupport } from '../request/eksVersions';
import {
  gp3PerformanceOf,
  volumeAttributesClassName,
} from '../request/gp3Performance';
import {
  compareDottedVersions,
  compareMetadataVersions,
  effectiveMetadataVersion,
  metadataVersionOf,
} from '../request/kafkaVersions';
import { replicationFor } from '../request/replication';
import type {
  BrokerPoolRequest,
  KafkaClientRequest,
  KafkaClusterRequest,
  RequestProblem,
  TopicRequest,
} from '../request/types';
import { CHANGE_FIELD_RULES } from './fieldRules';
import type { ChangePlan, ClusterChange, LiveClusterFacts } from './types';

/**
 * How long EBS makes a volume wait between two modifications.
 *
 * @public
 */
export const EBS_MODIFICATION_COOLDOWN_HOURS = 6;

class Plan {
  readonly changes: ClusterChange[] = [];
  readonly refusals: RequestProblem[] = [];
  readonly followUps: string[] = [];

  change(change: ClusterChange) {
    this.changes.push(change);
  }

  refuse(path: string, message: string) {
    this.refusals.push({ path, message });
  }
}

/**
 * Brokers the node groups have room for.
 *
 * @public
 */
export function nodeCapacityOf(brokers: BrokerPoolRequest): number {
  return brokers.nodeCapacity ?? brokers.replicas;
}

/**
 * Checks the move from the current request to the desired one as a day-2
 * change of a running cluster: every accepted change with what happens when
 * it merges, or every refusal naming its field. Both requests must already
 * be valid on their own (see `validateClusterChange`). Pure.
 *
 * @public
 */
export function planClusterChange(
  current: KafkaClusterRequest,
  desired: KafkaClusterRequest,
  live: LiveClusterFacts = {},
): ChangePlan {
  const plan = new Plan();
  immutableFields(current, desired, plan);
  catalogFields(current, desired, plan);
  kubernetesVersion(current, desired, plan);
  kafkaVersion(current, desired, plan);
  apiAccess(current, desired, plan);
  brokerCount(current, desired, live, plan);
  brokerStorage(current, desired, live, plan);
  topics(current, desired, plan);
  clients(current, desired, plan);
  if (plan.refusals.length > 0) return { ok: false, refusals: plan.refusals };
  if (plan.changes.some(c => c.appliedBy === 'terraform')) {
    plan.followUps.unshift(
      'After the merge, run `terraform plan` and then `terraform apply` in `terraform/infra`: the plan should show only the Terraform changes listed here.',
    );
  }
  return { ok: true, changes: plan.changes, followUps: plan.followUps };
}

function valueAt(request: KafkaClusterRequest, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value as Record<string, unknown> | undefined)?.[key],
      request,
    );
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

function immutableFields(
  current: KafkaClusterRequest,
  desired: KafkaClusterRequest,
  plan: Plan,
) {
  for (const { path, rule, effect } of CHANGE_FIELD_RULES) {
    if (rule !== 'immutable') continue;
    const [before, after] = [valueAt(current, path), valueAt(desired, path)];
    if (!same(before, after)) {
      plan.refuse(
        path,
        `cannot change on an existing cluster (${show(before)} → ${show(
          after,
        )}): ${effect}`,
      );
    }
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'none';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function catalogFields(
  current: KafkaClusterRequest,
  desired: KafkaClusterRequest,
  plan: Plan,
) {
  for (const path of ['owner', 'system', 'description'] as const) {
    if (current[path] !== desired[path]) {
      plan.change({
        path,
        appliedBy: 'catalog',
        summary: `The catalog entity's ${path} becomes ${show(
          desired[path],
        )} (was ${show(current[path])}).`,
      });
    }
  }
  if (current.owner !== desired.owner) {
    plan.change({
      path: 'owner',
      appliedBy: 'terraform',
      summary: `terraform apply re-tags the AWS resources: kafka-on-eks/owner becomes ${desired.owner}.`,
    });
  }
  if (!same(current.brokers.sizing, desired.brokers.sizing)) {
    plan.change({
      path: 'brokers.sizing',
      appliedBy: 'catalog',
      summary:
        "The docs' sizing section shows the new workload; nothing in the cluster changes.",
    });
  }
}

function minorOf(version: string): number {
  const [major, minor] = version.split('.').map(Number);
  return major * 1000 + minor;
}

function kubernetesVersion(
  current: KafkaClusterRequest,
  desired: KafkaClusterRequest,
  plan: Plan,
) {
  const [from, to] = [current.kubernetesVersion, desired.kubernetesVersion];
  if (from === to) return;
  const step = minorOf(to) - minorOf(from);
  if (step < 0) {
    plan.refuse(
      'kubernetesVersion',
      `EKS cannot downgrade a cluster (${from} → ${to})`,
    );
  } else if (step > 1) {
    plan.refuse(
      'kubernetesVersion',
      `EKS upgrades one minor version at a time (${from} → ${to}): go to the next minor first`,
    );
  } else if (!eksVersionSupport(to)) {
    plan.refuse(
      'kubernetesVersion',
      `${to} is not in the EKS support table yet`,
    );
  } else {
    plan.change({
      path: 'kubernetesVersion',
      appliedBy: 'terraform',
      summary: `terraform apply upgrades the EKS control plane from ${from} to ${to} (about 10 minutes, the API stays up); the node groups keep their pinned AMI release until \`kafka_node_ami_release_version\` is raised.`,
    });
    plan.followUps.push(
      `Once the control plane runs ${to}, raise \`kafka_node_ami_release_version\` in \`terraform/infra/terraform.tfvars\` to a ${to} release and apply: the nodes roll one at a time.`,
    );
  }
}

function kafkaVersion(
  current: KafkaClusterRequest,
  desired: KafkaClusterRequest,
  plan: Plan,
) {
  const [from, to] = [current.kafkaVersion, desired.kafkaVersion];
  const [metaFrom, metaTo] = [
    effectiveMetadataVersion(current),
    effectiveMetadataVersion(desired),
  ];
  if (from !== to) {
    if (compareDottedVersions(to, from) < 0) {
      plan.refuse(
        'kafkaVersion',
        `Kafka versions only go up (${from} → ${to}): Strimzi does not downgrade a KRaft cluster`,
      );
      return;
    }
    if (metaTo !== metaFrom) {
      plan.refuse(
        'metadataVersion',
        `stays ${metaFrom} while kafkaVersion changes (${from} → ${to}): Strimzi's upgrade procedure raises the metadata version in a later change, once every broker runs ${to}`,
      );
      return;
    }
    plan.change({
      path: 'kafkaVersion',
      appliedBy: 'argocd',
      summary: `Strimzi rolls the controllers and then the brokers to Kafka ${to}, one pod at a time; the metadata version stays ${metaFrom}, so a return to ${from} remains possible.`,
    });
    plan.change({
      path: 'kafkaVersion',
      appliedBy: 'catalog',
      summary: `The entity's kafka-on-eks/kafka-version annotation becomes ${to}.`,
    });
    if (metadataVersionOf(to) !== metaFrom) {
      plan.followUps.push(
        `When every pod runs Kafka ${to} and the cluster is healthy, raise metadataVersion to ${metadataVersionOf(
          to,
        )} in a separate change.`,
      );
    }
    return;
  }
  if (metaTo !== metaFrom) {
    if (compareMetadataVersions(metaTo, metaFrom) < 0) {
      plan.refuse(
        'metadataVersion',
        `the metadata version only goes up (${metaFrom} → ${metaTo})`,
      );
      return;
    }
    plan.change({
      path: 'metadataVersion',
      appliedBy: 'argocd',
      summary: `Strimzi raises the cluster's metadata version from ${metaFrom} to ${metaTo}: from then on, Kafka cannot go back to a version older than ${to}.`,
    });
  }
}

function apiAccess(
  current: KafkaClusterRequest,
  desired: KafkaClusterRequest,
  plan: Plan,
) {
  if (!same(current.apiAccessCidrs, desired.apiAccessCidrs)) {
    plan.change({
      path: 'apiAccessCidrs',
      appliedBy: 'terraform',
      summary:
        desired.apiAccessCidrs.length === 0
          ? "terraform apply closes the EKS API's public endpoint: it is reachable from inside the VPC only."
          : `terraform apply lets ${desired.apiAccessCidrs.join(
              ', ',
            )} reach the EKS API's public endpoint${
              current.apiAccessCidrs.length === 0
                ? ' (it was private-only)'
                : ''
            }.`,
    });
  }
  if (current.portalRoleArn !== desired.portalRoleArn) {
    plan.change({
      path: 'portalRoleArn',
      appliedBy: 'terraform',
      summary: desired.portalRoleArn
        ? `terraform apply gives ${
            desired.portalRoleArn
          } the portal's read-only access entry${
            current.portalRoleArn ? `, instead of ${current.portalRoleArn}` : ''
          }.`
        : `terraform apply removes ${current.portalRoleArn}'s access entry: the portal no longer sees the cluster.`,
    });
    if (!current.portalRoleArn !== !desired.portalRoleArn) {
      plan.change({
        path: 'portalRoleArn',
        appliedBy: 'argocd',
        summary: desired.portalRoleArn
          ? "Argo CD adds the portal's read-only ClusterRole and its binding."
          : "Argo CD removes the portal's read-only ClusterRole and its binding.",
      });
    }
  }
}

function brokerCount(
  current: KafkaClusterRequest,
  desired: KafkaClusterRequest,
  live: LiveClusterFacts,
  plan: Plan,
) {
  const [from, to] = [current.brokers.replicas, desired.brokers.replicas];
  const [capacityFrom, capacityTo] = [
    nodeCapacityOf(current.brokers),
    nodeCapacityOf(desired.brokers),
  ];
  const perZone = (n: number) => Math.ceil(n / desired.zones);

  if (to > from && capacityFrom < to) {
    plan.refuse(
      'brokers.replicas',
      `${to} brokers need room for ${to} on the nodes, and the node groups hold ${capacityFrom}: raise brokers.nodeCapacity to ${to} in its own change and apply Terraform first`,
    );
    return;
  }
  if (capacityTo !== capacityFrom) {
    if (to !== from) {
      plan.refuse(
        'brokers.nodeCapacity',
        `changes on its own: node capacity (Terraform, by hand) and brokers (Argo CD, on merge) go in two pull requests, capacity first when growing and last when shrinking`,
      );
      return;
    }
    plan.change({
      path: 'brokers.nodeCapacity',
      appliedBy: 'terraform',
      summary:
        capacityTo > capacityFrom
          ? `terraform apply grows the broker node groups to ${perZone(
              capacityTo,
            )} node(s) per zone, room for ${capacityTo} brokers; no broker starts until a second change raises brokers.replicas.`
          : `terraform apply shrinks the broker node groups to ${perZone(
              capacityTo,
            )} node(s) per zone; EKS picks the nodes it removes, and a broker on one restarts on another node of its zone.`,
    });
    if (capacityTo > from) {
      plan.followUps.push(
        `When the Kafka tab shows ${capacityTo} Ready broker nodes, run the "Scale brokers" change again to raise brokers.replicas to ${capacityTo}.`,
      );
    }
  }

  if (to === from) return;
  if (to > from) {
    if (live.readyBrokerNodes === undefined) {
      plan.refuse(
        'brokers.replicas',
        `the live view does not show the broker nodes, so the ${to} nodes cannot be confirmed: try again once the Kafka tab shows them`,
      );
      return;
    }
    if (live.readyBrokerNodes < to) {
      plan.refuse(
        'brokers.replicas',
        `the live view shows ${live.readyBrokerNodes} Ready broker node(s), and ${to} brokers need ${to}: apply the node capacity change (terraform apply in terraform/infra) and wait for the nodes`,
      );
      return;
    }
    plan.change({
      path: 'brokers.replicas',
      appliedBy: 'argocd',
      summary: `Strimzi adds ${
        to - from
      } broker(s) (${from} → ${to}) on the nodes already there${
        from > 1
          ? ", and Cruise Control's auto-rebalance (add-brokers) moves partitions onto them"
          : '; existing partitions stay where they are until a KafkaRebalance moves them'
      }.${replicationNote(from, to)}`,
    });
    return;
  }
  const largestFactor = Math.max(
    0,
    ...desired.topics.map(t => t.replicationFactor),
  );
  if (to < largestFactor) {
    plan.refuse(
      'brokers.replicas',
      `cannot go below the largest topic replication factor (${largestFactor}): lower those topics' replicationFactor first`,
    );
    return;
  }
  if (to < desired.zones) {
    plan.refuse(
      'brokers.replicas',
      `cannot go below one broker per zone (${desired.zones})`,
    );
    return;
  }
  plan.change({
    path: 'brokers.replicas',
    appliedBy: 'argocd',
    summary: `Strimzi removes ${
      from - to
    } broker(s) (${from} → ${to}) only after Cruise Control's auto-rebalance (remove-brokers) has moved their partitions away; the node groups keep their size until brokers.nodeCapacity is lowered in a later change.${replicationNote(
      from,
      to,
    )}`,
  });
}

function replicationNote(from: number, to: number): string {
  const [a, b] = [replicationFor(from), replicationFor(to)];
  if (a.replicationFactor === b.replicationFactor) return '';
  return ` The cluster's default replication factor becomes ${b.replicationFactor} and min.insync.replicas ${b.minInSyncReplicas}, for new topics and Kafka's internal ones.`;
}

function brokerStorage(
  current: KafkaClusterRequest,
  desired: KafkaClusterRequest,
  live: LiveClusterFacts,
  plan: Plan,
) {
  const [from, to] = [current.brokers, desired.brokers];
  if (from.storageClass !== to.storageClass) return; // refused as immutable
  const sizeChanges = from.volumeSizeGi !== to.volumeSizeGi;
  const performanceChanges =
    from.iops !== to.iops || from.throughputMiBps !== to.throughputMiBps;
  if (!sizeChanges && !performanceChanges) return;

  const [fromPerformance, toPerformance] = [
    gp3PerformanceOf(from),
    gp3PerformanceOf(to),
  ];
  const performancePath =
    from.iops !== to.iops ? 'brokers.iops' : 'brokers.throughputMiBps';

  // The rules of the request first: they hold whatever the cluster does.
  if (sizeChanges && to.volumeSizeGi < from.volumeSizeGi) {
    plan.refuse(
      'brokers.volumeSizeGi',
      `volumes only grow (${from.volumeSizeGi} → ${to.volumeSizeGi} GiB): EBS cannot shrink a volume`,
    );
    return;
  }
  if (performanceChanges && fromPerformance && !toPerformance) {
    plan.refuse(
      performancePath,
      'volumes with provisioned gp3 performance keep a VolumeAttributesClass: a change can set other values above the gp3 baseline, not return to it',
    );
    return;
  }
  if (!sizeChanges && !toPerformance) {
    plan.change({
      path: performancePath,
      appliedBy: 'argocd',
      summary:
        'The gp3 baseline, now written out: the volumes need no VolumeAttributesClass, and nothing changes in the cluster.',
    });
    return;
  }

  // Then EBS: one modification at a time per volume.
  const gated = sizeChanges ? 'brokers.volumeSizeGi' : performancePath;
  if (live.volumeModificationPending === undefined) {
    // Unknown is not refused: a repository can be changed without its
    // cluster in view (a dry run, a portal without access), so say it.
    plan.followUps.push(
      `Before merging, check that no broker volume is still being resized or modified (the live view could not tell): EBS takes the next modification only after the previous one completes, and at most one every ${EBS_MODIFICATION_COOLDOWN_HOURS} hours per volume.`,
    );
  } else if (live.volumeModificationPending) {
    plan.refuse(
      gated,
      `a broker volume is still being modified: EBS takes the next modification only after it completes, and at most one every ${EBS_MODIFICATION_COOLDOWN_HOURS} hours per volume; try again once the Kafka tab shows no resize pending and ${EBS_MODIFICATION_COOLDOWN_HOURS} hours have passed since the last change`,
    );
    return;
  }
  if (sizeChanges) {
    plan.change({
      path: 'brokers.volumeSizeGi',
      appliedBy: 'argocd',
      summary: `Strimzi grows every broker volume from ${from.volumeSizeGi} to ${to.volumeSizeGi} GiB; EBS expands them online (the Kafka tab shows the resize pending, then done). The next storage change waits ${EBS_MODIFICATION_COOLDOWN_HOURS} hours.`,
    });
  }
  if (performanceChanges && toPerformance) {
    plan.change({
      path: performancePath,
      appliedBy: 'argocd',
      summary: `A new VolumeAttributesClass ${volumeAttributesClassName(
        toPerformance,
      )} (${toPerformance.iops} IOPS, ${
        toPerformance.throughputMiBps
      } MiB/s), and the broker volumes move to it: EBS modifies them online.`,
    });
  }
}

function topics(
  current: KafkaClusterRequest,
  desired: KafkaClusterRequest,
  plan: Plan,
) {
  const before = new Map(current.topics.map(t => [t.name, t]));
  const running = Math.min(current.brokers.replicas, desired.brokers.replicas);
  desired.topics.forEach((topic, index) => {
    const old = before.get(topic.name);
    const at = `topics[${index}]`;
    if (!old) {
      plan.change({
        path: `${at}.name`,
        appliedBy: 'argocd',
        summary: `The topic operator creates topic ${topic.name}: ${topic.partitions} partitions, replication factor ${topic.replicationFactor}, ${topic.retentionHours} h retention, cleanup ${topic.cleanupPolicy}.`,
      });
      return;
    }
    topicChanges(old, topic, at, running, plan);
  });
  const kept = new Set(desired.topics.map(t => t.name));
  for (const old of current.topics) {
    if (kept.has(old.name)) continue;
    plan.change({
      path: `topics[${old.name}]`,
      appliedBy: 'argocd',
      destructive: true,
      summary: `**Removing topic ${old.name} deletes it and all its data when this merges**: Argo CD prunes the KafkaTopic, and the topic operator deletes the topic.`,
    });
  }
}

function topicChanges(
  old: TopicRequest,
  topic: TopicRequest,
  at: string,
  runningBrokers: number,
  plan: Plan,
) {
  if (topic.partitions < old.partitions) {
    plan.refuse(
      `${at}.partitions`,
      `partitions cannot shrink (${old.partitions} → ${topic.partitions})`,
    );
  } else if (topic.partitions > old.partitions) {
    plan.change({
      path: `${at}.partitions`,
      appliedBy: 'argocd',
      summary: `The topic operator adds partitions to ${topic.name} (${old.partitions} → ${topic.partitions}); keyed records map to partitions anew from then on.`,
    });
  }
  if (topic.replicationFactor !== old.replicationFactor) {
    if (topic.replicationFactor > runningBrokers) {
      plan.refuse(
        `${at}.replicationFactor`,
        `must be at most the brokers running before and after this change (${runningBrokers})`,
      );
    } else {
      plan.change({
        path: `${at}.replicationFactor`,
        appliedBy: 'argocd',
        summary: `Strimzi's topic replicas change moves ${topic.name} from replication factor ${old.replicationFactor} to ${topic.replicationFactor} through Cruise Control.`,
      });
    }
  }
  if (
    topic.retentionHours !== old.retentionHours &&
    topic.cleanupPolicy === 'compact'
  ) {
    plan.change({
      path: `${at}.retentionHours`,
      appliedBy: 'catalog',
      summary: `${topic.name} is compacted, so it keeps the latest record of every key whatever the retention: ${topic.retentionHours} h is only recorded in kafka-on-eks.yaml, and applies if its cleanup policy becomes delete.`,
    });
  } else if (topic.retentionHours !== old.retentionHours) {
    plan.change({
      path: `${at}.retentionHours`,
      appliedBy: 'argocd',
      summary: `${topic.name} keeps records ${
        topic.retentionHours
      } h instead of ${old.retentionHours} h${
        topic.retentionHours < old.retentionHours
          ? '; older ones are deleted at the next log cleanup'
          : ''
      }.`,
    });
  }
  if (topic.cleanupPolicy !== old.cleanupPolicy) {
    plan.change({
      path: `${at}.cleanupPolicy`,
      appliedBy: 'argocd',
      summary: `${topic.name}'s cleanup policy becomes ${topic.cleanupPolicy}${
        topic.cleanupPolicy === 'compact'
          ? ': compaction keeps only the latest record of each key'
          : ': records older than the retention are deleted'
      }.`,
    });
  }
}

function clients(
  current: KafkaClusterRequest,
  desired: KafkaClusterRequest,
  plan: Plan,
) {
  const before = new Map(current.clients.map(c => [c.name, c]));
  desired.clients.forEach((client, index) => {
    const old = before.get(client.name);
    const at = `clients[${index}]`;
    if (!old) {
      plan.change({
        path: `${at}.name`,
        appliedBy: 'argocd',
        summary: `A KafkaUser ${client.name} with ${aclSummary(
          client,
        )}; External Secrets copies its credentials to ${
          client.name
        }-kafka in namespace ${client.namespace}.`,
      });
      return;
    }
    if (old.namespace !== client.namespace) {
      plan.change({
        path: `${at}.namespace`,
        appliedBy: 'argocd',
        summary: `${client.name}'s credentials move from namespace ${old.namespace} to ${client.namespace}.`,
      });
    }
    if (old.component !== client.component) {
      plan.change({
        path: `${at}.component`,
        appliedBy: 'argocd',
        summary: `The KafkaUser ${client.name} names ${show(
          client.component,
        )} as its component.`,
      });
    }
    if (!same(old.topics, client.topics)) {
      plan.change({
        path: `${at}.topics`,
        appliedBy: 'argocd',
        summary: `${client.name}'s ACLs become ${aclSummary(client)}.`,
      });
    }
    if (!same(old.consumerGroups, client.consumerGroups)) {
      plan.change({
        path: `${at}.consumerGroups`,
        appliedBy: 'argocd',
        summary: `${client.name} may use consumer groups ${
          client.consumerGroups.join(', ') || 'none'
        }.`,
      });
    }
  });
  const kept = new Set(desired.clients.map(c => c.name));
  for (const old of current.clients) {
    if (kept.has(old.name)) continue;
    plan.change({
      path: `clients[${old.name}]`,
      appliedBy: 'argocd',
      summary: `The KafkaUser ${old.name} and its credentials are deleted: the application in ${old.namespace} can no longer connect.`,
    });
  }
}

function aclSummary(client: KafkaClientRequest): string {
  return client.topics.length === 0
    ? 'no topic access'
    : client.topics.map(t => `${t.access} on ${t.name}`).join(', ');
}
