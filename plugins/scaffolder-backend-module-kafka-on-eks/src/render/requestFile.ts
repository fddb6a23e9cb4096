import {
  clusterRequestSchema,
  REQUEST_FILE,
  REQUEST_FILE_SCHEMA_VERSION,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { stringify } from 'yaml';
import type { RenderedFile } from './types';

// The file's name, schema and reader live in -common, so the backend reads
// a repository's request without depending on this module.
export {
  formatRequestFileProblems,
  readRequestFile,
  REQUEST_FILE,
  REQUEST_FILE_SCHEMA_VERSION,
  type RequestFileResult,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * Bumped whenever `renderRepository` renders a different file for the same
 * request. A day-2 change re-renders only with the renderer its repository
 * was made by; a repository of an older renderer is regenerated first, in a
 * change of its own.
 *
 * @public
 */
export const RENDERER_VERSION = 3;

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
