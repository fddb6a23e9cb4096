import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  KAFKA_POOL_NODE_LABEL,
  KAFKA_TAINT,
  PORTAL_KUBERNETES_GROUP,
} from '../naming';
import { attributes, blank, block, comment, renderFile } from './body';
import { call, hcl, ref, type HclValue } from './hcl';
import { ebsCsiAddon } from './iam';
import { kafkaNodeGroups, type KafkaNodeGroup } from './model';
import { MODULES } from './pins';

/** The EKS API spells taint effects differently from Kubernetes. */
const EKS_TAINT_EFFECTS = {
  NoSchedule: 'NO_SCHEDULE',
  NoExecute: 'NO_EXECUTE',
  PreferNoSchedule: 'PREFER_NO_SCHEDULE',
} as const;

export const SYSTEM_NODE_GROUP = 'system';
/** Root volume of every node, GiB: container images and logs. */
export const NODE_ROOT_VOLUME_GI = 50;

/** The module's `addons`; the keys are the EKS add-on names. */
export function addons(): { [name: string]: HclValue } {
  return {
    coredns: {},
    'eks-pod-identity-agent': { before_compute: true },
    'kube-proxy': {},
    'vpc-cni': {
      before_compute: true,
      // Without it the VPC CNI ignores NetworkPolicies, Strimzi's included.
      configuration_values: call('jsonencode', {
        enableNetworkPolicy: 'true',
      }),
    },
    'aws-ebs-csi-driver': ebsCsiAddon(),
  };
}

/**
 * Encrypted gp3 root volume (AL2023 AMIs boot from /dev/xvda). Without it,
 * the root volume is encrypted only if the account encrypts EBS by default.
 */
const rootVolume: HclValue = {
  xvda: {
    device_name: '/dev/xvda',
    ebs: {
      volume_size: NODE_ROOT_VOLUME_GI,
      volume_type: 'gp3',
      encrypted: true,
      kms_key_id: hcl`var.ebs_kms_key_arn`,
      delete_on_termination: true,
    },
  },
};

function kafkaNodeGroup({ pool, zoneIndex }: KafkaNodeGroup): HclValue {
  const size = ref('local', `${pool}_nodes_per_zone`);
  return {
    ami_type: ref('local', 'ami_types', pool),
    instance_types: [ref('var', `${pool}_instance_type`)],
    // Pinned: a new AMI rolls a zone only when the operator says so (README).
    use_latest_ami_release_version: false,
    ami_release_version: hcl`var.kafka_node_ami_release_version`,
    // Pinned to one zone: a broker's EBS volume can only attach in its zone.
    subnet_ids: [hcl`module.vpc.private_subnets[${zoneIndex}]`],
    min_size: size,
    max_size: hcl`${size} + 1`,
    desired_size: size,
    block_device_mappings: rootVolume,
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
      block_device_mappings: rootVolume,
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

/** `infra/eks.tf`: the cluster (module v21 input names only), add-ons, node groups, portal access. */
export function renderEks(request: KafkaClusterRequest): string {
  return renderFile(
    [
      block(
        'module',
        ['eks'],
        attributes({
          source: MODULES.eks.source,
          version: MODULES.eks.version,
        }),
        [blank],
        attributes({
          name: hcl`var.name`,
          kubernetes_version: hcl`var.kubernetes_version`,
        }),
        [blank],
        comment(
          'No extended support: when standard support ends, EKS upgrades the',
          'control plane rather than billing more; upgrade before that date.',
        ),
        attributes({ upgrade_policy: { support_type: 'STANDARD' } }),
        [blank],
        comment(
          'Private endpoint always; the public one only for the listed networks.',
        ),
        attributes({
          endpoint_private_access: true,
          endpoint_public_access: hcl`length(var.api_access_cidrs) > 0`,
          endpoint_public_access_cidrs: hcl`var.api_access_cidrs`,
        }),
        [blank],
        comment(
          'The bootstrap stage may run inside the VPC (CloudShell, SSM): let it reach the API.',
        ),
        attributes({
          security_group_additional_rules: {
            ingress_vpc_https: {
              description: 'Kubernetes API from inside the VPC',
              type: 'ingress',
              protocol: 'tcp',
              from_port: 443,
              to_port: 443,
              cidr_blocks: [hcl`var.vpc_cidr`],
            },
          },
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
        attributes({
          iam_role_name: hcl`"\${local.iam_name_prefix}-cluster"`,
        }),
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
          'The module ignores desired_size after creation; min_size follows the',
          'replica variables, so raising them grows the groups (README, brokers).',
        ),
        attributes({ eks_managed_node_groups: nodeGroups(request) }),
        [blank],
        attributes({ tags: hcl`local.tags` }),
      ),
    ],
    [
      ...comment(
        'The portal reads Kafka objects: its group gets a read-only ClusterRole by',
        'GitOps, so no EKS access policy is associated here.',
      ),
      block(
        'resource',
        ['aws_eks_access_entry', 'portal'],
        attributes({ count: hcl`var.portal_role_arn == null ? 0 : 1` }),
        [blank],
        attributes({
          cluster_name: hcl`module.eks.cluster_name`,
          principal_arn: hcl`var.portal_role_arn`,
          type: 'STANDARD',
          kubernetes_groups: [PORTAL_KUBERNETES_GROUP],
          tags: hcl`local.tags`,
        }),
      ),
    ],
  );
}
