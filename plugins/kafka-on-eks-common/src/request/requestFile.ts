import { isMap, parseDocument } from 'yaml';
import type {
  KafkaClusterRequest,
  RequestProblem,
  RequestWarning,
} from './types';
import { formatRequestProblems, validateClusterRequest } from './validate';

/**
 * The request a generated repository was made from, at its root.
 *
 * @public
 */
export const REQUEST_FILE = 'kafka-on-eks.yaml';

/**
 * Bumped when the file's shape changes, so a reader knows what it holds.
 * Version 2 added `rendererVersion`; a version 1 file was rendered by
 * renderer 1.
 *
 * @public
 */
export const REQUEST_FILE_SCHEMA_VERSION = 2;

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

function refused(path: string, message: string): RequestFileResult {
  return { ok: false, problems: [{ path, message }] };
}

function isWholeNumberFrom1(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

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
    return refused(
      '',
      `not valid YAML: ${document.errors[0].message.split('\n')[0]}`,
    );
  }
  if (!isMap(document.contents)) {
    return refused('', `${REQUEST_FILE} must hold a mapping`);
  }
  const file = document.toJS() as Record<string, unknown>;
  const schemaVersion = file.schemaVersion;
  if (
    !isWholeNumberFrom1(schemaVersion) ||
    schemaVersion > REQUEST_FILE_SCHEMA_VERSION
  ) {
    return refused(
      'schemaVersion',
      typeof schemaVersion === 'number' &&
        schemaVersion > REQUEST_FILE_SCHEMA_VERSION
        ? `is ${schemaVersion}, newer than this reader knows (up to ${REQUEST_FILE_SCHEMA_VERSION}): upgrade the @kafka-on-eks packages`
        : `must be a schema version from 1 to ${REQUEST_FILE_SCHEMA_VERSION}`,
    );
  }
  const rendererVersion = schemaVersion === 1 ? 1 : file.rendererVersion;
  if (!isWholeNumberFrom1(rendererVersion)) {
    return refused('rendererVersion', 'must be a whole number from 1');
  }
  const generatedOn = file.generatedOn;
  if (
    typeof generatedOn !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(generatedOn)
  ) {
    return refused('generatedOn', 'must be a YYYY-MM-DD date');
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

/**
 * The problems of a request file as one line, for errors.
 *
 * @public
 */
export function formatRequestFileProblems(problems: RequestProblem[]): string {
  return `${REQUEST_FILE}: ${formatRequestProblems(problems)}`;
}
