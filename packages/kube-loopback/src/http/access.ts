import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { failure, type ApiError } from '../api/status';
import { qualifiedResource, type ResourceType } from '../resources';

/** A (resource, verbs) pair the server answers with 403 Forbidden. */
export interface ForbiddenRule {
  /** `kafkatopics`, `kafkatopics.kafka.strimzi.io`, or a subresource `kafkatopics/status`. */
  resource: string;
  /** Verbs refused (`list`, `watch`, `get`, ...); all verbs when absent. */
  verbs?: readonly string[];
  /** Only in this namespace; everywhere when absent. */
  namespace?: string;
}

export interface AccessOptions {
  token?: string;
  anonymous?: boolean;
  /** The user a valid token authenticates as, in 403 messages. */
  user: string;
  forbidden: readonly ForbiddenRule[];
}

// Paths a real cluster shows to anyone (system:public-info-viewer).
const PUBLIC_PATHS = /^\/(version|healthz|livez|readyz)(\/|$)/;

const UNAUTHORIZED = () => failure(401, 'Unauthorized', 'Unauthorized');

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match?.[1];
}

/**
 * The user a request authenticates as, or a 401 Status. A wrong token is
 * refused even where anonymous requests are allowed, as on a real server.
 */
export function authenticate(
  req: IncomingMessage,
  pathname: string,
  options: AccessOptions,
): { user: string } | ApiError {
  const presented = bearerToken(req);
  if (!options.token)
    return { user: presented ? options.user : 'system:anonymous' };
  if (presented !== undefined) {
    return sameSecret(presented, options.token)
      ? { user: options.user }
      : UNAUTHORIZED();
  }
  if (options.anonymous || PUBLIC_PATHS.test(pathname)) {
    return { user: 'system:anonymous' };
  }
  return UNAUTHORIZED();
}

export function isLoopback(address: string | undefined): boolean {
  return (
    !!address &&
    (address === '::1' ||
      address.startsWith('127.') ||
      address.startsWith('::ffff:127.'))
  );
}

/** 403 with the message RBAC gives, when a rule forbids this request. */
export function authorize(
  rules: readonly ForbiddenRule[],
  user: string,
  request: {
    verb: string;
    type: ResourceType;
    subresource?: string;
    namespace?: string;
    name?: string;
  },
): ApiError | undefined {
  const { verb, type, subresource, namespace, name } = request;
  const resource = subresource
    ? `${type.resource}/${subresource}`
    : type.resource;
  const denied = rules.some(rule => {
    const [ruleResource, ruleSub] = rule.resource.split('/');
    const sameResource =
      ruleResource === type.resource ||
      ruleResource === qualifiedResource(type);
    return (
      sameResource &&
      (ruleSub ?? '') === (subresource ?? '') &&
      (!rule.verbs || rule.verbs.includes(verb)) &&
      (!rule.namespace || rule.namespace === namespace)
    );
  });
  if (!denied) return undefined;
  const subject = name
    ? `${qualifiedResource(type)} "${name}"`
    : qualifiedResource(type);
  const scope = namespace
    ? `in the namespace "${namespace}"`
    : 'at the cluster scope';
  return failure(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "${type.group}" ${scope}`,
    {
      ...(name ? { name } : {}),
      ...(type.group ? { group: type.group } : {}),
      kind: type.resource,
    },
  );
}
