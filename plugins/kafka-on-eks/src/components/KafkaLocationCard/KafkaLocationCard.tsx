import {
  InfoCard,
  MissingAnnotationEmptyState,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { readKafkaLocation } from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * Where the entity's Kafka runs: the Kubernetes cluster, namespace and
 * Strimzi `Kafka` resource its annotations point at.
 *
 * @public
 */
export function KafkaLocationCard() {
  const { entity } = useEntity();
  const result = readKafkaLocation(entity);

  if (!result.ok) {
    return (
      <MissingAnnotationEmptyState
        annotation={
          result.missingAnnotations.length === 1
            ? result.missingAnnotations[0]
            : result.missingAnnotations
        }
      />
    );
  }

  const { cluster, namespace, kafka } = result.location;
  return (
    <InfoCard title="Kafka on EKS">
      <StructuredMetadataTable
        metadata={{
          'Kubernetes cluster': cluster,
          Namespace: namespace,
          'Strimzi Kafka': kafka,
        }}
      />
    </InfoCard>
  );
}
