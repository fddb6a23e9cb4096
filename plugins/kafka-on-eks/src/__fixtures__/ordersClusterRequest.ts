import {
  validateClusterRequest,
  type ClusterRequestResponse,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * The request in the orders cluster's repository, with the defaults the
 * real validator applies (so the fixture cannot drift from the request
 * model), as `GET .../request` answers it.
 */
export function ordersClusterRequest(
  overrides: Record<string, unknown> = {},
): KafkaClusterRequest {
  const result = validateClusterRequest(
    {
      name: 'orders',
      owner: 'group:default/platform-team',
      region: 'eu-west-1',
      kubernetesVersion: '1.34',
      kafkaVersion: '4.3.1',
      brokers: { replicas: 3, volumeSizeGi: 1000 },
      topics: [
        { name: 'orders.created', partitions: 12 },
        { name: 'customer-profiles', partitions: 3, cleanupPolicy: 'compact' },
      ],
      clients: [
        {
          name: 'orders-service',
          component: 'component:default/orders-service',
          topics: [{ name: 'orders.created', access: 'readwrite' }],
          consumerGroups: ['orders-*'],
        },
      ],
      repoUrl: 'github.com?owner=acme&repo=orders-kafka',
      ...overrides,
    },
    { today: '2026-11-20' },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.request;
}

/** The backend's answer for the orders cluster's request. */
export function ordersRequestResponse(
  request: KafkaClusterRequest = ordersClusterRequest(),
): ClusterRequestResponse {
  return {
    request,
    rendererVersion: 2,
    repository: {
      type: 'github',
      url: 'https://github.com/acme/orders-kafka',
    },
  };
}
