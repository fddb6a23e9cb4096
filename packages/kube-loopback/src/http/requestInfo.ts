/** What a request asks for, decoded from method and path like the API server's RequestInfoFactory. */

export type ResourceVerb =
  | 'get'
  | 'list'
  | 'watch'
  | 'create'
  | 'update'
  | 'patch'
  | 'delete'
  | 'deletecollection';

export type RequestInfo =
  | { kind: 'discovery'; parts: string[] }
  | { kind: 'health'; check: string }
  | { kind: 'control'; parts: string[] }
  | {
      kind: 'resource';
      verb: ResourceVerb;
      group: string;
      version: string;
      resource: string;
      subresource?: string;
      namespace?: string;
      name?: string;
    }
  | { kind: 'unknown' };

/** The prefix of the control endpoints, e.g. `/_loopback/faults`. */
export const CONTROL_PREFIX = '_loopback';

// A namespace's own subresources, which look like a resource inside it.
const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);

/** Go's strconv.ParseBool, as the server reads `watch=`. */
export function parseBool(value: string | null): boolean {
  return (
    value !== null && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value)
  );
}

export function parseRequest(method: string, url: URL): RequestInfo {
  const parts = url.pathname
    .split('/')
    .filter(Boolean)
    .map(p => decodeURIComponent(p));
  const [first] = parts;
  if (!first) return { kind: 'unknown' };
  if (first === CONTROL_PREFIX)
    return { kind: 'control', parts: parts.slice(1) };
  if (['healthz', 'livez', 'readyz'].includes(first)) {
    return { kind: 'health', check: parts.join('/') };
  }
  if (first === 'version' || first === 'openapi') {
    return { kind: 'discovery', parts };
  }
  let group: string;
  let version: string;
  let rest: string[];
  if (first === 'api') {
    if (parts.length <= 2) return { kind: 'discovery', parts };
    [group, version, rest] = ['', parts[1], parts.slice(2)];
  } else if (first === 'apis') {
    if (parts.length <= 3) return { kind: 'discovery', parts };
    [group, version, rest] = [parts[1], parts[2], parts.slice(3)];
  } else {
    return { kind: 'unknown' };
  }

  let watchPath = false;
  if (rest[0] === 'watch') {
    watchPath = true;
    rest = rest.slice(1);
  }
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length > 1) {
    namespace = rest[1];
    if (rest.length > 2 && !NAMESPACE_SUBRESOURCES.has(rest[2])) {
      rest = rest.slice(2);
    } else {
      // The namespace object itself: /namespaces/{name}[/status]
      namespace = undefined;
    }
  }
  if (!rest.length || rest.length > 3) return { kind: 'unknown' };
  const [resource, name, subresource] = rest;

  let verb: ResourceVerb;
  switch (method) {
    case 'GET':
    case 'HEAD':
      if (watchPath || parseBool(url.searchParams.get('watch'))) verb = 'watch';
      else verb = name ? 'get' : 'list';
      break;
    case 'POST':
      verb = 'create';
      break;
    case 'PUT':
      verb = 'update';
      break;
    case 'PATCH':
      verb = 'patch';
      break;
    case 'DELETE':
      verb = name ? 'delete' : 'deletecollection';
      break;
    default:
      return { kind: 'unknown' };
  }
  return {
    kind: 'resource',
    verb,
    group,
    version,
    resource,
    ...(subresource ? { subresource } : {}),
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name ? { name } : {}),
  };
}
