import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_POOL_NODE_LABEL, KAFKA_TAINT } from '../naming';
import { attributes, blank, block, comment, renderFile } from './body';
import { hcl, ref, type HclValue } from './hcl';
import { ebsCsiAddon } from './ebsCsi';
import { kafkaNodeGroups, type KafkaNodeGroup } from './model';
import { MODULES } from './pins';

/** The EKS API spells taint effects differently from Kubernetes. */
const EKS_TAINT_EFFECTS = {
  NoSchedule: 'NO_SCHEDULE',
  NoExecute: 'NO_EXECUTE',
  PreferNoSchedule: 'PREFER_NO_SCHEDULE',
} as const;

export const SYSTEM_NODE_GROUP = 'system';

/** The module's `addons`; the keys are the EKS add-on names. */
export function addons(): { [name: string]: HclValue } {
  return {
    coredns: {},
    'eks-pod-identity-agent': { before_compute: true },
    'kube-proxy': {},
    'vpc-cni': { before_compute: true },
    'aws-ebs-csi-driver': ebsCsiAddon(),
  };
}

function kafkaNodeGroup({ pool, zoneIndex }: KafkaNodeGroup): HclValue {
  const size = ref('local', `${pool}_nodes_per_zone`);
  return {
    ami_type: ref('local', 'ami_types', pool),
    instance_types: [ref('var', `${pool}_instance_type`)],
    // Pinned to one zone: a broker's EBS volume can only attach in its zone.
    subnet_ids: [hcl`module.vpc.private_subnets[${zoneIndex}]`],
    min_size: size,
    max_size: hcl`${size} + 1`,
    desired_size: size,
    labels: { [KAFKA_POOL_NODE_LABEL]: pool },
    taints: {
      [KAFKA_TAINT.key]: {
        key: KAFKA_TAINT.key,
        value: KAFKA_TAINT.value,
        effect: EKS_TAINT_EFFECTS[KAFKA_TAINT.effect],
      },
    },
    // One Kafka node at a time, so a rolling AMI update never takes out a quorum.
    update_config: { max_unavailable: 1 },
  };
}

/** The module's `eks_managed_node_groups`: system, then one per Kafka pool per zone. */
export function nodeGroups(request: KafkaClusterRequest): {
  [key: string]: HclValue;
} {
  return {
    [SYSTEM_NODE_GROUP]: {
      ami_type: hcl`local.ami_types.system`,
      instance_types: [hcl`var.system_instance_type`],
      min_size: hcl`var.system_node_count`,
      max_size: hcl`var.system_node_count + 1`,
      desired_size: hcl`var.system_node_count`,
    },
    ...Object.fromEntries(
      kafkaNodeGroups(request).map(g => [g.key, kafkaNodeGroup(g)]),
    ),
  };
}

const adminAccessEntry = {
  principal_arn: hcl`arn`,
  policy_associations: {
    admin: {
      policy_arn: hcl`"arn:\${data.aws_partition.current.partition}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"`,
      access_scope: { type: 'cluster' },
    },
  },
};

/** `eks.tf`: the cluster (module v21 input names only), add-ons and node groups. */
export function renderEks(request: KafkaClusterRequest): string {
  return renderFile([
    block(
      'module',
      ['eks'],
      attributes({ source: MODULES.eks.source, version: MODULES.eks.version }),
      [blank],
      attributes({
        name: hcl`var.name`,
        kubernetes_version: hcl`var.kubernetes_version`,
      }),
      [blank],
      comment(
        'Terraform reaches the API from outside the VPC to install Argo CD.',
      ),
      attributes({
        endpoint_public_access: true,
        endpoint_public_access_cidrs: hcl`var.endpoint_public_access_cidrs`,
      }),
      [blank],
      comment(
        'Access entries through the EKS API only; module v21 dropped the legacy ConfigMap.',
      ),
      attributes({
        authentication_mode: 'API',
        enable_cluster_creator_admin_permissions: true,
        access_entries: hcl`{ for i, arn in var.cluster_admin_principal_arns : "admin-\${i}" => ${adminAccessEntry} }`,
      }),
      [blank],
      comment(
        'The default "<name>-cluster-" role name prefix breaks the 38-character limit.',
      ),
      attributes({ iam_role_name: hcl`"\${local.iam_name_prefix}-cluster"` }),
      [blank],
      attributes({
        vpc_id: hcl`module.vpc.vpc_id`,
        subnet_ids: hcl`module.vpc.private_subnets`,
      }),
      [blank],
      comment(
        'before_compute: nodes need the VPC CNI to become Ready, and pods need the',
        'Pod Identity agent for credentials; the rest waits for the node groups.',
      ),
      attributes({ addons: addons() }),
      [blank],
      comment(
        'The module ignores desired_size changes after creation: to grow a group,',
        'raise its desired size with `aws eks update-nodegroup-config` first.',
      ),
      attributes({ eks_managed_node_groups: nodeGroups(request) }),
      [blank],
      attributes({ tags: hcl`local.tags` }),
    ),
  ]);
}
