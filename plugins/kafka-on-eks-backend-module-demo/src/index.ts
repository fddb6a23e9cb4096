/**
 * The demo of the embedded default portal, as one backend feature: a
 * loopback Kubernetes API seeded with demo Strimzi clusters, and a loop that
 * brings clusters created from the template to life, and the catalog's
 * `file` locations that local publishing registers. For demos and tests
 * only; a production backend never adds it.
 *
 * @packageDocumentation
 */
import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { catalogModuleDemoFileLocations } from './catalogFileLocations';
import { kafkaOnEksModuleDemoKubernetesApi } from './demoKubernetesApi';
import { kafkaOnEksModuleDemoGeneratedClusters } from './demoGeneratedClusters';

export default createBackendFeatureLoader({
  loader: () => [
    kafkaOnEksModuleDemoKubernetesApi,
    kafkaOnEksModuleDemoGeneratedClusters,
    catalogModuleDemoFileLocations,
  ],
});
