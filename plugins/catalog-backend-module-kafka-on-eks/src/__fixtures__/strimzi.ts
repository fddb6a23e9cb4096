/** Strimzi objects as a cluster would hold them, for discovery tests. */

type Meta = {
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  apiVersion?: string;
};

export const namespace = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name },
});

export function kafka(name: string, meta: Meta = {}) {
  return {
    apiVersion: meta.apiVersion ?? 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    metadata: {
      name,
      namespace: meta.namespace ?? 'kafka',
      ...(meta.labels && { labels: meta.labels }),
      ...(meta.annotations && { annotations: meta.annotations }),
    },
    spec: { kafka: { version: '4.1.0', listeners: [] } },
  };
}

export function topic(
  name: string,
  cluster: string,
  meta: Meta & { topicName?: string } = {},
) {
  return {
    apiVersion: meta.apiVersion ?? 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: {
      name,
      namespace: meta.namespace ?? 'kafka',
      labels: { 'strimzi.io/cluster': cluster },
    },
    spec: {
      partitions: 3,
      replicas: 3,
      ...(meta.topicName && { topicName: meta.topicName }),
    },
  };
}

export function user(
  name: string,
  cluster: string,
  component: string | undefined,
  acls: Array<{ name: string; patternType?: 'literal' | 'prefix' }>,
  meta: Meta = {},
) {
  return {
    apiVersion: meta.apiVersion ?? 'kafka.strimzi.io/v1',
    kind: 'KafkaUser',
    metadata: {
      name,
      namespace: meta.namespace ?? 'kafka',
      labels: { 'strimzi.io/cluster': cluster },
      ...(component && {
        annotations: { 'kafka-on-eks/component': component },
      }),
    },
    spec: {
      authentication: { type: 'scram-sha-512' },
      authorization: {
        type: 'simple',
        acls: [
          ...acls.map(acl => ({
            resource: {
              type: 'topic',
              name: acl.name,
              patternType: acl.patternType ?? 'literal',
            },
            operations: ['Read', 'Describe'],
          })),
          {
            resource: { type: 'group', name: name, patternType: 'literal' },
            operations: ['Read'],
          },
        ],
      },
    },
  };
}
