import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { EBS_LIMITS } from './ebsLimits';
import { replicationFor } from './replication';
import { clusterRequestSchema, PATTERN_RULES } from './schema';
import type {
  KafkaClusterRequest,
  RequestProblem,
  RequestValidation,
} from './types';

// VolumeAttributesClass is GA (storage.k8s.io/v1) from Kubernetes 1.34.
const VOLUME_ATTRIBUTES_CLASS_MIN_K8S = [1, 34];

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
export function validateClusterRequest(input: unknown): RequestValidation {
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
  const problems = crossFieldProblems(request);
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const { replicationFactor } = replicationFor(request.brokers.replicas);
  request.topics = request.topics.map(topic => ({
    ...topic,
    replicationFactor: topic.replicationFactor ?? replicationFactor,
  }));
  return { ok: true, request };
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
  for (const key of ['system', 'description', 'repoUrl']) {
    if (raw[key] === '' || raw[key] === null) delete raw[key];
  }
  for (const pool of ['brokers']) {
    const value = raw[pool];
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of ['iops', 'throughputMiBps']) {
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
      compareVersions(
        request.kubernetesVersion,
        VOLUME_ATTRIBUTES_CLASS_MIN_K8S,
      ) < 0
    ) {
      problems.push({
        path:
          brokers.iops !== undefined
            ? 'brokers.iops'
            : 'brokers.throughputMiBps',
        message: `needs kubernetesVersion ${VOLUME_ATTRIBUTES_CLASS_MIN_K8S.join(
          '.',
        )} or newer (provisioned gp3 performance is set through a VolumeAttributesClass)`,
      });
    }
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

function compareVersions(version: string, minimum: number[]): number {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < minimum.length; i++) {
    const diff = (parts[i] ?? 0) - minimum[i];
    if (diff !== 0) return diff;
  }
  return 0;
}
