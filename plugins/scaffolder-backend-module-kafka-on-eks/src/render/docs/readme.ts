import {
  EBS_LIMITS,
  eksVersionSupport,
  effectiveMetadataVersion,
  replicationFor,
  STRIMZI_VERSION,
  topicMinInSyncReplicas,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { GITOPS_PATHS, KAFKA_NAMESPACE } from '../naming';
import { clientAccessSection, portalAccessSection } from './access';
import { escapeMarkdownText, markdownTable } from './markdown';
import {
  applySection,
  destroySection,
  failureModesSection,
} from './operations';
import { sizingSection } from './sizing';
import { warningsSection } from './warnings';

/** The sections shared by README.md and the TechDocs pages. */
export function overviewSection(request: KafkaClusterRequest): string {
  const { brokers, controllers } = request;
  const replication = replicationFor(brokers.replicas);
  const performance =
    brokers.storageClass === 'gp3'
      ? `${brokers.iops ?? EBS_LIMITS.gp3.baselineIops} IOPS, ${
          brokers.throughputMiBps ?? EBS_LIMITS.gp3.baselineThroughputMiBps
        } MiB/s`
      : 'st1 baseline 40 MiB/s per TiB, burst up to 250 MiB/s per TiB (max 500 MiB/s)';
  return [
    markdownTable(
      ['', 'value'],
      [
        [
          'EKS cluster',
          `\`${request.name}\` in \`${request.region}\` over ${request.zones} zones`,
        ],
        [
          'Kubernetes',
          `${request.kubernetesVersion} (EKS standard support until ${
            eksVersionSupport(request.kubernetesVersion)
              ?.endOfStandardSupport ?? 'unknown'
          }; upgrade policy STANDARD; checked on ${request.generatedOn})`,
        ],
        [
          'EKS API endpoint',
          request.apiAccessCidrs.length === 0
            ? 'private only (reachable from inside the VPC)'
            : `private, and public for ${request.apiAccessCidrs
                .map(c => `\`${c}\``)
                .join(', ')}`,
        ],
        [
          'Client authentication',
          request.clientAuthentication === 'tls'
            ? 'mutual TLS on port 9093, simple authorization'
            : 'SCRAM-SHA-512 over TLS on port 9093, simple authorization',
        ],
        ['Strimzi operator', STRIMZI_VERSION],
        [
          'Kafka',
          `${request.kafkaVersion} (metadata ${effectiveMetadataVersion(
            request,
          )}), KRaft`,
        ],
        [
          'Controllers',
          `${controllers.replicas} × \`${controllers.instanceType}\`, ${controllers.volumeSizeGi} GiB gp3 each`,
        ],
        [
          'Brokers',
          `${brokers.replicas} × \`${brokers.instanceType}\`, ${brokers.volumeSizeGi} GiB ${brokers.storageClass} each (${performance})`,
        ],
        ['Namespace', `\`${KAFKA_NAMESPACE}\``],
      ],
    ),
    '',
    '### Replication, derived from the broker count',
    '',
    `With ${brokers.replicas} broker(s): \`default.replication.factor\` and the internal topics' factor (\`offsets.topic.replication.factor\`, \`transaction.state.log.replication.factor\`) are **${replication.replicationFactor}**, and \`min.insync.replicas\` (and \`transaction.state.log.min.isr\`) is **${replication.minInSyncReplicas}**: three replicas survive the loss of one broker while still accepting writes with \`acks=all\`; a smaller cluster gets what it can hold. Each topic's \`min.insync.replicas\` stays below its own replication factor.`,
  ].join('\n');
}

export function topicsSection(request: KafkaClusterRequest): string {
  if (request.topics.length === 0) {
    return 'No topics yet: add them to `topics` in `kafka-on-eks.yaml` (through the portal) and re-render.';
  }
  const cluster = replicationFor(request.brokers.replicas);
  return markdownTable(
    [
      'topic',
      'partitions',
      'replication factor',
      'min ISR',
      'retention',
      'cleanup',
    ],
    request.topics.map(t => [
      `\`${t.name}\``,
      t.partitions,
      t.replicationFactor,
      topicMinInSyncReplicas(t.replicationFactor, cluster),
      t.cleanupPolicy === 'compact'
        ? 'none (compacted)'
        : `${t.retentionHours} h`,
      t.cleanupPolicy,
    ]),
  );
}

