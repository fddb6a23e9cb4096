import { createHash } from 'node:crypto';
import type { ResourceRegistry, ResourceType } from '../resources';
import { SERVER_VERSION } from './discovery';

/**
 * A minimal OpenAPI v3 (`/openapi/v3`): the operations of each resource with
 * their query parameters and `x-kubernetes-group-version-kind`, no schemas.
 * kubectl reads it to learn that the server validates fields itself
 * (`fieldValidation`), so `kubectl apply` works without `--validate=false`.
 */

function groupVersionPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

const queryParam = (name: string) => ({
  name,
  in: 'query',
  schema: { type: 'string', uniqueItems: true },
});

const WRITE_PARAMS = ['dryRun', 'fieldManager', 'fieldValidation'].map(
  queryParam,
);

function operation(type: ResourceType, action: string, contentTypes: string[]) {
  return {
    operationId: `${action}${type.kind}`,
    parameters: [
      ...WRITE_PARAMS,
      ...(action === 'patch' ? [queryParam('force')] : []),
    ],
    requestBody: {
      content: Object.fromEntries(
        contentTypes.map(t => [t, { schema: { type: 'object' } }]),
      ),
      required: true,
    },
    responses: { '200': { description: 'OK' } },
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': {
      group: type.group,
      version: type.version,
      kind: type.kind,
    },
  };
}

function pathsOf(type: ResourceType): Record<string, object> {
  const prefix = `/${groupVersionPath(type.group, type.version)}${
    type.namespaced ? '/namespaces/{namespace}' : ''
  }/${type.resource}`;
  // Strategic merge patch is left out on purpose: kubectl would then look for
  // schemas here; without it, it uses its compiled-in types or a merge patch.
  const patchTypes = [
    'application/json-patch+json',
    'application/merge-patch+json',
    'application/apply-patch+yaml',
  ];
  const item = {
    put: operation(type, 'put', ['application/json']),
    patch: operation(type, 'patch', patchTypes),
  };
  return {
    [prefix]: { post: operation(type, 'post', ['application/json']) },
    [`${prefix}/{name}`]: item,
    ...(type.hasStatus ? { [`${prefix}/{name}/status`]: item } : {}),
  };
}

export function openApiDocument(
  registry: ResourceRegistry,
  group: string,
  version: string,
): object | undefined {
  const types = registry.inGroupVersion(group, version);
  if (!types.length) return undefined;
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: SERVER_VERSION.gitVersion },
    paths: Object.assign({}, ...types.map(pathsOf)),
    components: { schemas: {} },
  };
}

function hashOf(doc: object): string {
  return createHash('sha512')
    .update(JSON.stringify(doc))
    .digest('hex')
    .slice(0, 128)
    .toUpperCase();
}

/** GET /openapi/v3: where each group version's document is. */
export function openApiIndex(registry: ResourceRegistry): object {
  const groupVersions = [
    { group: '', version: 'v1' },
    ...registry.groups().map(g => ({ group: g.name, version: g.version })),
  ];
  return {
    paths: Object.fromEntries(
      groupVersions.map(({ group, version }) => {
        const path = groupVersionPath(group, version);
        const doc = openApiDocument(registry, group, version)!;
        return [
          path,
          { serverRelativeURL: `/openapi/v3/${path}?hash=${hashOf(doc)}` },
        ];
      }),
    ),
  };
}

/** The document for /openapi/v3/<parts...>, or undefined (404). */
export function openApiFor(
  registry: ResourceRegistry,
  parts: string[],
): object | undefined {
  const [, v, first, second, third] = parts;
  if (v !== 'v3') return undefined;
  if (!first) return openApiIndex(registry);
  if (first === 'api' && second && !third)
    return openApiDocument(registry, '', second);
  if (first === 'apis' && second && third)
    return openApiDocument(registry, second, third);
  return undefined;
}

/** What kube-openapi answers protobuf requests with (clients ask with `@v1.0`, which is no valid media type). */
export const OPENAPI_V2_PROTOBUF =
  'application/com.github.proto-openapi.spec.v2.v1.0+protobuf';

function varint(n: number): number[] {
  const bytes: number[] = [];
  let rest = n;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return bytes;
}

/** A length-delimited protobuf field. */
function field(number: number, payload: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from([(number << 3) | 2, ...varint(payload.length)]),
    payload,
  ]);
}

/**
 * An OpenAPI v2 document with no paths or definitions, as gnostic's
 * `openapi.v2.Document` protobuf (swagger = 1, info = 2, paths = 8,
 * definitions = 9) or JSON. Older kubectl (1.20, Debian's) needs it to apply;
 * finding no schema for a kind, it leaves validation to the server.
 */
export function openApiV2(format: 'protobuf' | 'json'): Buffer {
  if (format === 'json') {
    return Buffer.from(
      JSON.stringify({
        swagger: '2.0',
        info: { title: 'Kubernetes', version: SERVER_VERSION.gitVersion },
        paths: {},
        definitions: {},
      }),
    );
  }
  const info = Buffer.concat([
    field(1, Buffer.from('Kubernetes')),
    field(2, Buffer.from(SERVER_VERSION.gitVersion)),
  ]);
  return Buffer.concat([
    field(1, Buffer.from('2.0')),
    field(2, info),
    field(8, Buffer.alloc(0)),
    field(9, Buffer.alloc(0)),
  ]);
}
