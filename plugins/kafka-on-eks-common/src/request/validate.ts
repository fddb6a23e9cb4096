import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { EBS_LIMITS } from './ebsLimits';
import {
  daysBetween,
  eksVersionSupport,
  isIsoDay,
  versionsInStandardSupport,
} from './eksVersions';
import {
  compareDottedVersions,
  compareMetadataVersions,
  metadataVersionOf,
} from './kafkaVersions';
import { replicationFor } from './replication';
import { requestWarnings } from './warnings';
import { clusterRequestSchema, PATTERN_RULES } from './schema';
import type {
  KafkaClusterRequest,
  RequestContext,
  RequestProblem,
  RequestValidation,
} from './types';

/** Namespaces of the generated platform itself: no client's credentials go there. */
const RESERVED_NAMESPACES = [
  'kafka',
  'strimzi',
  'argocd',
  'external-secrets',
  'cert-manager',
  'monitoring',
  'kube-system',
  'kube-public',
  'kube-node-lease',
];

/** What follows `<cluster>-` in the names of Strimzi's own Secrets (node pools here are broker and controller). */
const STRIMZI_SECRET_PARTS = [
  'cluster',
  'clients',
  'kafka',
  'entity',
  'cruise-control',
  'broker',
  'controller',
];

/** Narrower than this and a "who may reach the API" list is the whole internet in pieces. */
const WIDEST_API_ACCESS_PREFIX = 8;

// VolumeAttributesClass is GA (storage.k8s.io/v1) from Kubernetes 1.34.
const VOLUME_ATTRIBUTES_CLASS_MIN_K8S = '1.34';

let compiled: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true });
    compiled = ajv.compile(clusterRequestSchema);
  }
  return compiled;
}

/**
 * The one validator of a cluster request: the JSON Schema (shared with the
 * template's form), then the rules that span several fields. Every problem
 * names its field path and the rule; a valid request comes back with the
 * defaults applied. The input is never modified.
 *
 * @public
 */
export function validateClusterRequest(
  input: unknown,
  context: RequestContext,
): RequestValidation {
  return validateRequest(input, context, { supportGate: true });
}

/**
 * The validator behind {@link validateClusterRequest}. A change to an
 * existing cluster skips the create-time support gate: a cluster whose
 * Kubernetes version has left standard support still takes every change.
 */
export function validateRequest(
  input: unknown,
  context: RequestContext,
  options: { supportGate: boolean },
): RequestValidation {
  if (!isIsoDay(context.today)) {
    throw new Error(
      `validateClusterRequest needs today as YYYY-MM-DD, got ${context.today}`,
    );
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ path: '', message: 'the request must be an object' }],
    };
  }
  const candidate = withoutEmptyOptionals(
    structuredClone(input) as Record<string, unknown>,
  );
  const validate = schemaValidator();
  if (!validate(candidate)) {
    return {
      ok: false,
      problems: dedupe((validate.errors ?? []).map(toProblem)),
    };
  }
  const request = candidate as unknown as KafkaClusterRequest;
  const problems = [
    ...crossFieldProblems(request),
    ...clientProblems(request),
    ...apiAccessProblems(request),
    ...(options.supportGate ? supportProblems(request, context.today) : []),
  ];
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const { replicationFactor } = replicationFor(request.brokers.replicas);
  request.topics = request.topics.map(topic => ({
    ...topic,
    replicationFactor: topic.replicationFactor ?? replicationFactor,
  }));
  request.clients = request.clients.map(client => ({
    ...client,
    namespace: client.namespace ?? client.name,
  }));
  request.generatedOn = context.today;
  return { ok: true, request, warnings: requestWarnings(request) };
}

/**
 * Formats problems as `path: rule` joined by "; ", for error messages.
 *
 * @public
 */
export function formatRequestProblems(problems: RequestProblem[]): string {
  return problems
    .map(p => (p.path ? `${p.path}: ${p.message}` : p.message))
    .join('; ');
}

