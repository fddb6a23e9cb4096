import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import {
  createClusterCredentials,
  readConfiguredClusters,
} from '@kafka-on-eks/plugin-kafka-on-eks-node';
import { readDiscoveryConfig } from './config/readDiscoveryConfig';
import { KafkaClaimsProcessor } from './processor/KafkaClaimsProcessor';
import { KafkaTopicRelationsProcessor } from './processor/KafkaTopicRelationsProcessor';
import { catalogClaims, ClaimsCache } from './provider/ClaimedKafkas';
import {
  discoveredKinds,
  KafkaDiscoveryProvider,
} from './provider/KafkaDiscoveryProvider';
import { StrimziWatcher } from './provider/StrimziWatcher';

// How often hand-written entities are looked for, to drop their duplicates.
const CLAIMS_RECHECK_MS = 30_000;

/**
 * Catalog discovery of Strimzi Kafka clusters: one entity provider per
 * cluster of `kubernetes.clusterLocatorMethods` (type `config`), each
 * watching that cluster's Kafkas (and KafkaTopics, KafkaUsers when
 * configured). Off unless `kafkaOnEks.discovery.enabled` is true.
 *
 * @public
 */
export const catalogModuleKafkaOnEksDiscovery = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'kafka-on-eks-discovery',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ config, logger, lifecycle, auth, catalog, processing }) {
        const discovery = readDiscoveryConfig(config);
        if (!discovery.enabled) {
          logger.info(
            'Kafka discovery is off (kafkaOnEks.discovery.enabled is not true)',
          );
          return;
        }
        const clusters = readConfiguredClusters(config);
        const credentials = createClusterCredentials(config);
        const claims = new ClaimsCache(
          catalogClaims(catalog, auth),
          logger,
          CLAIMS_RECHECK_MS / 2,
        );
        processing.addProcessor(
          new KafkaTopicRelationsProcessor(),
          new KafkaClaimsProcessor(claims),
        );
        const running = clusters.map(cluster => {
          const provider = new KafkaDiscoveryProvider({
            clusterName: cluster.name,
            config: discovery,
            claims,
            logger,
          });
          const watcher = new StrimziWatcher({
            cluster,
            credentials,
            kinds: discoveredKinds(discovery),
            events: provider,
            logger,
          });
          processing.addEntityProvider(provider);
          return { provider, watcher };
        });
        claims.onNotice(cluster =>
          running
            .find(r => r.provider.clusterName === cluster)
            ?.provider.claimNoticed(),
        );
        let recheck: NodeJS.Timeout | undefined;
        lifecycle.addStartupHook(() => {
          running.forEach(r => r.watcher.start());
          recheck = setInterval(
            () => running.forEach(r => r.provider.recheckClaims()),
            CLAIMS_RECHECK_MS,
          );
        });
        lifecycle.addShutdownHook(async () => {
          clearInterval(recheck);
          running.forEach(r => r.provider.stop());
          await Promise.all(running.map(r => r.watcher.stop()));
        });
        logger.info(
          `Kafka discovery in ${clusters.length} cluster(s): ${
            clusters.map(c => c.name).join(', ') || 'none'
          }`,
        );
      },
    });
  },
});
