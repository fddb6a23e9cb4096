/**
 * How a change to each request field is treated: the one list that the
 * planner's immutable check, the README table and the coverage test read.
 * `immutable` fields are refused with the reason; the others have their own
 * rule in `planClusterChange`.
 *
 * @public
 */
export const CHANGE_FIELD_RULES: ReadonlyArray<{
  /** Request field; `topics[].x` and `clients[].x` stand for every entry. */
  path: string;
  rule: 'immutable' | 'catalog' | 'terraform' | 'argocd';
  /** For `immutable`, the reason in the refusal; otherwise what a change does. */
  effect: string;
}> = [
  {
    path: 'name',
    rule: 'immutable',
    effect:
      'names the EKS cluster, the Kafka and the entity: another name is another cluster',
  },
  {
    path: 'owner',
    rule: 'catalog',
    effect: 'the catalog entity and the docs name the new owner',
  },
  {
    path: 'system',
    rule: 'catalog',
    effect: 'the catalog entity moves to the new system',
  },
  {
    path: 'description',
    rule: 'catalog',
    effect: 'the catalog entity and the docs carry the new description',
  },
  {
    path: 'region',
    rule: 'immutable',
    effect: 'the cluster, its network and its volumes live in this region',
  },
  {
    path: 'zones',
    rule: 'immutable',
    effect: 'subnets, node groups and broker volumes are pinned to their zones',
  },
  {
    path: 'kubernetesVersion',
    rule: 'terraform',
    effect:
      'one minor version up at a time: terraform apply upgrades the EKS control plane',
  },
  {
    path: 'kafkaVersion',
    rule: 'argocd',
    effect:
      'upgrades only: Strimzi rolls the controllers and brokers to the new version, one pod at a time',
  },
  {
    path: 'metadataVersion',
    rule: 'argocd',
    effect:
      'raised only, after the Kafka version and in its own change: Strimzi raises the cluster metadata version',
  },
  {
    path: 'controllers.replicas',
    rule: 'immutable',
    effect:
      'the KRaft controller quorum is static: its size is fixed when the cluster is created',
  },
  {
    path: 'controllers.instanceType',
    rule: 'immutable',
    effect:
      'it would replace the controller node groups in every zone at once, and the quorum with them',
  },
  {
    path: 'controllers.volumeSizeGi',
    rule: 'immutable',
    effect: 'the controllers are fixed when the cluster is created',
  },
  {
    path: 'brokers.replicas',
    rule: 'argocd',
    effect:
      'up after brokers.nodeCapacity has made room, down through Cruise Control (remove-brokers), never below the largest topic replication factor or the zone count',
  },
  {
    path: 'brokers.nodeCapacity',
    rule: 'terraform',
    effect:
      'terraform apply grows or shrinks the broker node groups; the brokers follow in a later change',
  },
  {
    path: 'brokers.instanceType',
    rule: 'immutable',
    effect:
      'it would replace the broker node groups in every zone at once, and with them the node of every broker',
  },
  {
    path: 'brokers.storageClass',
    rule: 'immutable',
    effect: "an existing volume's class cannot change",
  },
  {
    path: 'brokers.volumeSizeGi',
    rule: 'argocd',
    effect:
      'grows only, within the EBS limits: Strimzi grows every broker PVC and EBS expands it online',
  },
  {
    path: 'brokers.iops',
    rule: 'argocd',
    effect:
      'a new content-named VolumeAttributesClass, and EBS modifies the volumes online',
  },
  {
    path: 'brokers.throughputMiBps',
    rule: 'argocd',
    effect:
      'a new content-named VolumeAttributesClass, and EBS modifies the volumes online',
  },
  {
    path: 'brokers.sizing',
    rule: 'catalog',
    effect: "the docs' sizing section shows the new inputs",
  },
  {
    path: 'topics[].name',
    rule: 'argocd',
    effect:
      'a new name adds a topic; a name that goes removes the topic and deletes its data',
  },
  {
    path: 'topics[].partitions',
    rule: 'argocd',
    effect: 'grows only: the topic operator adds partitions',
  },
  {
    path: 'topics[].replicationFactor',
    rule: 'argocd',
    effect:
      "at most the broker count: Strimzi's topic replicas change moves the replicas through Cruise Control",
  },
  {
    path: 'topics[].retentionHours',
    rule: 'argocd',
    effect: 'the topic operator sets the new retention.ms',
  },
  {
    path: 'topics[].cleanupPolicy',
    rule: 'argocd',
    effect: 'the topic operator sets the new cleanup.policy',
  },
  {
    path: 'clientAuthentication',
    rule: 'immutable',
    effect:
      "every client's credentials would change at once; the listener's authentication is fixed at creation",
  },
  {
    path: 'clients[].name',
    rule: 'argocd',
    effect:
      'a new name adds a KafkaUser and its credentials; a name that goes deletes them',
  },
  {
    path: 'clients[].component',
    rule: 'argocd',
    effect: 'the KafkaUser names the new component',
  },
  {
    path: 'clients[].namespace',
    rule: 'argocd',
    effect: 'the credentials move to the new namespace',
  },
  {
    path: 'clients[].topics',
    rule: 'argocd',
    effect: "the KafkaUser's ACLs change",
  },
  {
    path: 'clients[].consumerGroups',
    rule: 'argocd',
    effect: "the KafkaUser's group ACLs change",
  },
  {
    path: 'apiAccessCidrs',
    rule: 'terraform',
    effect: "terraform apply sets the EKS API's public access CIDRs",
  },
  {
    path: 'portalRoleArn',
    rule: 'terraform',
    effect: "terraform apply moves the portal's read-only access entry",
  },
  {
    path: 'ebsKmsKeyArn',
    rule: 'immutable',
    effect:
      'existing volumes stay encrypted with the key they were created with',
  },
  {
    path: 'repoUrl',
    rule: 'immutable',
    effect: 'Argo CD, its deploy key and the catalog point at this repository',
  },
  {
    path: 'gitopsRevision',
    rule: 'immutable',
    effect:
      "Argo CD's bootstrap syncs this branch; moving it is a bootstrap apply by hand, not a pull request",
  },
];