// The scaffolder passes optional fields a user left blank as '' or null.
function withoutEmptyOptionals(raw: Record<string, unknown>) {
  // Set by the validator from its context, never taken from the input.
  delete raw.generatedOn;
  for (const key of [
    'system',
    'description',
    'repoUrl',
    'portalRoleArn',
    'ebsKmsKeyArn',
    'metadataVersion',
  ]) {
    if (raw[key] === '' || raw[key] === null) delete raw[key];
  }
  if (Array.isArray(raw.clients)) {
    for (const client of raw.clients) {
      if (client && typeof client === 'object') {
        const record = client as Record<string, unknown>;
        for (const key of ['component', 'namespace']) {
          if (record[key] === '' || record[key] === null) delete record[key];
        }
      }
    }
  }
  for (const pool of ['brokers']) {
    const value = raw[pool];
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of ['iops', 'throughputMiBps', 'nodeCapacity']) {
        if (record[key] === null || record[key] === '') delete record[key];
      }
      if (isEmptySizing(record.sizing)) delete record.sizing;
    }
  }
  return raw;
}

// No sizing inputs: the brokers were sized by hand.
function isEmptySizing(sizing: unknown): boolean {
  return (
    sizing === null ||
    sizing === '' ||
    (typeof sizing === 'object' &&
      !Array.isArray(sizing) &&
      Object.keys(sizing).length === 0)
  );
}

function fieldPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => {
      if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
      return path ? `${path}.${segment}` : segment;
    }, '');
}

function join(path: string, child: string) {
  return path ? `${path}.${child}` : child;
}

function toProblem(error: ErrorObject): RequestProblem {
  const path = fieldPath(error.instancePath);
  const params = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'required':
      return {
        path: join(path, params.missingProperty),
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        path: join(path, params.additionalProperty),
        message: 'is not a known field',
      };
    case 'type':
      return {
        path,
        message:
          params.type === 'integer'
            ? 'must be a whole number'
            : `must be a ${params.type}`,
      };
    case 'enum':
      return {
        path,
        message: `must be one of: ${params.allowedValues.join(', ')}`,
      };
    case 'minimum':
      return { path, message: `must be at least ${params.limit}` };
    case 'exclusiveMinimum':
      return { path, message: `must be greater than ${params.limit}` };
    case 'maximum':
      return { path, message: `must be at most ${params.limit}` };
    case 'minLength':
      return {
        path,
        message: `must be at least ${params.limit} characters long`,
      };
    case 'maxLength':
      return {
        path,
        message: `must be at most ${params.limit} characters long`,
      };
    case 'maxItems':
      return { path, message: `must have at most ${params.limit} items` };
    case 'minItems':
      return { path, message: `must have at least ${params.limit} item(s)` };
    case 'pattern':
      return {
        path,
        message:
          PATTERN_RULES[params.pattern] ?? `must match ${params.pattern}`,
      };
    default:
      return { path, message: error.message ?? 'is invalid' };
  }
}

