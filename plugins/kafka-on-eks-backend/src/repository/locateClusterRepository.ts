import {
  ANNOTATION_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  parseLocationRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Where a cluster's generated repository lives. */
export type ClusterRepository =
  | {
      type: 'github';
      /** The source location: a folder URL on the repository's branch. */
      url: string;
      owner: string;
      repo: string;
    }
  /** A URL of another host than a GitHub integration's. */
  | { type: 'url'; url: string }
  /** A local repository under `kafkaOnEks.localPublish.directory`, real path. */
  | { type: 'local'; dir: string };

/** The repository, or why the entity has none this backend may read. */
export type ClusterRepositoryResult =
  | { ok: true; repository: ClusterRepository }
  | { ok: false; message: string };

const LOCAL_DIRECTORY_KEY = 'kafkaOnEks.localPublish.directory';

function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return (
    relative !== '' &&
    relative.split(path.sep)[0] !== '..' &&
    !path.isAbsolute(relative)
  );
}

function locateUrl(
  url: string,
  integrations: ScmIntegrationRegistry,
): ClusterRepository {
  // A source location names a folder; without the slash, relative paths
  // would resolve against its parent.
  const folderUrl = url.endsWith('/') ? url : `${url}/`;
  if (!integrations.github.byUrl(folderUrl)) {
    return { type: 'url', url: folderUrl };
  }
  // GitHub (and GitHub Enterprise) URLs are https://host/<owner>/<repo>/...
  const [owner, repo] = new URL(folderUrl).pathname.split('/').slice(1, 3);
  return { type: 'github', url: folderUrl, owner, repo };
}

async function locateLocal(
  entityRef: string,
  catalogFile: string,
  localDirectory: string | undefined,
): Promise<ClusterRepositoryResult> {
  const location = `file:${catalogFile}`;
  if (!localDirectory) {
    return {
      ok: false,
      message: `${entityRef} is registered from a local file (${location}); local repositories are read only when ${LOCAL_DIRECTORY_KEY} is configured`,
    };
  }
  const folder = path.resolve(localDirectory);
  const outside = {
    ok: false as const,
    message: `${entityRef} is registered from ${location}, outside ${LOCAL_DIRECTORY_KEY} (${folder}); local repositories are read only there`,
  };
  const repository = path.dirname(path.resolve(catalogFile));
  // Decided on real paths, so a symbolic link cannot lead out of the folder
  // (and a folder configured through a link still holds its repositories).
  const realFolder = await fs.realpath(folder).catch(() => undefined);
  const realRepository = await fs.realpath(repository).catch(() => undefined);
  if (!realFolder || !realRepository) {
    // Say nothing about what exists elsewhere on disk.
    if (!isInside(folder, repository)) return outside;
    throw new NotFoundError(
      `The local repository of ${entityRef} (${repository}) does not exist`,
    );
  }
  if (!isInside(realFolder, realRepository)) return outside;
  return { ok: true, repository: { type: 'local', dir: realRepository } };
}

function readLocationRef(entity: Entity, annotation: string) {
  const value = entity.metadata.annotations?.[annotation];
  try {
    return value ? parseLocationRef(value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds an entity's repository from what the catalog annotated it with: the
 * source location of a URL registration, or the `file:` location that
 * `kafka-on-eks:publish-local` registered.
 */
export async function locateClusterRepository(
  entity: Entity,
  options: {
    integrations: ScmIntegrationRegistry;
    /** `kafkaOnEks.localPublish.directory`, when configured. */
    localDirectory?: string;
  },
): Promise<ClusterRepositoryResult> {
  const entityRef = stringifyEntityRef(entity);
  const source = readLocationRef(entity, ANNOTATION_SOURCE_LOCATION);
  if (source?.type === 'url') {
    return {
      ok: true,
      repository: locateUrl(source.target, options.integrations),
    };
  }
  const managedBy = readLocationRef(entity, ANNOTATION_LOCATION);
  if (managedBy?.type === 'url') {
    // The catalog file's folder, as the catalog derives a source location.
    const folder = options.integrations.resolveUrl({
      url: './',
      base: managedBy.target,
    });
    return { ok: true, repository: locateUrl(folder, options.integrations) };
  }
  if (managedBy?.type === 'file') {
    return locateLocal(entityRef, managedBy.target, options.localDirectory);
  }
  return {
    ok: false,
    message: `${entityRef} has no readable location: neither a url: ${ANNOTATION_SOURCE_LOCATION} nor a file: ${ANNOTATION_LOCATION} annotation`,
  };
}
