import {
  clusterRequestSchema,
  formatRequestProblems,
  validateClusterRequest,
  type KafkaClusterRequest,
  type RequestProblem,
  type RequestWarning,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { isMap, parseDocument, stringify } from 'yaml';
import type { RenderedFile } from './types';

/**
 * The request a repository was generated from, at its root.
 *
 * @public
 */
export const REQUEST_FILE = 'kafka-on-eks.yaml';

/**
 * Bumped when the file's shape changes, so a reader knows what it holds.
 * Version 2 added `rendererVersion`; a version 1 file was rendered by
 * renderer 1.
 */
export const REQUEST_FILE_SCHEMA_VERSION = 2;

/**
 * Bumped whenever `renderRepository` renders a different file for the same
 * request. A day-2 change re-renders only with the renderer its repository
 * was made by; a repository of an older renderer is regenerated first, in a
 * change of its own.
 *
 * @public
 */
export const RENDERER_VERSION = 2;

const HEADER = [
  '# The request this repository was generated from: the one source of truth.',
  '# terraform/, kubernetes/ and the docs are rendered from it; a day-2 change',
  '# edits this file and re-renders the rest. generatedOn is the day the EKS',
  '# version was checked to be in standard support.',
  '',
].join('\n');

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

// Keys in the schema's order, whatever order the request was built in: a
// change that sets one field moves no other line of the file.
function inSchemaOrder(
  value: unknown,
  schema: SchemaNode | undefined,
): unknown {
  if (Array.isArray(value))
    return value.map(v => inSchemaOrder(v, schema?.items));
  if (!value || typeof value !== 'object' || !schema?.properties) return value;
  const record = value as Record<string, unknown>;
  const known = Object.keys(schema.properties).filter(k => k in record);
  const rest = Object.keys(record)
    .filter(k => !(k in schema.properties!))
    .sort();
  return Object.fromEntries(
    [...known, ...rest].map(k => [
      k,
      inSchemaOrder(record[k], schema.properties![k]),
    ]),
  );
}

/** `kafka-on-eks.yaml`: schema version, generation day and the validated request, serialized. */
export function renderRequestFile(request: KafkaClusterRequest): RenderedFile {
  const { generatedOn, ...rest } = inSchemaOrder(
    request,
    clusterRequestSchema as SchemaNode,
  ) as KafkaClusterRequest;
  const content = stringify(
    {
      schemaVersion: REQUEST_FILE_SCHEMA_VERSION,
      rendererVersion: RENDERER_VERSION,
      generatedOn,
      request: rest,
    },
    { lineWidth: 0 },
  );
  return { path: REQUEST_FILE, content: `${HEADER}${content}` };
}

/**
 * What {@link readRequestFile} found: the request, or the problems that make it
 * unreadable.
 *
 * @public
 */
export type RequestFileResult =
  | {
      ok: true;
      request: KafkaClusterRequest;
      warnings: RequestWarning[];
      /** The renderer that made the repository's other files. */
      rendererVersion: number;
    }
  | { ok: false; problems: RequestProblem[] };

/**
 * Reads a `kafka-on-eks.yaml` back into a validated request, checked
 * against its own generation day, so re-rendering it gives the same files.
 * Problems name the file's fields.
 *
 * @public
 */
export function readRequestFile(text: string): RequestFileResult {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `${REQUEST_FILE} is not valid YAML: ${
            document.errors[0].message.split('\n')[0]
          }`,
        },
      ],
    };
  }
  if (!isMap(document.contents)) {
    return {
      ok: false,
      problems: [{ path: '', message: `${REQUEST_FILE} must hold a mapping` }],
    };
  }
  const file = document.toJS() as Record<string, unknown>;
  const schemaVersion = file.schemaVersion;
  if (
    typeof schemaVersion !== 'number' ||
    !Number.isInteger(schemaVersion) ||
    schemaVersion < 1 ||
    schemaVersion > REQUEST_FILE_SCHEMA_VERSION
  ) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message:
            typeof schemaVersion === 'number' &&
            schemaVersion > REQUEST_FILE_SCHEMA_VERSION
              ? `is ${schemaVersion}, newer than this generator reads (up to ${REQUEST_FILE_SCHEMA_VERSION}): upgrade @kafka-on-eks/plugin-scaffolder-backend-module-kafka-on-eks`
              : `must be a schema version from 1 to ${REQUEST_FILE_SCHEMA_VERSION}`,
        },
      ],
    };
  }
  const rendererVersion = schemaVersion === 1 ? 1 : file.rendererVersion;
  if (
    typeof rendererVersion !== 'number' ||
    !Number.isInteger(rendererVersion) ||
    rendererVersion < 1
  ) {
    return {
      ok: false,
      problems: [
        { path: 'rendererVersion', message: 'must be a whole number from 1' },
      ],
    };
  }
  const generatedOn = file.generatedOn;
  if (
    typeof generatedOn !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(generatedOn)
  ) {
    return {
      ok: false,
      problems: [{ path: 'generatedOn', message: 'must be a YYYY-MM-DD date' }],
    };
  }
  const result = validateClusterRequest(file.request, { today: generatedOn });
  if (!result.ok) {
    return {
      ok: false,
      problems: result.problems.map(p => ({
        path: p.path ? `request.${p.path}` : 'request',
        message: p.message,
      })),
    };
  }
  return { ...result, rendererVersion };
}

/** The problems of a request file as one line, for errors. */
export function formatRequestFileProblems(problems: RequestProblem[]): string {
  return `${REQUEST_FILE}: ${formatRequestProblems(problems)}`;
}
