import {
  PATTERNS,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { attributes, block, renderFile, type BodyItem } from './body';
import { hcl, ref, type HclExpression, type HclValue } from './hcl';
import type { Stage } from './model';
import { conditionOf, requestVariablesOf, type RequestVariable } from './rules';

interface Variable {
  type: HclExpression;
  description: string;
  default?: HclValue;
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
      }),
      ...(spec.validation ?? []).map(([condition, error_message]) => [
        block('validation', [], attributes({ condition, error_message })),
      ]),
    ),
  ];
}

const TYPES = {
  string: hcl`string`,
  number: hcl`number`,
  'list(string)': hcl`list(string)`,
} as const;

/**
 * Checks fixed when the repository was generated, on top of the request's
 * rules: the zone count cannot change without new subnets, node groups and
 * racks.
 */
export function generationGuards(
  request: KafkaClusterRequest,
  name: string,
): Array<[HclExpression, string]> {
  if (name !== 'zones') return [];
  return [
    [
      hcl`var.zones == ${request.zones}`,
      `This repository was generated for ${request.zones} zones; a different count needs a newly generated repository (EBS volumes and Kafka racks are zonal).`,
    ],
  ];
}

function requestVariable(
  request: KafkaClusterRequest,
  spec: RequestVariable,
): BodyItem[] {
  return variable(spec.name, {
    type: TYPES[spec.type],
    description: spec.description,
    default: spec.nullable ? null : undefined,
    validation: [
      ...spec.checks.map(
        check =>
          [conditionOf(spec, check), check.message] as [HclExpression, string],
      ),
      ...generationGuards(request, spec.name),
    ],
  });
}

const matches = (pattern: string, value: HclExpression) =>
  hcl`can(regex(${pattern}, ${value}))`;

/** Inputs of the infra stage that are not the request's: defaults an operator may change. */
function infraOnly(): BodyItem[][] {
  return [
    variable('vpc_cidr', {
      type: hcl`string`,
      description: 'IPv4 CIDR of the new VPC, /16 to /20.',
      default: '10.0.0.0/16',
      validation: [
        [
          hcl`can(cidrnetmask(var.vpc_cidr)) && try(tonumber(split("/", var.vpc_cidr)[1]) >= 16 && tonumber(split("/", var.vpc_cidr)[1]) <= 20, false)`,
          'Must be an IPv4 CIDR block from /16 to /20.',
        ],
        [
          hcl`try(cidrhost(var.vpc_cidr, 0) == split("/", var.vpc_cidr)[0], false)`,
          'Must be a network address (no host bits set).',
        ],
      ],
    }),
    variable('single_nat_gateway', {
      type: hcl`bool`,
      description:
        'One shared NAT gateway instead of one per zone: cheaper, but a zone outage cuts every node off.',
      default: false,
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
    variable('system_instance_type', {
      type: hcl`string`,
      description:
        'EC2 instance type of the system nodes (Argo CD, CoreDNS, the operators). Graviton types get the ARM AMI.',
      default: 'm7i.large',
      validation: [
        [
          matches(PATTERNS.ec2InstanceType, ref('var', 'system_instance_type')),
          'Must be an EC2 instance type such as m7i.xlarge.',
        ],
      ],
    }),
    variable('system_node_count', {
      type: hcl`number`,
      description:
        'Nodes of the untainted system node group, spread over the zones.',
      default: 2,
      validation: [
        [
          hcl`var.system_node_count >= 1 && var.system_node_count == floor(var.system_node_count)`,
          'Must be a whole number, at least 1.',
        ],
      ],
    }),
    variable('kafka_node_ami_release_version', {
      type: hcl`string`,
      description:
        'EKS AMI release of the Kafka node groups, e.g. 1.35.0-20261120. Null: the release current when a group is created, then kept. Change it one zone at a time (README).',
      default: null,
      validation: [
        [
          hcl`var.kafka_node_ami_release_version == null || can(regex("^[0-9]+[.][0-9]+[.][0-9]+-[0-9]{8}$", var.kafka_node_ami_release_version))`,
          'Must be an EKS AMI release version such as 1.35.0-20261120, or null.',
        ],
      ],
    }),
  ];
}

function bootstrapOnly(): BodyItem[][] {
  return [
    variable('gitops_repository_private', {
      type: hcl`bool`,
      description:
        'The repository Argo CD syncs is private (the template publishes it so): planning stops until its deploy key is in Secrets Manager.',
      default: true,
    }),
  ];
}

/** `variables.tf` of a stage; the request's values are in that stage's terraform.tfvars. */
export function renderVariables(
  request: KafkaClusterRequest,
  stage: Stage,
): string {
  return renderFile(
    ...requestVariablesOf(stage).map(spec => requestVariable(request, spec)),
    ...(stage === 'infra' ? infraOnly() : bootstrapOnly()),
  );
}
