import type { Entity } from '@backstage/catalog-model';
import type { ApiRef } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type {
  ClusterChangesResponse,
  KafkaClusterMetrics,
  KafkaClusterView,
  KafkaRebalanceView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { ordersClusterView, ordersRequestResponse } from '../__fixtures__';
import {
  kafkaOnEksApiRef,
  type KafkaClusterMetricsAnswer,
  type KafkaOnEksApi,
} from '../api';
import { createChangeTemplateRouteRef } from '../routes';

/** The orders-kafka entity with all three annotations, unless given others. */
export function kafkaEntity(
  annotations: Record<string, string> = {
    'backstage.io/kubernetes-cluster': 'prod-eu',
    'backstage.io/kubernetes-namespace': 'kafka',
    'kafka-on-eks/kafka': 'orders',
  },
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'orders-kafka', namespace: 'default', annotations },
    spec: { type: 'kafka-cluster', owner: 'group:default/platform-team' },
  };
}

/**
 * A KafkaOnEksApi that answers with the given views or errors in turn, then
 * keeps giving the last one (polling asks again and again). The orders
 * request, no open changes and metrics with nothing to report otherwise;
 * tests replace those mocks' answers.
 */
export function answeringApi(...answers: Array<KafkaClusterView | Error>) {
  let calls = 0;
  const getClusterView = jest.fn(async () => {
    const answer = answers[Math.min(calls, answers.length - 1)];
    calls += 1;
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const getClusterRequest = jest.fn(async () => ordersRequestResponse());
  const getClusterChanges = jest.fn(
    async (): Promise<ClusterChangesResponse> => ({
      supported: true,
      changes: [],
    }),
  );
  const getClusterMetrics = jest.fn<
    Promise<KafkaClusterMetricsAnswer>,
    Parameters<KafkaOnEksApi['getClusterMetrics']>
  >(async () => ({
    notModified: false,
    metrics: quietMetrics(),
    etag: '"quiet"',
  }));
  const requestRebalanceAction = jest.fn(
    async (): Promise<KafkaRebalanceView> => {
      throw new Error('not expected in this test');
    },
  );
  return {
    getClusterView,
    getClusterRequest,
    getClusterChanges,
    getClusterMetrics,
    requestRebalanceAction,
  } satisfies KafkaOnEksApi;
}

/** Metrics of a Prometheus that answers but has nothing to report. */
export function quietMetrics(): KafkaClusterMetrics {
  return {
    location: ordersClusterView.location,
    revision: 1,
    observedAt: '2026-11-21T11:59:30.000Z',
    refreshSeconds: 60,
    consumerGroups: [],
    topics: [],
    volumes: [],
    brokers: [],
    warnings: [],
  };
}

/** The ResponseError the client throws for a backend error answer. */
export async function responseError(
  status: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  const body = JSON.stringify({
    error: { name, message },
    response: { statusCode: status },
  });
  return ResponseError.fromResponse(
    new Response(body, {
      status,
      statusText: name,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

/** Where the scaffolder's template pages are, as an app mounts them. */
export const TEMPLATE_PAGE_PATH = '/create/templates/:namespace/:templateName';

/**
 * Renders an element on the entity's page, with the API mocked; with
 * `changeTemplate`, the plugin's change template route is bound.
 */
export function renderForEntity(
  element: JSX.Element,
  options: {
    api: KafkaOnEksApi;
    entity?: Entity;
    changeTemplate?: boolean;
    /** Other APIs, e.g. a permission API. */
    apis?: ReadonlyArray<readonly [ApiRef<any>, any]>;
  },
) {
  return renderInTestApp(
    <EntityProvider entity={options.entity ?? kafkaEntity()}>
      {element}
    </EntityProvider>,
    {
      apis: [[kafkaOnEksApiRef, options.api], ...(options.apis ?? [])],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        ...(options.changeTemplate && {
          [TEMPLATE_PAGE_PATH]: createChangeTemplateRouteRef,
        }),
      },
    },
  );
}
