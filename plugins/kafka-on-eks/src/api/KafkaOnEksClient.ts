import {
  parseEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  ClusterChangesResponse,
  ClusterRequestResponse,
  KafkaClusterMetrics,
  KafkaClusterView,
  KafkaRebalanceAction,
  KafkaRebalanceView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { KafkaClusterMetricsAnswer, KafkaOnEksApi } from './KafkaOnEksApi';

/**
 * The {@link KafkaOnEksApi} over HTTP:
 * `GET /api/kafka-on-eks/v1/entities/:kind/:namespace/:name` and its
 * `/request`, `/changes` and `/metrics`, and
 * `POST .../rebalances/:rebalance/:action`, with the user's Backstage token added by the
 * `fetchApi`.
 *
 * @public
 */
export class KafkaOnEksClient implements KafkaOnEksApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  /** Fetches the view; fails with a `ResponseError` on a non-2xx answer. */
  async getClusterView(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<KafkaClusterView> {
    return this.get<KafkaClusterView>(entityRef, '', options);
  }

  /** Fetches the repository's request; fails like {@link KafkaOnEksClient.getClusterView}. */
  async getClusterRequest(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<ClusterRequestResponse> {
    return this.get<ClusterRequestResponse>(entityRef, '/request', options);
  }

  /** Fetches the open changes; fails like {@link KafkaOnEksClient.getClusterView}. */
  async getClusterChanges(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<ClusterChangesResponse> {
    return this.get<ClusterChangesResponse>(entityRef, '/changes', options);
  }

  /**
   * Fetches the metrics, conditionally with `etag`: a 304 is `notModified`
   * and its (empty) body is not read.
   */
  async getClusterMetrics(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal; etag?: string },
  ): Promise<KafkaClusterMetricsAnswer> {
    const response = await this.request(entityRef, '/metrics', {
      signal: options?.signal,
      headers: options?.etag ? { 'If-None-Match': options.etag } : undefined,
    });
    const etag = response.headers.get('ETag') ?? undefined;
    if (response.status === 304) {
      return { notModified: true, etag: etag ?? options?.etag ?? '' };
    }
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const metrics = (await response.json()) as KafkaClusterMetrics;
    return { notModified: false, metrics, etag };
  }

  /** Sets the rebalance's annotation; fails like {@link KafkaOnEksClient.getClusterView}. */
  async requestRebalanceAction(
    entityRef: CompoundEntityRef | string,
    rebalance: string,
    action: KafkaRebalanceAction,
  ): Promise<KafkaRebalanceView> {
    const response = await this.request(
      entityRef,
      `/rebalances/${encodeURIComponent(rebalance)}/${encodeURIComponent(
        action,
      )}`,
      { method: 'POST' },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as KafkaRebalanceView;
  }

  private async get<T>(
    entityRef: CompoundEntityRef | string,
    suffix: '' | '/request' | '/changes',
    options?: { signal?: AbortSignal },
  ): Promise<T> {
    const response = await this.request(entityRef, suffix, options);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  private async request(
    entityRef: CompoundEntityRef | string,
    suffix:
      | ''
      | '/request'
      | '/changes'
      | '/metrics'
      | `/rebalances/${string}/${string}`,
    init: {
      signal?: AbortSignal;
      headers?: Record<string, string>;
      method?: 'POST';
    } = {},
  ): Promise<Response> {
    const { kind, namespace, name } =
      typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
    const baseUrl = await this.discoveryApi.getBaseUrl('kafka-on-eks');
    // Kinds are case-insensitive; lower case as in entity page URLs.
    const path = [kind.toLocaleLowerCase('en-US'), namespace, name]
      .map(encodeURIComponent)
      .join('/');
    return this.fetchApi.fetch(`${baseUrl}/v1/entities/${path}${suffix}`, {
      signal: init.signal,
      ...(init.headers && { headers: init.headers }),
      ...(init.method && { method: init.method }),
    });
  }
}
