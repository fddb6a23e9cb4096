import {
  EBS_LIMITS,
  metadataVersionOf,
  replicationFor,
  STRIMZI_VERSION,
  topicMinInSyncReplicas,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { GITOPS_PATHS, KAFKA_NAMESPACE } from '../naming';
import { escapeMarkdownText, markdownTable } from './markdown';
import { sizingSection } from './sizing';

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
        ['Kubernetes', request.kubernetesVersion],
        ['Strimzi operator', STRIMZI_VERSION],
        [
          'Kafka',
          `${request.kafkaVersion} (metadata ${metadataVersionOf(
            request.kafkaVersion,
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
    return 'No topics yet: add `KafkaTopic` resources to `kubernetes/kafka/topics.yaml`.';
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
      `${t.retentionHours} h`,
      t.cleanupPolicy,
    ]),
  );
}

export function applySection(request: KafkaClusterRequest): string {
  return [
    '1. Terraform creates the VPC, the EKS cluster, its node groups and add-ons (including the EBS CSI driver), the StorageClasses, and Argo CD:',
    '',
    '   ```sh',
    '   cd terraform',
    '   terraform init',
    '   terraform apply',
    `   $(terraform output -raw configure_kubectl)   # aws eks update-kubeconfig --region ${request.region} --name ${request.name}`,
    '   ```',
    '',
    `2. Argo CD syncs \`${GITOPS_PATHS.applications}\`: it installs the Strimzi ${STRIMZI_VERSION} operator, then the Kafka, node pools and topics in \`${GITOPS_PATHS.kafka}\`. Changes merged to this repository are applied the same way.`,
    '',
    '3. Verify:',
    '',
    '   ```sh',
    `   kubectl -n ${KAFKA_NAMESPACE} get kafka,kafkanodepools,kafkatopics`,
    `   kubectl -n ${KAFKA_NAMESPACE} wait kafka/${request.name} --for=condition=Ready --timeout=20m`,
    `   kubectl -n ${KAFKA_NAMESPACE} get pvc -l strimzi.io/cluster=${request.name}`,
    '   ```',
  ].join('\n');
}

export const DAY_TWO_RULES = [
  "- **Storage only grows and keeps its class.** Raise `size` on a node pool volume and the EBS CSI driver expands the volume online; a smaller size is refused, and an existing volume's StorageClass cannot change: move to another class by adding a new node pool and draining the old one.",
  '- **Volumes outlive brokers.** Broker volumes use `deleteClaim: false` and the StorageClasses `reclaimPolicy: Retain`: deleting the Kafka or a node pool leaves the EBS volumes (and their cost) behind until you delete them.',
  "- **Scaling brokers triggers a rebalance.** Cruise Control's `autoRebalance` moves partitions onto added brokers and off brokers being removed, using the `KafkaRebalance` templates in `kubernetes/kafka/`.",
  '- **Controllers are a static quorum.** Keep the controller count as generated (3 or 5); changing the quorum size is a planned migration, not a replica change.',
  '- **Kafka upgrades** go through `spec.kafka.version` first, then `metadataVersion` once every broker runs the new version.',
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
          '`terraform/`',
          'VPC, EKS, node groups, EBS CSI driver, StorageClasses, Argo CD and its bootstrap',
        ],
        [
          `\`${GITOPS_PATHS.applications}/\``,
          'Argo CD Applications: the Strimzi operator and the Kafka',
        ],
        [
          `\`${GITOPS_PATHS.kafka}/\``,
          'the Kafka, its node pools, topics, rebalance templates and monitoring',
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
    '## Sizing and cost',
    '',
    sizingSection(request),
    '',
    '## Topics',
    '',
    topicsSection(request),
    '',
    '## Apply it',
    '',
    applySection(request),
    '',
    '## Day 2',
    '',
    DAY_TWO_RULES,
    '',
  ].join('\n');
}
