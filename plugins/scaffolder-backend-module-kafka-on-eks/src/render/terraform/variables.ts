import {
  PATTERNS,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { attributes, block, renderFile, type BodyItem } from './body';
import { hcl, ref, type HclExpression, type HclValue } from './hcl';
import { minimumKubernetesMinor } from './model';

interface Variable {
  type: HclExpression;
  description: string;
  default?: HclValue;
  sensitive?: boolean;
  validation?: Array<[condition: HclExpression, message: string]>;
}

function variable(name: string, spec: Variable): BodyItem[] {
  return [
    block(
      'variable',
      [name],
      attributes({
        type: spec.type,
        description: spec.description,
        default: spec.default,
        sensitive: spec.sensitive,
      }),
      ...(spec.validation ?? []).map(([condition, error_message]) => [
        block('validation', [], attributes({ condition, error_message })),
      ]),
    ),
  ];
}

const matches = (pattern: string, value: HclExpression) =>
  hcl`can(regex(${pattern}, ${value}))`;
const wholeNumber = (value: HclExpression) => hcl`${value} == floor(${value})`;

const instanceType = (pool: string, name: string, fallback?: string) =>
  variable(name, {
    type: hcl`string`,
    description: `EC2 instance type of the ${pool} nodes. Graviton types get the ARM AMI.`,
    default: fallback,
    validation: [
      [
        matches(PATTERNS.ec2InstanceType, ref('var', name)),
        'Must be an EC2 instance type such as m7i.xlarge.',
      ],
    ],
  });

/** `variables.tf`: inputs, with their values in terraform.tfvars. */
export function renderVariables(request: KafkaClusterRequest): string {
  const minMinor = minimumKubernetesMinor(request);
  return renderFile(
    variable('region', {
      type: hcl`string`,
      description: 'AWS region of the VPC and the EKS cluster.',
      validation: [
        [
          matches(PATTERNS.awsRegion, hcl`var.region`),
          'Must be an AWS region code such as eu-west-1.',
        ],
      ],
    }),
    variable('name', {
      type: hcl`string`,
      description: 'Name of the EKS cluster, the VPC and the Kafka.',
      validation: [
        [
          hcl`length(var.name) >= 3 && length(var.name) <= 40 && ${matches(
            PATTERNS.dns1035Label,
            hcl`var.name`,
          )}`,
          'Must be a DNS-1035 label of 3 to 40 characters.',
        ],
      ],
    }),
    variable('owner', {
      type: hcl`string`,
      description:
        'Backstage owner (entity reference), set as the kafka-on-eks/owner tag.',
      validation: [
        [
          hcl`length(var.owner) <= 256 && ${matches(
            PATTERNS.entityRef,
            hcl`var.owner`,
          )}`,
          'Must be an entity reference such as group:default/team-a (at most 256 characters, the AWS tag value limit).',
        ],
      ],
    }),
    variable('zones', {
      type: hcl`number`,
      description:
        'Availability zones. The subnets and Kafka node groups in this folder, and the Kafka racks, were generated for this count.',
      validation: [
        [
          hcl`var.zones == ${request.zones}`,
          `This repository was generated for ${request.zones} zones; a different count needs a newly generated repository (EBS volumes and Kafka racks are zonal).`,
        ],
      ],
    }),
    variable('kubernetes_version', {
      type: hcl`string`,
      description: 'EKS Kubernetes version, <major>.<minor>.',
      validation: [
        [
          hcl`can(regex("^1[.][0-9]+$", var.kubernetes_version)) && try(tonumber(split(".", var.kubernetes_version)[1]) >= ${minMinor}, false)`,
          minMinor === 30
            ? 'Must be 1.30 or newer (Strimzi 1.2 needs it).'
            : 'Must be 1.34 or newer: the brokers use a VolumeAttributesClass (storage.k8s.io/v1).',
        ],
      ],
    }),
    variable('kafka_version', {
      type: hcl`string`,
      description:
        'Kafka version of the cluster (set in kubernetes/kafka; recorded in the outputs).',
      validation: [
        [
          matches('^[0-9]+[.][0-9]+[.][0-9]+$', hcl`var.kafka_version`),
          'Must be a version such as 4.3.1.',
        ],
      ],
    }),
    variable('vpc_cidr', {
      type: hcl`string`,
      description: 'IPv4 CIDR of the new VPC, /16 to /20.',
      default: '10.0.0.0/16',
      validation: [
        [
          hcl`can(cidrnetmask(var.vpc_cidr)) && try(tonumber(split("/", var.vpc_cidr)[1]) <= 20, false)`,
          'Must be an IPv4 CIDR block from /16 to /20.',
        ],
      ],
    }),
    variable('single_nat_gateway', {
      type: hcl`bool`,
      description:
        'One shared NAT gateway instead of one per zone: cheaper, but a zone outage cuts every node off.',
      default: false,
    }),
    variable('endpoint_public_access_cidrs', {
      type: hcl`list(string)`,
      description:
        'CIDR blocks allowed to reach the public EKS API endpoint (Terraform, kubectl).',
      default: ['0.0.0.0/0'],
      validation: [
        [
          hcl`alltrue([for cidr in var.endpoint_public_access_cidrs : can(cidrnetmask(cidr))])`,
          'Each entry must be an IPv4 CIDR block.',
        ],
      ],
    }),
    variable('cluster_admin_principal_arns', {
      type: hcl`list(string)`,
      description:
        'IAM roles or users made cluster admins, besides the identity that runs Terraform.',
      default: [],
      validation: [
        [
          hcl`alltrue([for arn in var.cluster_admin_principal_arns : ${matches(
            '^arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/',
            hcl`arn`,
          )}])`,
          'Each entry must be an IAM role or user ARN.',
        ],
      ],
    }),
    instanceType(
      'system (Argo CD, CoreDNS, the Strimzi operator)',
      'system_instance_type',
      'm7i.large',
    ),
    variable('system_node_count', {
      type: hcl`number`,
      description:
        'Nodes of the untainted system node group, spread over the zones.',
      default: 2,
      validation: [
        [
          hcl`var.system_node_count >= 1 && ${wholeNumber(
            hcl`var.system_node_count`,
          )}`,
          'Must be a whole number, at least 1.',
        ],
      ],
    }),
    variable('controller_replicas', {
      type: hcl`number`,
      description:
        'KRaft controllers; sizes the controller node groups (ceil(replicas / zones) nodes per zone).',
      validation: [
        [hcl`contains([3, 5], var.controller_replicas)`, 'Must be 3 or 5.'],
      ],
    }),
    instanceType('KRaft controller', 'controller_instance_type'),
    variable('controller_volume_size_gi', {
      type: hcl`number`,
      description:
        'Metadata volume per controller, GiB (gp3; set in kubernetes/kafka).',
      validation: [
        [hcl`var.controller_volume_size_gi >= 10`, 'Must be at least 10 GiB.'],
      ],
    }),
    variable('broker_replicas', {
      type: hcl`number`,
      description:
        'Brokers; sizes the broker node groups (ceil(replicas / zones) nodes per zone).',
      validation: [
        [
          hcl`var.broker_replicas >= 1 && var.broker_replicas <= 60 && ${wholeNumber(
            hcl`var.broker_replicas`,
          )}`,
          'Must be a whole number from 1 to 60.',
        ],
      ],
    }),
    instanceType('broker', 'broker_instance_type'),
    variable('broker_storage_class', {
      type: hcl`string`,
      description:
        'EBS volume type of the brokers (StorageClass; set in kubernetes/kafka).',
      validation: [
        [
          hcl`contains(["gp3", "st1"], var.broker_storage_class)`,
          'Must be gp3 or st1.',
        ],
      ],
    }),
    variable('broker_volume_size_gi', {
      type: hcl`number`,
      description: 'Volume per broker, GiB (set in kubernetes/kafka).',
      validation: [
        [hcl`var.broker_volume_size_gi >= 1`, 'Must be at least 1 GiB.'],
      ],
    }),
    variable('gitops_repo_url', {
      type: hcl`string`,
      description: 'HTTPS clone URL of this repository, which Argo CD syncs.',
      validation: [
        [
          matches('^https://', hcl`var.gitops_repo_url`),
          'Must be an https:// URL.',
        ],
      ],
    }),
    variable('gitops_revision', {
      type: hcl`string`,
      description: 'Branch, tag or commit Argo CD syncs.',
      default: 'HEAD',
    }),
    variable('gitops_repo_username', {
      type: hcl`string`,
      description:
        'User name for gitops_repo_token (any non-empty value for a GitHub token).',
      default: 'git',
    }),
    variable('gitops_repo_token', {
      type: hcl`string`,
      description:
        'Token that lets Argo CD read a private repository; leave null for a public one.',
      default: null,
      sensitive: true,
    }),
  );
}
