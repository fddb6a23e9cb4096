import { useApi } from '@backstage/core-plugin-api';
import {
  liveFactsFromView,
  type ClusterRequestResponse,
  type LiveClusterFacts,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { useEffect, useState } from 'react';
import { kafkaOnEksApiRef, type KafkaOnEksApi } from '../../api';

/** Where a change starts: the repository's request and the live facts. */
export interface ChangeStart {
  current: ClusterRequestResponse;
  live: LiveClusterFacts;
  /** Why the live view could not be read; the live facts are then unknown. */
  liveError?: Error;
}

export type ChangeStartState =
  | { status: 'loading' }
  | { status: 'failed'; error: Error }
  | ({ status: 'loaded' } & ChangeStart);

/**
 * Reads a cluster's request and live view. The request is required; the
 * view only feeds the live facts, and a rule that needs an unknown one
 * refuses, saying so, so a view that cannot be read is not fatal.
 */
export async function loadChangeStart(
  api: KafkaOnEksApi,
  entityRef: string,
  signal?: AbortSignal,
): Promise<ChangeStart> {
  const [current, view] = await Promise.all([
    api.getClusterRequest(entityRef, { signal }),
    api.getClusterView(entityRef, { signal }).then(
      v => ({ ok: true as const, view: v }),
      (error: Error) => ({ ok: false as const, error }),
    ),
  ]);
  // Unknown facts stay out: the rules that need them refuse, saying why.
  return view.ok
    ? { current, live: liveFactsFromView(view.view) }
    : { current, live: {}, liveError: view.error };
}

/** {@link loadChangeStart} for a component, again when the cluster changes. */
export function useChangeStart(entityRef: string): ChangeStartState {
  const api = useApi(kafkaOnEksApiRef);
  const [state, setState] = useState<ChangeStartState & { entityRef?: string }>(
    { status: 'loading' },
  );

  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    loadChangeStart(api, entityRef, abort.signal).then(
      start => {
        if (!abort.signal.aborted) setState({ status: 'loaded', ...start });
      },
      error => {
        if (!abort.signal.aborted) setState({ status: 'failed', error });
      },
    );
    return () => abort.abort();
  }, [api, entityRef]);

  return state;
}

/** The backend's own message for a failed request, else the error's. */
export function messageOf(error: Error): string {
  const body = (error as { body?: { error?: { message?: unknown } } }).body;
  const message = body?.error?.message;
  return typeof message === 'string' && message ? message : error.message;
}
