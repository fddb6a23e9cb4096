import type { KubeObject, ObjectRef } from '@internal/kube-loopback';

/** What one sync does to the cluster. */
export interface SyncPlan {
  /** Objects to create or update; an update keeps the live status. */
  apply: object[];
  /** Objects that left the repository and may be pruned. */
  prune: ObjectRef[];
}

const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';

export function refOf(object: {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
}): ObjectRef {
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    name: object.metadata.name,
    ...(object.metadata.namespace && { namespace: object.metadata.namespace }),
  };
}

export const refKey = (ref: ObjectRef) =>
  `${ref.apiVersion}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;

/** Argo CD leaves an object alone on prune when its sync options say `Prune=false`. */
function pruneProtected(object: KubeObject): boolean {
  const options = object.metadata.annotations?.[SYNC_OPTIONS] ?? '';
  return options
    .split(',')
    .map(option => option.trim())
    .includes('Prune=false');
}

const desiredPart = (object: any) =>
  JSON.stringify({
    spec: object.spec,
    labels: object.metadata?.labels ?? {},
    annotations: object.metadata?.annotations ?? {},
    rest: Object.fromEntries(
      Object.entries(object).filter(
        ([key]) =>
          !['apiVersion', 'kind', 'metadata', 'spec', 'status'].includes(key),
      ),
    ),
  });

/**
 * What an automated Argo CD sync with prune does when `main` moves from the
 * previously synced manifests to the next ones: create what is new, update
 * what changed (the operator's status stays), and prune what left the
 * repository unless it is protected with `Prune=false`. Pure.
 */
export function playArgoSync(options: {
  live: KubeObject[];
  previous: object[];
  next: object[];
}): SyncPlan {
  const live = new Map(options.live.map(o => [refKey(refOf(o)), o]));
  const next = options.next as KubeObject[];
  const nextKeys = new Set(next.map(o => refKey(refOf(o))));

  const apply: object[] = [];
  for (const manifest of next) {
    const existing = live.get(refKey(refOf(manifest)));
    if (!existing) {
      apply.push(manifest);
    } else if (desiredPart(existing) !== desiredPart(manifest)) {
      apply.push({
        ...manifest,
        metadata: { ...existing.metadata, ...manifest.metadata },
        ...(existing.status !== undefined && { status: existing.status }),
      });
    }
  }
  const prune = (options.previous as KubeObject[])
    .map(refOf)
    .filter(ref => !nextKeys.has(refKey(ref)))
    .filter(ref => {
      const existing = live.get(refKey(ref));
      return existing !== undefined && !pruneProtected(existing);
    });
  return { apply, prune };
}
