import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { renderRepository } from './renderRepository';
import { RENDERER_VERSION } from './requestFile';
import type { RenderedFile } from './types';

/**
 * The files a change writes and deletes, or why the repository cannot take
 * it.
 *
 * @public
 */
export type RepositoryUpdate =
  | { ok: true; write: RenderedFile[]; deleteFiles: string[] }
  | {
      ok: false;
      /** `renderer` when another renderer made it, `drift` when files differ from it. */
      reason: 'renderer' | 'drift';
      message: string;
      /** Files that differ from what the renderer makes of the current request. */
      differing: string[];
    };

/**
 * Plans the files of a day-2 change. The repository must be exactly what
 * this renderer makes of its current request, so a pull request carries the
 * change and nothing else: hand edits and files of an older renderer are
 * refused, listing the files. Files the renderer never makes (a CODEOWNERS,
 * CI config) are left alone. Pure: `readFile` answers from the checkout.
 *
 * @public
 */
export function planRepositoryUpdate(
  options: {
    readFile: (path: string) => string | undefined;
    current: KafkaClusterRequest;
    rendererVersion: number;
  } & (
    | {
        /** The validated desired request. */
        desired: KafkaClusterRequest;
      }
    | {
        /** Re-render the current request with this renderer, in a change of its own: whatever differs is overwritten. */
        regenerate: true;
      }
  ),
): RepositoryUpdate {
  const { readFile, current, rendererVersion } = options;
  const regenerating = 'regenerate' in options;
  const desired = 'desired' in options ? options.desired : current;
  const made = renderRepository(current);

  if (rendererVersion !== RENDERER_VERSION && !regenerating) {
    return {
      ok: false,
      reason: 'renderer',
      differing: made
        .filter(f => readFile(f.path) !== f.content)
        .map(f => f.path),
      message: `the repository was rendered by renderer version ${rendererVersion}, and this module renders version ${RENDERER_VERSION}: regenerate it first, in a change of its own, so this change carries nothing else`,
    };
  }
  if (!regenerating) {
    const differing = made
      .filter(f => readFile(f.path) !== f.content)
      .map(f => f.path);
    if (differing.length > 0) {
      return {
        ok: false,
        reason: 'drift',
        differing,
        message: `the repository differs from what its kafka-on-eks.yaml renders to, in ${differing.join(
          ', ',
        )}: hand edits would be overwritten. Move them into the request or revert them, then try again`,
      };
    }
  }

  const wanted = renderRepository(desired);
  const wantedPaths = new Set(wanted.map(f => f.path));
  return {
    ok: true,
    write: wanted.filter(f => readFile(f.path) !== f.content),
    deleteFiles: made
      .map(f => f.path)
      .filter(p => !wantedPaths.has(p) && readFile(p) !== undefined),
  };
}
