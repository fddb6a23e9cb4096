import {
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

/** Bumped when the file's shape changes, so a reader knows what it holds. */
export const REQUEST_FILE_SCHEMA_VERSION = 1;

const HEADER = [
  '# The request this repository was generated from: the one source of truth.',
  '# terraform/, kubernetes/ and the docs are rendered from it; a day-2 change',
  '# edits this file and re-renders the rest. generatedOn is the day the EKS',
  '# version was checked to be in standard support.',
  '',
].join('\n');

/** `kafka-on-eks.yaml`: schema version, generation day and the validated request, serialized. */
export function renderRequestFile(request: KafkaClusterRequest): RenderedFile {
  const { generatedOn, ...rest } = request;
  const content = stringify(
    {
      schemaVersion: REQUEST_FILE_SCHEMA_VERSION,
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
  | { ok: true; request: KafkaClusterRequest; warnings: RequestWarning[] }
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
  if (file.schemaVersion !== REQUEST_FILE_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: `must be ${REQUEST_FILE_SCHEMA_VERSION} (this version of the generator reads schema ${REQUEST_FILE_SCHEMA_VERSION})`,
        },
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
  return result;
}

/** The problems of a request file as one line, for errors. */
export function formatRequestFileProblems(problems: RequestProblem[]): string {
  return `${REQUEST_FILE}: ${formatRequestProblems(problems)}`;
}
