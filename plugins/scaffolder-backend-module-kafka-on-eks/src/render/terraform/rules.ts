import {
  clusterRequestSchema,
  nodeCapacityOf,
  PATTERN_RULES,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { hcl, ref, type HclExpression, type HclValue } from './hcl';
import type { Stage } from './model';

/**
 * The one table of Terraform variables whose values come from the request,
 * with their rules. Limits are read from the request schema; each rule is
 * written twice, side by side: as a Terraform condition, and in JavaScript
 * so a test can hold it against `validateClusterRequest` (no terraform
 * binary is needed to keep the two equal).
 */

/** What a rule may look at besides the value (Terraform 1.9 lets a validation read other variables). */
export interface RuleContext {
  region: string;
}

export interface Check {
  condition: (value: HclExpression) => HclExpression;
  accepts: (value: any, context: RuleContext) => boolean;
  /** A full sentence: Terraform wants one. */
  message: string;
}

export interface RequestVariable {
  name: string;
  stages: readonly Stage[];
  /** The request field, dotted as in `RequestProblem.path`. */
  field: string;
  type: 'string' | 'number' | 'list(string)';
  description: string;
  /** Optional in the request: null in tfvars when absent. */
  nullable?: boolean;
  checks: readonly Check[];
  /** Its value in `terraform.tfvars`. */
  value: (request: KafkaClusterRequest) => HclValue;
}

const sentence = (rule: string) => rule[0].toUpperCase() + rule.slice(1);

function text(schema: {
  readonly pattern: string;
  readonly maxLength: number;
  readonly minLength?: number;
}): Check {
  const { pattern, maxLength } = schema;
  const minLength = schema.minLength ?? 0;
  const length =
    minLength > 0
      ? `${minLength} to ${maxLength} characters`
      : `at most ${maxLength} characters`;
  return {
    condition: v =>
      minLength > 0
        ? hcl`length(${v}) >= ${minLength} && length(${v}) <= ${maxLength} && can(regex(${pattern}, ${v}))`
        : hcl`length(${v}) <= ${maxLength} && can(regex(${pattern}, ${v}))`,
    accepts: v =>
      typeof v === 'string' &&
      v.length >= minLength &&
      v.length <= maxLength &&
      new RegExp(pattern).test(v),
    message: `${sentence(PATTERN_RULES[pattern])}; ${length}.`,
  };
}

function oneOf(values: ReadonlyArray<string | number>): Check {
  return {
    condition: v => hcl`contains(${[...values]}, ${v})`,
    accepts: v => values.includes(v),
    message: `Must be one of: ${values.join(', ')}.`,
  };
}

function wholeNumber(schema: {
  readonly minimum: number;
  readonly maximum: number;
}): Check {
  const { minimum, maximum } = schema;
  return {
    condition: v =>
      hcl`${v} >= ${minimum} && ${v} <= ${maximum} && ${v} == floor(${v})`,
    accepts: v =>
      typeof v === 'number' &&
      Number.isInteger(v) &&
      v >= minimum &&
      v <= maximum,
    message: `Must be a whole number from ${minimum} to ${maximum}.`,
  };
}

/** `accepts` for each list entry, `condition` as `alltrue([for ...])`. */
function eachEntry(check: Check): Check {
  const entry = ref('cidr');
  return {
    condition: v =>
      hcl`alltrue([for cidr in ${v} : ${check.condition(entry)}])`,
    accepts: (v, context) =>
      Array.isArray(v) && v.every(item => check.accepts(item, context)),
    message: check.message,
  };
}

const cidrPrefix = (cidr: string) => Number(cidr.split('/')[1]);
const WIDEST_PREFIX = 8;

/** The request's rules for who may reach the public EKS endpoint (`apiAccessProblems`). */
function apiAccessChecks(): Check[] {
  const { items, maxItems } = clusterRequestSchema.properties.apiAccessCidrs;
  return [
    {
      condition: v => hcl`length(${v}) <= ${maxItems}`,
      accepts: v => Array.isArray(v) && v.length <= maxItems,
      message: `At most ${maxItems} CIDR blocks (the EKS limit).`,
    },
    eachEntry(text(items)),
    eachEntry({
      condition: c => hcl`!endswith(${c}, "/0")`,
      accepts: c => typeof c === 'string' && !c.endsWith('/0'),
      message:
        'A /0 block opens the EKS API to the whole internet: list your networks, or leave the list empty for a private endpoint.',
    }),
    eachEntry({
      condition: c =>
        hcl`try(tonumber(split("/", ${c})[1]) >= ${WIDEST_PREFIX}, false)`,
      accepts: c => typeof c === 'string' && cidrPrefix(c) >= WIDEST_PREFIX,
      message: `Each block must be /${WIDEST_PREFIX} or narrower.`,
    }),
    eachEntry({
      // cidrhost(c, 0) is the network address: equal only without host bits.
      condition: c => hcl`try(cidrhost(${c}, 0) == split("/", ${c})[0], false)`,
      accepts: c => {
        if (typeof c !== 'string') return false;
        const [address] = c.split('/');
        const bits = address
          .split('.')
          .reduce((value, octet) => value * 256 + Number(octet), 0);
        return bits % 2 ** (32 - cidrPrefix(c)) === 0;
      },
      message: 'Each block must be a network address (no host bits set).',
    }),
    {
      condition: v => hcl`length(distinct(${v})) == length(${v})`,
      accepts: v => Array.isArray(v) && new Set(v).size === v.length,
      message: 'Each block may appear once.',
    },
  ];
}

const { properties: schema } = clusterRequestSchema;

export const REQUEST_VARIABLES: readonly RequestVariable[] = [
  {
    name: 'name',
    stages: ['infra', 'bootstrap'],
    field: 'name',
    type: 'string',
    description: 'Name of the EKS cluster, the VPC and the Kafka.',
    checks: [text(schema.name)],
    value: r => r.name,
  },
  {
    name: 'owner',
    stages: ['infra'],
    field: 'owner',
    type: 'string',
    description:
      'Backstage owner (entity reference), set as the kafka-on-eks/owner tag.',
    checks: [text(schema.owner)],
    value: r => r.owner,
  },
  {
    name: 'region',
    stages: ['infra', 'bootstrap'],
    field: 'region',
    type: 'string',
    description: 'AWS region of the VPC and the EKS cluster.',
    checks: [text(schema.region)],
    value: r => r.region,
  },
  {
    name: 'zones',
    stages: ['infra'],
    field: 'zones',
    type: 'number',
    description:
      'Availability zones. The subnets and Kafka node groups in this folder, and the Kafka racks, were generated for this count.',
    checks: [oneOf(schema.zones.enum)],
    value: r => r.zones,
  },
  {
    name: 'kubernetes_version',
    stages: ['infra'],
    field: 'kubernetesVersion',
    type: 'string',
    description:
      'EKS Kubernetes version, one of the EKS release calendar this repository was generated with.',
    checks: [oneOf(schema.kubernetesVersion.enum)],
    value: r => r.kubernetesVersion,
  },
  {
    name: 'controller_replicas',
    stages: ['infra'],
    field: 'controllers.replicas',
    type: 'number',
    description:
      'KRaft controllers; sizes the controller node groups (ceil(replicas / zones) nodes per zone).',
    checks: [oneOf(schema.controllers.properties.replicas.enum)],
    value: r => r.controllers.replicas,
  },
  {
    name: 'controller_instance_type',
    stages: ['infra'],
    field: 'controllers.instanceType',
    type: 'string',
    description:
      'EC2 instance type of the KRaft controller nodes. Graviton types get the ARM AMI.',
    checks: [text(schema.controllers.properties.instanceType)],
    value: r => r.controllers.instanceType,
  },
  {
    name: 'broker_node_capacity',
    stages: ['infra'],
    field: 'brokers.nodeCapacity',
    type: 'number',
    description:
      "Brokers the broker node groups hold (ceil(capacity / zones) nodes per zone), at least the pool's replicas. Raise it, apply, and only then raise the pool in Git.",
    checks: [wholeNumber(schema.brokers.properties.nodeCapacity)],
    value: r => nodeCapacityOf(r.brokers),
  },
  {
    name: 'broker_instance_type',
    stages: ['infra'],
    field: 'brokers.instanceType',
    type: 'string',
    description:
      'EC2 instance type of the broker nodes. Graviton types get the ARM AMI.',
    checks: [text(schema.brokers.properties.instanceType)],
    value: r => r.brokers.instanceType,
  },
  {
    name: 'api_access_cidrs',
    stages: ['infra'],
    field: 'apiAccessCidrs',
    type: 'list(string)',
    description:
      'IPv4 CIDR blocks that may reach the public EKS API endpoint. Empty: the endpoint is private only, reachable from inside the VPC.',
    checks: apiAccessChecks(),
    value: r => r.apiAccessCidrs,
  },
  {
    name: 'portal_role_arn',
    stages: ['infra'],
    field: 'portalRoleArn',
    type: 'string',
    nullable: true,
    description:
      'IAM role of the Backstage portal: an access entry maps it to a Kubernetes group whose read-only ClusterRole comes by GitOps. Null: no portal access.',
    checks: [text(schema.portalRoleArn)],
    value: r => r.portalRoleArn ?? null,
  },
  {
    name: 'ebs_kms_key_arn',
    stages: ['infra'],
    field: 'ebsKmsKeyArn',
    type: 'string',
    nullable: true,
    description:
      'Customer-managed KMS key of the node root volumes (and, by GitOps, the Kafka volumes). Null: the AWS-managed aws/ebs key.',
    checks: [
      text(schema.ebsKmsKeyArn),
      {
        condition: v => hcl`split(":", ${v})[3] == var.region`,
        accepts: (v, context) =>
          typeof v === 'string' && v.split(':')[3] === context.region,
        message: 'The key must be in the region of the cluster.',
      },
    ],
    value: r => r.ebsKmsKeyArn ?? null,
  },
];

/** A check of a nullable variable: null passes, errors (from null) never do. */
export function conditionOf(
  variable: RequestVariable,
  check: Check,
): HclExpression {
  const value = ref('var', variable.name);
  return variable.nullable
    ? hcl`${value} == null || try(${check.condition(value)}, false)`
    : check.condition(value);
}

/** The JavaScript verdict of the whole table entry. */
export function acceptsValue(
  variable: RequestVariable,
  value: unknown,
  context: RuleContext,
): boolean {
  if (variable.nullable && (value === undefined || value === null)) return true;
  return variable.checks.every(check => check.accepts(value, context));
}

export const requestVariablesOf = (stage: Stage) =>
  REQUEST_VARIABLES.filter(v => v.stages.includes(stage));
