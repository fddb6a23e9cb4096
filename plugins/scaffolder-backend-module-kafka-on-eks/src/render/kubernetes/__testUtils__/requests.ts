import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { requestWith } from '../../__fixtures__/requests';

export const PORTAL_ROLE_ARN =
  'arn:aws:iam::123456789012:role/backstage-portal';
export const KMS_KEY_ARN =
  'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-1111-2222-3333-444455556666';

/**
 * The default request with three clients over two namespaces: a consumer
 * with a literal and a prefix group, a producer, and one that does both.
 */
export function requestWithClients(
  input: Record<string, unknown> = {},
): KafkaClusterRequest {
  return requestWith({
    clients: [
      {
        name: 'billing',
        component: 'component:default/billing-service',
        topics: [{ name: 'orders.created', access: 'read' }],
        consumerGroups: ['billing', 'billing-replay-*'],
      },
      {
        name: 'orders-api',
        namespace: 'orders',
        topics: [
          { name: 'orders.created', access: 'write' },
          { name: 'orders-compacted', access: 'write' },
        ],
      },
      {
        name: 'orders-projector',
        namespace: 'orders',
        topics: [
          { name: 'orders.created', access: 'read' },
          { name: 'orders-compacted', access: 'readwrite' },
        ],
        consumerGroups: ['projector'],
      },
    ],
    portalRoleArn: PORTAL_ROLE_ARN,
    ...input,
  });
}
