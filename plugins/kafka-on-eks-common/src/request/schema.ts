import { EBS_LIMITS } from './ebsLimits';
import { EKS_VERSION_CALENDAR, newestEksVersion } from './eksVersions';
import {
  DEFAULT_KAFKA_VERSION,
  SUPPORTED_KAFKA_VERSIONS,
} from './kafkaVersions';

/**
 * EKS versions of the support calendar; a new cluster may only use those
 * still in standard support on the day it is generated. Strimzi 1.2 needs
 * Kubernetes 1.30 or newer.
 *
 * @public
 */
export const EKS_KUBERNETES_VERSIONS = EKS_VERSION_CALENDAR.map(v => v.version);

/** @public */
export const DEFAULT_KUBERNETES_VERSION = newestEksVersion().version;

/** Most public-endpoint CIDRs EKS accepts. @public */
export const MAX_API_ACCESS_CIDRS = 40;

/**
 * Patterns every user string must match before it reaches Terraform or YAML.
 * Each is anchored and excludes quotes, `$`, `%`, braces, `:` followed by
 * space, newlines and anything outside ASCII.
 *
 * @public
 */
export const PATTERNS = {
  // DNS-1035: the name becomes an EKS cluster name and Kubernetes object names.
  dns1035Label: '^[a-z]([-a-z0-9]*[a-z0-9])?$',
  // `[kind:][namespace/]name` with the catalog's own character sets.
  entityRef:
    '^(?:[a-zA-Z][a-zA-Z0-9-]*:)?(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$',
  awsRegion:
    '^(us|eu|ap|sa|ca|me|af|il|mx)(-gov)?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-[1-9]$',
  ec2InstanceType: '^[a-z][a-z0-9-]*\\.[a-z0-9-]+$',
  // DNS-1123 label: KafkaUser and namespace names.
  dns1123Label: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
  // A dotted-quad IPv4 network with its prefix length.
  ipv4Cidr:
    '^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])[.]){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$',
  iamRoleArn:
    '^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$',
  kmsKeyArn:
    '^arn:aws(-cn|-us-gov)?:kms:[a-z0-9-]+:[0-9]{12}:key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  // A branch or tag name: no "..", no leading "-" or "/", git's own rules in short.
  gitRef: '^[A-Za-z0-9_][A-Za-z0-9._/-]*$',
  // A consumer group id, or a prefix ending in "*".
  consumerGroup: '^[a-zA-Z0-9._-]+[*]?$',
  // Kafka's legal topic characters.
  kafkaTopicName: '^[a-zA-Z0-9._-]+$',
  // RepoUrlPicker: `host?owner=o&repo=r` (owner may hold a GitLab-style group path).
  repoUrl:
    '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?\\?(?:[a-zA-Z]+=[A-Za-z0-9_.\\/-]+&)*owner=[A-Za-z0-9_.\\/-]+&(?:[a-zA-Z]+=[A-Za-z0-9_.\\/-]+&)*repo=[A-Za-z0-9_.-]+(?:&[a-zA-Z]+=[A-Za-z0-9_.\\/-]+)*$',
} as const;

/**
 * Rules in words, for patterns a form or an error message must explain.
 * Keyed by the pattern's value.
 *
 * @public
 */
export const PATTERN_RULES: Record<string, string> = {
  [PATTERNS.dns1035Label]:
    'must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit',
  [PATTERNS.entityRef]:
    'must be an entity reference such as group:default/team-a',
  [PATTERNS.awsRegion]: 'must be an AWS region code such as eu-west-1',
  [PATTERNS.ec2InstanceType]: 'must be an EC2 instance type such as m7i.xlarge',
  [PATTERNS.dns1123Label]:
    'must be a DNS-1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit',
  [PATTERNS.ipv4Cidr]: 'must be an IPv4 CIDR block such as 203.0.113.0/24',
  [PATTERNS.iamRoleArn]:
    'must be an IAM role ARN such as arn:aws:iam::123456789012:role/backstage',
  [PATTERNS.kmsKeyArn]:
    'must be a KMS key ARN such as arn:aws:kms:eu-west-1:123456789012:key/<key id>',
  [PATTERNS.gitRef]:
    'must be a branch or tag name of letters, digits, ".", "_", "/" and "-"',
  [PATTERNS.consumerGroup]:
    'must be a consumer group id of letters, digits, ".", "_" and "-", or a prefix ending in "*"',
  [PATTERNS.kafkaTopicName]:
    'may only contain letters, digits, ".", "_" and "-" (Kafka topic naming)',
  [PATTERNS.repoUrl]:
    'must be in the RepoUrlPicker format host?owner=org&repo=name',
};

