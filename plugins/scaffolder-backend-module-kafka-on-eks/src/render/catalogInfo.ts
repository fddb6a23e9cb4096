import { stringify } from 'yaml';
import {
  KAFKA_ANNOTATION,
  KUBERNETES_CLUSTER_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_NAMESPACE } from './naming';
import type { RenderedFile } from './types';

/**
 * The generated repository's own `catalog-info.yaml`: a `Resource` whose
 * annotations tell the backend plugin and Backstage's Kubernetes tab where
 * the cluster runs. The EKS cluster, the Kafka and the entity share the name.
 */
export function renderCatalogInfo(request: KafkaClusterRequest): RenderedFile {
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: request.name,
      ...(request.description && { description: request.description }),
      annotations: {
        [KUBERNETES_CLUSTER_ANNOTATION]: request.name,
        [KUBERNETES_NAMESPACE_ANNOTATION]: KAFKA_NAMESPACE,
        [KAFKA_ANNOTATION]: request.name,
        'backstage.io/kubernetes-label-selector': `strimzi.io/cluster=${request.name}`,
        'backstage.io/techdocs-ref': 'dir:.',
      },
      tags: ['kafka', 'strimzi', 'eks'],
      labels: {
        'kafka-on-eks/region': request.region,
        'kafka-on-eks/kafka-version': request.kafkaVersion,
      },
    },
    spec: {
      type: 'kafka-cluster',
      owner: request.owner,
      ...(request.system && { system: request.system }),
    },
  };
  // Serialized, never templated: user text can only ever be a YAML value.
  return { path: 'catalog-info.yaml', content: stringify(entity) };
}
