import {
  validateClusterRequest,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/** The day the fixtures are generated on: 1.35 is then the one version in standard support. */
export const TEST_CONTEXT = { today: '2026-12-02' };

/**
 * A validated request with defaults applied, from a partial input; throws
 * when the input is invalid, so a fixture can never be silently wrong.
 */
export function requestWith(
  input: Record<string, unknown> = {},
): KafkaClusterRequest {
  const result = validateClusterRequest(
    {
      name: 'orders',
      owner: 'group:default/team-a',
      region: 'eu-west-1',
      repoUrl: 'github.com?owner=acme&repo=orders-kafka',
      topics: [
        { name: 'orders.created', partitions: 12, retentionHours: 168 },
        { name: 'orders-compacted', partitions: 6, cleanupPolicy: 'compact' },
      ],
      ...input,
    },
    TEST_CONTEXT,
  );
  if (!result.ok) {
    throw new Error(`invalid fixture: ${JSON.stringify(result.problems)}`);
  }
  return result.request;
}

/** A large request: 50 topics, 5 controllers, 9 brokers on st1. */
export function largeRequest(): KafkaClusterRequest {
  return requestWith({
    controllers: { replicas: 5 },
    brokers: {
      replicas: 9,
      storageClass: 'st1',
      volumeSizeGi: 4000,
      instanceType: 'r7i.2xlarge',
    },
    topics: Array.from({ length: 50 }, (_, i) => ({
      name: `events.stream-${i}`,
      partitions: 24,
      retentionHours: 72 + i,
      cleanupPolicy: i % 5 === 0 ? 'compact' : 'delete',
    })),
  });
}
