import { useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { KafkaClusterMetrics } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { kafkaOnEksApiRef } from '../api';
import { usePageVisible } from './usePageVisible';

/** Until the first answer says otherwise: the backend's default schedule. */
const DEFAULT_REFRESH_SECONDS = 60;

/** An entity's Prometheus metrics and how they were fetched. */
export interface KafkaClusterMetricsState {
  /** The last metrics received; kept after a failed refresh. */
  metrics?: KafkaClusterMetrics;
  /** The error of the last request, if it failed. */
  error?: Error;
}

interface FetchedState extends KafkaClusterMetricsState {
  entityRef: string;
}

/**
 * Fetches an entity's metrics, apart from the view, and asks again every
 * `refreshSeconds` (how often the backend itself asks Prometheus) while the
 * page is visible. Each poll sends the last `ETag`: an unchanged answer is a
 * 304 without a body and keeps the metrics object as it is, so nothing
 * re-renders.
 */
export function useKafkaClusterMetrics(
  entityRef: string,
): KafkaClusterMetricsState {
  const api = useApi(kafkaOnEksApiRef);
  const visible = usePageVisible();
  const [state, setState] = useState<FetchedState>({ entityRef });

  useEffect(() => {
    if (!visible) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let etag: string | undefined;
    let refreshSeconds = DEFAULT_REFRESH_SECONDS;
    const abort = new AbortController();

    const poll = async () => {
      try {
        const answer = await api.getClusterMetrics(entityRef, {
          signal: abort.signal,
          etag,
        });
        if (stopped) return;
        etag = answer.etag || undefined;
        if (answer.notModified) {
          setState(previous =>
            previous.error ? { ...previous, error: undefined } : previous,
          );
        } else {
          refreshSeconds = answer.metrics.refreshSeconds || refreshSeconds;
          setState({ entityRef, metrics: answer.metrics });
        }
      } catch (error) {
        if (stopped) return;
        setState(previous =>
          previous.entityRef === entityRef
            ? { ...previous, error: error as Error }
            : { entityRef, error: error as Error },
        );
      }
      if (!stopped) timer = setTimeout(poll, refreshSeconds * 1000);
    };
    poll();

    return () => {
      stopped = true;
      clearTimeout(timer);
      abort.abort();
    };
  }, [api, entityRef, visible]);

  if (state.entityRef !== entityRef) return {};
  return { metrics: state.metrics, error: state.error };
}
