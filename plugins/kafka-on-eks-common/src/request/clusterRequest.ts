/**
 * The request for a new Kafka on EKS cluster: the template's parameters and
 * the scaffolder action's input. The field names are a public contract.
 *
 * @public
 */
export interface KafkaClusterRequest {
  /** DNS-1035 label: names the EKS cluster, the Kafka and the entity. */
  name: string;
  /** Entity ref of the owning group or user, e.g. `group:default/team-a`. */
  owner: string;
  /** Optional entity ref of the System the cluster belongs to. */
  system?: string;
  description?: string;
}

/**
 * One rule a request broke, with the field path it concerns.
 *
 * @public
 */
export interface RequestProblem {
  /** Dotted path of the field, e.g. `brokers.volumeSizeGi`. */
  path: string;
  /** The rule, in words a form can show next to the field. */
  message: string;
}

/**
 * @public
 */
export type RequestValidation =
  | { ok: true; request: KafkaClusterRequest }
  | { ok: false; problems: RequestProblem[] };

// DNS-1035: lower-case alphanumerics and '-', starting with a letter and
// ending with an alphanumeric. The name becomes an EKS cluster name, a
// Kubernetes object name and a Terraform string, so nothing else may pass.
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
// `[kind:][namespace/]name` with the catalog's own character sets.
const ENTITY_REF =
  /^(?:[a-zA-Z][a-zA-Z0-9-]*:)?(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/;
const NAME_MIN = 3;
const NAME_MAX = 40;
const DESCRIPTION_MAX = 500;

/**
 * The one validator of a cluster request. Every problem names its field and
 * rule; a valid request comes back typed and trimmed of unknown fields.
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
  const raw = input as Record<string, unknown>;
  const problems: RequestProblem[] = [];

  const name = requiredString(raw, 'name', problems);
  if (name !== undefined) {
    if (name.length < NAME_MIN || name.length > NAME_MAX) {
      problems.push({
        path: 'name',
        message: `must be ${NAME_MIN} to ${NAME_MAX} characters long`,
      });
    } else if (!DNS_1035_LABEL.test(name)) {
      problems.push({
        path: 'name',
        message:
          'must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit',
      });
    }
  }

  const owner = requiredString(raw, 'owner', problems);
  if (owner !== undefined && !ENTITY_REF.test(owner)) {
    problems.push({
      path: 'owner',
      message: 'must be an entity reference such as group:default/team-a',
    });
  }

  const system = optionalString(raw, 'system', problems);
  if (system !== undefined && !ENTITY_REF.test(system)) {
    problems.push({
      path: 'system',
      message: 'must be an entity reference such as system:default/payments',
    });
  }

  const description = optionalString(raw, 'description', problems);
  if (description !== undefined && description.length > DESCRIPTION_MAX) {
    problems.push({
      path: 'description',
      message: `must be at most ${DESCRIPTION_MAX} characters long`,
    });
  }

  if (problems.length > 0) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    request: {
      name: name!,
      owner: owner!,
      ...(system !== undefined && { system }),
      ...(description !== undefined && { description }),
    },
  };
}

/**
 * Formats problems as one line per field, for error messages.
 *
 * @public
 */
export function formatRequestProblems(problems: RequestProblem[]): string {
  return problems
    .map(p => (p.path ? `${p.path}: ${p.message}` : p.message))
    .join('; ');
}

function requiredString(
  raw: Record<string, unknown>,
  path: string,
  problems: RequestProblem[],
): string | undefined {
  const value = raw[path];
  if (value === undefined || value === null || value === '') {
    problems.push({ path, message: 'is required' });
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push({ path, message: 'must be a string' });
    return undefined;
  }
  return value;
}

function optionalString(
  raw: Record<string, unknown>,
  path: string,
  problems: RequestProblem[],
): string | undefined {
  const value = raw[path];
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push({ path, message: 'must be a string' });
    return undefined;
  }
  return value;
}