const instanceType = (title: string, defaultValue: string) => ({
  title,
  type: 'string',
  default: defaultValue,
  maxLength: 32,
  pattern: PATTERNS.ec2InstanceType,
});

/**
 * The JSON Schema of a cluster request. The template's form uses the same
 * rules (a test keeps them equal); `validateClusterRequest` applies it and
 * the rules that span several fields.
 *
 * @public
 */
export const clusterRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'owner'],
  properties: {
    name: {
      title: 'Name',
      description: 'Names the EKS cluster, the Kafka and the catalog entity',
      type: 'string',
      minLength: 3,
      maxLength: 40,
      pattern: PATTERNS.dns1035Label,
    },
    owner: {
      title: 'Owner',
      type: 'string',
      maxLength: 253,
      pattern: PATTERNS.entityRef,
    },
    system: {
      title: 'System',
      type: 'string',
      maxLength: 253,
      pattern: PATTERNS.entityRef,
    },
    description: {
      title: 'Description',
      type: 'string',
      maxLength: 500,
    },
    region: {
      title: 'AWS region',
      type: 'string',
      default: 'us-east-1',
      maxLength: 20,
      pattern: PATTERNS.awsRegion,
    },
    zones: {
      title: 'Availability zones',
      type: 'integer',
      enum: [2, 3],
      default: 3,
    },
    kubernetesVersion: {
      title: 'EKS Kubernetes version',
      type: 'string',
      enum: EKS_KUBERNETES_VERSIONS,
      default: DEFAULT_KUBERNETES_VERSION,
    },
    kafkaVersion: {
      title: 'Kafka version',
      type: 'string',
      enum: SUPPORTED_KAFKA_VERSIONS.map(v => v.version),
      default: DEFAULT_KAFKA_VERSION,
    },
    metadataVersion: {
      title: 'KRaft metadata version',
      type: 'string',
      enum: [...new Set(SUPPORTED_KAFKA_VERSIONS.map(v => v.metadataVersion))],
    },
    controllers: {
      title: 'KRaft controllers',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        replicas: {
          title: 'Controllers',
          type: 'integer',
          enum: [3, 5],
          default: 3,
        },
        instanceType: instanceType('Controller instance type', 'm7i.large'),
        volumeSizeGi: {
          title: 'Metadata volume (GiB, gp3)',
          type: 'integer',
          minimum: 10,
          maximum: 1024,
          default: 20,
        },
      },
    },
    brokers: {
      title: 'Brokers',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        replicas: {
          title: 'Brokers',
          type: 'integer',
          minimum: 1,
          maximum: 60,
          default: 3,
        },
        nodeCapacity: {
          title: 'Broker nodes',
          type: 'integer',
          minimum: 1,
          maximum: 60,
        },
        instanceType: instanceType('Broker instance type', 'm7i.xlarge'),
        storageClass: {
          title: 'EBS volume type',
          type: 'string',
          enum: ['gp3', 'st1'],
          default: 'gp3',
        },
        volumeSizeGi: {
          title: 'Volume size per broker (GiB)',
          type: 'integer',
          minimum: EBS_LIMITS.gp3.minSizeGi,
          maximum: EBS_LIMITS.gp3.maxSizeGi,
          default: 500,
        },
        iops: {
          title: 'gp3 IOPS',
          type: 'integer',
          minimum: EBS_LIMITS.gp3.baselineIops,
          maximum: EBS_LIMITS.gp3.maxIops,
        },
        throughputMiBps: {
          title: 'gp3 throughput (MiB/s)',
          type: 'integer',
          minimum: EBS_LIMITS.gp3.baselineThroughputMiBps,
          maximum: EBS_LIMITS.gp3.maxThroughputMiBps,
        },
        // The sizing assistant's inputs; the rules match validateSizingInputs.
        sizing: {
          title: 'Sizing inputs',
          type: 'object',
          additionalProperties: false,
          required: [
            'peakWriteMBps',
            'readFanout',
            'retentionHours',
            'replicationFactor',
            'headroom',
          ],
          properties: {
            peakWriteMBps: {
              title: 'Peak write throughput (MB/s)',
              type: 'number',
              exclusiveMinimum: 0,
              maximum: 100000,
            },
            readFanout: {
              title: 'Consumer groups reading everything',
              type: 'integer',
              minimum: 1,
              maximum: 1000,
            },
            retentionHours: {
              title: 'Retention (hours)',
              type: 'number',
              exclusiveMinimum: 0,
              maximum: 87600,
            },
            replicationFactor: {
              title: 'Replication factor',
              type: 'integer',
              minimum: 1,
              maximum: 60,
            },
            headroom: {
              title: 'Headroom (fraction)',
              type: 'number',
              minimum: 0,
              maximum: 1,
            },
          },
        },
      },
    },
    topics: {
      title: 'Topics',
      type: 'array',
      maxItems: 1000,
      default: [],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: {
            title: 'Topic name',
            type: 'string',
            minLength: 1,
            maxLength: 249,
            pattern: PATTERNS.kafkaTopicName,
          },
          partitions: {
            title: 'Partitions',
            type: 'integer',
            minimum: 1,
            maximum: 10000,
            default: 6,
          },
          replicationFactor: {
            title: 'Replication factor (default: derived from the brokers)',
            type: 'integer',
            minimum: 1,
            maximum: 60,
          },
          retentionHours: {
            title: 'Retention (hours)',
            type: 'integer',
            minimum: 1,
            maximum: 87600,
            default: 168,
          },
          cleanupPolicy: {
            title: 'Cleanup policy',
            type: 'string',
            enum: ['delete', 'compact'],
            default: 'delete',
          },
        },
      },
    },
    clientAuthentication: {
      title: 'Client authentication',
      description:
        'How applications authenticate on the TLS listener (the only listener)',
      type: 'string',
      enum: ['scram-sha-512', 'tls'],
      default: 'scram-sha-512',
    },
    clients: {
      title: 'Client applications',
      type: 'array',
      maxItems: 200,
      default: [],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'topics'],
        properties: {
          name: {
            title: 'Client name (its KafkaUser)',
            type: 'string',
            minLength: 1,
            maxLength: 63,
            pattern: PATTERNS.dns1123Label,
          },
          component: {
            title: 'Catalog component that connects',
            type: 'string',
            maxLength: 253,
            pattern: PATTERNS.entityRef,
          },
          namespace: {
            title: 'Namespace of the application (default: the client name)',
            type: 'string',
            minLength: 1,
            maxLength: 63,
            pattern: PATTERNS.dns1123Label,
          },
          topics: {
            title: 'Topics it may use',
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'access'],
              properties: {
                name: {
                  title: 'Topic',
                  type: 'string',
                  minLength: 1,
                  maxLength: 249,
                  pattern: PATTERNS.kafkaTopicName,
                },
                access: {
                  title: 'Access',
                  type: 'string',
                  enum: ['read', 'write', 'readwrite'],
                },
              },
            },
          },
          consumerGroups: {
            title: 'Consumer groups (a trailing * is a prefix)',
            type: 'array',
            maxItems: 50,
            default: [],
            items: {
              type: 'string',
              minLength: 1,
              maxLength: 249,
              pattern: PATTERNS.consumerGroup,
            },
          },
        },
      },
    },
    apiAccessCidrs: {
      title: 'Who may reach the EKS API (public endpoint CIDRs)',
      description:
        'Empty: a private-only endpoint, reachable from inside the VPC only',
      type: 'array',
      maxItems: MAX_API_ACCESS_CIDRS,
      default: [],
      items: {
        type: 'string',
        maxLength: 18,
        pattern: PATTERNS.ipv4Cidr,
      },
    },
    portalRoleArn: {
      title: 'IAM role of the Backstage portal (read-only access)',
      type: 'string',
      maxLength: 600,
      pattern: PATTERNS.iamRoleArn,
    },
    ebsKmsKeyArn: {
      title: 'Customer-managed KMS key for EBS (default: the AWS-managed key)',
      type: 'string',
      maxLength: 200,
      pattern: PATTERNS.kmsKeyArn,
    },
    repoUrl: {
      title: 'Repository',
      type: 'string',
      maxLength: 300,
      pattern: PATTERNS.repoUrl,
    },
    gitopsRevision: {
      title: 'Branch Argo CD syncs',
      type: 'string',
      maxLength: 100,
      pattern: PATTERNS.gitRef,
      default: 'main',
    },
  },
} as const;
