import { useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { KafkaClusterView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { kafkaOnEksApiRef } from '../api';
import { reuseUnchanged } from './reuseUnchanged';
import { usePageVisible } from './usePageVisible';

/** The backend serves views from its watch cache, so polling is cheap. */
export const DEFAULT_POLL_INTERVAL_MS = 5000;

/**
 * The live view of an entity's Kafka and how it was fetched.
 */
export interface KafkaClusterViewState {
  /** The last view received; kept while refreshing and after a failed refresh. */
  view?: KafkaClusterView;
  /** The error of the last request, if it failed; `view` is then older. */
  error?: Error;
  /** True until the first answer, view or error. */
  loading: boolean;
  /** `Date.now()` when `view` arrived, to age it on the browser's clock. */
  receivedAt?: number;
}

interface FetchedState {
  entityRef: string;
  view?: KafkaClusterView;
  error?: Error;
  receivedAt?: number;
}

/**
 * Fetches an entity's Kafka view and polls it while the page is visible, so
 * the tab follows the cluster without a reload. Each request waits for the
 * previous one: a slow backend is never asked twice at once.
 */
export function useKafkaClusterView(
  entityRef: string,
  options?: { pollIntervalMs?: number },
): KafkaClusterViewState {
  const api = useApi(kafkaOnEksApiRef);
  const visible = usePageVisible();
  const pollIntervalMs = options?.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const [state, setState] = useState<FetchedState>({ entityRef });

  useEffect(() => {
    if (!visible) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const abort = new AbortController();

    const poll = async () => {
      try {
        const next = await api.getClusterView(entityRef, {
          signal: abort.signal,
        });
        if (stopped) return;
        setState(previous => ({
          entityRef,
          view: reuseUnchanged(
            previous.entityRef === entityRef ? previous.view : undefined,
            next,
          ),
          receivedAt: Date.now(),
        }));
      } catch (error) {
        if (stopped) return;
        setState(previous =>
          previous.entityRef === entityRef
            ? { ...previous, error: error as Error }
            : { entityRef, error: error as Error },
        );
      }
      if (!stopped) timer = setTimeout(poll, pollIntervalMs);
    };
    poll();

    return () => {
      stopped = true;
      clearTimeout(timer);
      abort.abort();
    };
  }, [api, entityRef, visible, pollIntervalMs]);

  if (state.entityRef !== entityRef) return { loading: true };
  return {
    view: state.view,
    error: state.error,
    receivedAt: state.receivedAt,
    loading: !state.view && !state.error,
  };
}
