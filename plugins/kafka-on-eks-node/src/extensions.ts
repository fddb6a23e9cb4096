import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';

/**
 * Clusters that come and go at run time, beside the static ones of
 * `kubernetes.clusterLocatorMethods`; asked again every few seconds.
 *
 * @public
 */
export interface KafkaOnEksClusterSupplier {
  /** Called on every refresh of the cluster list; the clusters to watch now. */
  getClusters(): Promise<ClusterDetails[]>;
}

/**
 * Lets a backend module add cluster suppliers to the kafka-on-eks plugin.
 *
 * @public
 */
export interface KafkaOnEksClustersExtensionPoint {
  /** Adds clusters to those read from the `kubernetes` config. */
  addClusterSupplier(supplier: KafkaOnEksClusterSupplier): void;
}

/**
 * The extension point for {@link KafkaOnEksClustersExtensionPoint}.
 *
 * @public
 */
export const kafkaOnEksClustersExtensionPoint =
  createExtensionPoint<KafkaOnEksClustersExtensionPoint>({
    id: 'kafka-on-eks.clusters',
  });