export const DAY_TWO_RULES = [
  '- **Change the request, not the files.** `kafka-on-eks.yaml` is the source of truth: Terraform, the manifests and these docs are rendered from it, so a hand edit elsewhere is lost at the next change.',
  "- **Storage only grows and keeps its class.** Raise `size` on a node pool volume and the EBS CSI driver expands the volume online; a smaller size is refused, and an existing volume's StorageClass cannot change: move to another class by adding a new node pool and draining the old one. EBS allows one modification per volume every 6 hours. gp3 IOPS and throughput live in a VolumeAttributesClass named by its values (its parameters are immutable), so a change is a new class that the pool points at.",
  '- **Volumes outlive brokers.** Broker volumes use `deleteClaim: false` and the StorageClasses `reclaimPolicy: Retain`: deleting the Kafka or a node pool leaves the EBS volumes (and their cost) behind until you delete them.',
  "- **Scaling brokers: nodes first.** Each zone has its own broker node group, sized ceil(capacity / zones) from `brokers.nodeCapacity` (`broker_node_capacity` in `terraform/infra/terraform.tfvars`). Adding brokers is two changes: the first raises the capacity and is applied with Terraform (the node group module ignores `desired_size` after creation, so the size follows through `min_size`); once the nodes are Ready, the second raises the broker pool's `replicas` in Git. The other order leaves new brokers Pending. Cruise Control's `autoRebalance` then moves partitions onto the new brokers, and off brokers being removed, with the `KafkaRebalance` template in `kubernetes/kafka/`.",
  '- **Controllers are a static quorum.** Keep the controller count, zones and region as generated; changing the quorum is a planned migration, not a replica change.',
  '- **Kafka upgrades** go through `spec.kafka.version` first, then `metadataVersion` once every broker runs the new version.',
  "- **Kubernetes upgrades**, one minor at a time, before the version leaves standard support: the cluster's `upgrade_policy` is `STANDARD`, so an unattended cluster is upgraded by EKS at the end of standard support instead of paying for extended support.",
  "- **Node AMI updates, one zone at a time.** The Kafka node groups pin their AMI release (`use_latest_ami_release_version = false`), so a new AMI never rolls every group at once. Terraform updates node groups in parallel: change the release and apply with `-target` for one zone's groups, wait until the Kafka is Ready with no under-replicated partitions, then the next zone (see `terraform/README.md`).",
].join('\n');

/** The generated repository's README.md. */
export function renderReadme(request: KafkaClusterRequest): string {
  const description = request.description
    ? `${escapeMarkdownText(request.description)}\n\n`
    : '';
  return [
    `# Kafka on EKS: ${request.name}`,
    '',
    `${description}An Apache Kafka cluster in KRaft mode, managed by Strimzi on Amazon EKS, with its brokers on EBS. Generated by the Kafka on EKS Backstage template; owned by \`${request.owner}\`.`,
    '',
    '## What is in this repository',
    '',
    markdownTable(
      ['path', 'what'],
      [
        [
          '`kafka-on-eks.yaml`',
          'the request this repository was generated from: edit it, not the rest',
        ],
        [
          '`terraform/infra/`',
          'VPC, EKS, node groups, add-ons (EBS CSI, VPC CNI with network policies), IAM',
        ],
        [
          '`terraform/bootstrap/`',
          "Argo CD, the External Secrets Operator and Argo CD's repository credentials, on the existing cluster",
        ],
        [
          `\`${GITOPS_PATHS.applications}/\``,
          'Argo CD Applications: storage classes, Strimzi CRDs and operator, Drain Cleaner, monitoring, the Kafka',
        ],
        [
          `\`${GITOPS_PATHS.kafka}/\``,
          'the Kafka, its node pools, topics, clients (KafkaUsers and their credentials), rebalance template and monitoring',
        ],
        ['`catalog-info.yaml`', 'the catalog entity of this cluster'],
        ['`docs/`, `mkdocs.yml`', 'these docs, for TechDocs'],
      ],
    ),
    '',
    '## The cluster',
    '',
    overviewSection(request),
    '',
    '## Read before you apply',
    '',
    warningsSection(request),
    '',
    '## Sizing and cost',
    '',
    sizingSection(request),
    '',
    '## Topics',
    '',
    topicsSection(request),
    '',
    '## Client access',
    '',
    clientAccessSection(request),
    '',
    '## Apply it',
    '',
    applySection(request),
    '',
    '## When something goes wrong',
    '',
    failureModesSection(request),
    '',
    '## The portal',
    '',
    portalAccessSection(request),
    '',
    '## Day 2',
    '',
    DAY_TWO_RULES,
    '',
    '## Destroy',
    '',
    destroySection(request),
    '',
  ].join('\n');
}