function dedupe(problems: RequestProblem[]): RequestProblem[] {
  const seen = new Set<string>();
  return problems.filter(p => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function crossFieldProblems(request: KafkaClusterRequest): RequestProblem[] {
  const problems: RequestProblem[] = [];
  const { brokers } = request;

  if (/\.\.|\/\/|\/$|\.$|\.lock$|\/\./.test(request.gitopsRevision)) {
    problems.push({
      path: 'gitopsRevision',
      message:
        'is not a valid git branch or tag name (no "..", "//", "/.", and no trailing "/", "." or ".lock")',
    });
  }

  if (brokers.storageClass === 'st1') {
    if (brokers.volumeSizeGi < EBS_LIMITS.st1.minSizeGi) {
      problems.push({
        path: 'brokers.volumeSizeGi',
        message: `st1 volumes must be at least ${EBS_LIMITS.st1.minSizeGi} GiB`,
      });
    }
    if (brokers.volumeSizeGi > EBS_LIMITS.st1.maxSizeGi) {
      problems.push({
        path: 'brokers.volumeSizeGi',
        message: `st1 volumes must be at most ${EBS_LIMITS.st1.maxSizeGi} GiB`,
      });
    }
    for (const key of ['iops', 'throughputMiBps'] as const) {
      if (brokers[key] !== undefined) {
        problems.push({
          path: `brokers.${key}`,
          message:
            'can only be set for gp3 volumes (st1 has fixed performance)',
        });
      }
    }
  } else {
    const iops = brokers.iops ?? EBS_LIMITS.gp3.baselineIops;
    if (
      brokers.iops !== undefined &&
      brokers.iops > brokers.volumeSizeGi * EBS_LIMITS.gp3.maxIopsPerGi
    ) {
      problems.push({
        path: 'brokers.iops',
        message: `gp3 allows at most ${
          EBS_LIMITS.gp3.maxIopsPerGi
        } IOPS per GiB: ${brokers.volumeSizeGi} GiB takes at most ${
          brokers.volumeSizeGi * EBS_LIMITS.gp3.maxIopsPerGi
        }`,
      });
    }
    if (
      brokers.throughputMiBps !== undefined &&
      brokers.throughputMiBps > iops * EBS_LIMITS.gp3.maxThroughputPerIops
    ) {
      problems.push({
        path: 'brokers.throughputMiBps',
        message: `gp3 allows at most ${
          EBS_LIMITS.gp3.maxThroughputPerIops
        } MiB/s per IOPS: ${iops} IOPS take at most ${
          iops * EBS_LIMITS.gp3.maxThroughputPerIops
        } MiB/s`,
      });
    }
    if (
      (brokers.iops !== undefined || brokers.throughputMiBps !== undefined) &&
      compareDottedVersions(
        request.kubernetesVersion,
        VOLUME_ATTRIBUTES_CLASS_MIN_K8S,
      ) < 0
    ) {
      problems.push({
        path:
          brokers.iops !== undefined
            ? 'brokers.iops'
            : 'brokers.throughputMiBps',
        message: `needs kubernetesVersion ${VOLUME_ATTRIBUTES_CLASS_MIN_K8S} or newer (provisioned gp3 performance is set through a VolumeAttributesClass)`,
      });
    }
  }

  if (
    brokers.nodeCapacity !== undefined &&
    brokers.nodeCapacity < brokers.replicas
  ) {
    problems.push({
      path: 'brokers.nodeCapacity',
      message: `must be at least brokers.replicas (${brokers.replicas}): every broker needs a node`,
    });
  }
  if (
    request.metadataVersion !== undefined &&
    compareMetadataVersions(
      request.metadataVersion,
      metadataVersionOf(request.kafkaVersion),
    ) > 0
  ) {
    problems.push({
      path: 'metadataVersion',
      message: `Kafka ${
        request.kafkaVersion
      } runs metadata versions up to ${metadataVersionOf(
        request.kafkaVersion,
      )}`,
    });
  }

  const seenNames = new Map<string, number>();
  const seenMetricNames = new Map<string, number>();
  request.topics.forEach((topic, index) => {
    const path = `topics[${index}]`;
    if (topic.name === '.' || topic.name === '..') {
      problems.push({ path: `${path}.name`, message: 'cannot be "." or ".."' });
    }
    if (topic.name.startsWith('__')) {
      problems.push({
        path: `${path}.name`,
        message:
          'names starting with "__" are reserved for Kafka\'s internal topics',
      });
    }
    const first = seenNames.get(topic.name);
    if (first !== undefined) {
      problems.push({
        path: `${path}.name`,
        message: `repeats topics[${first}].name`,
      });
    } else {
      seenNames.set(topic.name, index);
      // Kafka's metrics replace "." with "_": such names would collide.
      const metricName = topic.name.replace(/\./g, '_');
      const clash = seenMetricNames.get(metricName);
      if (clash !== undefined) {
        problems.push({
          path: `${path}.name`,
          message: `collides with topics[${clash}].name once "." and "_" are treated alike (Kafka metric names)`,
        });
      } else {
        seenMetricNames.set(metricName, index);
      }
    }
    if (
      topic.replicationFactor !== undefined &&
      topic.replicationFactor > brokers.replicas
    ) {
      problems.push({
        path: `${path}.replicationFactor`,
        message: `must be at most the broker count (${brokers.replicas})`,
      });
    }
  });

  return problems;
}

function clientProblems(request: KafkaClusterRequest): RequestProblem[] {
  const problems: RequestProblem[] = [];
  const topicNames = new Set(request.topics.map(t => t.name));
  const seen = new Map<string, number>();
  request.clients.forEach((client, index) => {
    const path = `clients[${index}]`;
    const first = seen.get(client.name);
    if (first !== undefined) {
      problems.push({
        path: `${path}.name`,
        message: `repeats clients[${first}].name`,
      });
    } else {
      seen.set(client.name, index);
    }
    // Strimzi names its own Secrets (CA keys, broker and operator keys)
    // `<cluster>-<part>-...`, and a client's credentials are copied by its
    // name: such a name could hand an application the cluster CA's key.
    const reserved = STRIMZI_SECRET_PARTS.find(part =>
      client.name.startsWith(`${request.name}-${part}-`),
    );
    if (reserved) {
      problems.push({
        path: `${path}.name`,
        message: `cannot start with "${request.name}-${reserved}-": Strimzi's own Secrets of this cluster are named so`,
      });
    }
    const namespace = client.namespace ?? client.name;
    if (RESERVED_NAMESPACES.includes(namespace)) {
      problems.push({
        path: client.namespace ? `${path}.namespace` : `${path}.name`,
        message: `the application namespace cannot be ${namespace}: it is reserved for the platform (${RESERVED_NAMESPACES.join(
          ', ',
        )}); set clients[${index}].namespace to the application's own`,
      });
    }
    const seenTopics = new Map<string, number>();
    client.topics.forEach((topic, topicIndex) => {
      const topicPath = `${path}.topics[${topicIndex}].name`;
      if (!topicNames.has(topic.name)) {
        problems.push({
          path: topicPath,
          message: `names topic "${topic.name}", which this request does not define (add it to topics first)`,
        });
      }
      const again = seenTopics.get(topic.name);
      if (again !== undefined) {
        problems.push({
          path: topicPath,
          message: `repeats ${path}.topics[${again}].name: give one entry per topic (readwrite for both)`,
        });
      } else {
        seenTopics.set(topic.name, topicIndex);
      }
    });
    const groups = new Set<string>();
    client.consumerGroups.forEach((group, groupIndex) => {
      if (groups.has(group)) {
        problems.push({
          path: `${path}.consumerGroups[${groupIndex}]`,
          message: 'repeats an earlier consumer group',
        });
      }
      groups.add(group);
    });
  });
  return problems;
}

function apiAccessProblems(request: KafkaClusterRequest): RequestProblem[] {
  const problems: RequestProblem[] = [];
  const seen = new Set<string>();
  request.apiAccessCidrs.forEach((cidr, index) => {
    const path = `apiAccessCidrs[${index}]`;
    const [address, prefixText] = cidr.split('/');
    const prefix = Number(prefixText);
    if (prefix === 0) {
      problems.push({
        path,
        message:
          'cannot be 0.0.0.0/0: that opens the EKS API to the whole internet; list your networks, or leave apiAccessCidrs empty for a private endpoint',
      });
      return;
    }
    if (prefix < WIDEST_API_ACCESS_PREFIX) {
      problems.push({
        path,
        message: `must be /${WIDEST_API_ACCESS_PREFIX} or narrower: /${prefix} opens the EKS API to a large part of the internet`,
      });
      return;
    }
    const bits = address
      .split('.')
      .reduce((value, octet) => value * 256 + Number(octet), 0);
    const hostBits = 2 ** (32 - prefix);
    if (bits % hostBits !== 0) {
      const network = bits - (bits % hostBits);
      const octets = [24, 16, 8, 0].map(
        shift => Math.floor(network / 2 ** shift) % 256,
      );
      problems.push({
        path,
        message: `has host bits set: the network is ${octets.join(
          '.',
        )}/${prefix}`,
      });
    }
    if (seen.has(cidr)) {
      problems.push({ path, message: 'repeats an earlier entry' });
    }
    seen.add(cidr);
  });
  if (request.ebsKmsKeyArn) {
    const keyRegion = request.ebsKmsKeyArn.split(':')[3];
    if (keyRegion !== request.region) {
      problems.push({
        path: 'ebsKmsKeyArn',
        message: `the key is in ${keyRegion}, but EBS volumes of a cluster in ${request.region} need a key of that region`,
      });
    }
  }
  return problems;
}

/**
 * The create-time gate: a new cluster starts on a version in standard
 * support, so it does not pay for extended support from day one.
 */
function supportProblems(
  request: KafkaClusterRequest,
  today: string,
): RequestProblem[] {
  const support = eksVersionSupport(request.kubernetesVersion);
  if (!support) return [];
  if (daysBetween(today, support.endOfStandardSupport) > 0) return [];
  const offered = versionsInStandardSupport(today);
  return [
    {
      path: 'kubernetesVersion',
      message: `${support.version} left EKS standard support on ${
        support.endOfStandardSupport
      } (extended support costs extra); a new cluster needs one of: ${
        offered.length > 0 ? offered.join(', ') : 'none left in the table'
      }`,
    },
  ];
}
