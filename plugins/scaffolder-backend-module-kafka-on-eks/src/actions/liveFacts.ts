import type {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  liveFactsFromView,
  type KafkaClusterView,
  type LiveClusterFacts,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * Reads an entity's live view from the kafka-on-eks backend plugin, as this
 * backend itself. When the plugin cannot answer, the facts are unknown and
 * the rules that need them refuse, saying so.
 */
export function createLiveFactsReader(options: {
  discovery: DiscoveryService;
  auth: AuthService;
  logger: LoggerService;
}) {
  const { discovery, auth, logger } = options;
  return async (entityRef: string): Promise<LiveClusterFacts> => {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    try {
      const base = await discovery.getBaseUrl('kafka-on-eks');
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'kafka-on-eks',
      });
      const response = await fetch(
        `${base}/v1/entities/${encodeURIComponent(kind)}/${encodeURIComponent(
          namespace,
        )}/${encodeURIComponent(name)}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      if (!response.ok) {
        throw new Error(`${response.status} ${response.statusText}`);
      }
      return liveFactsFromView((await response.json()) as KafkaClusterView);
    } catch (error) {
      logger.warn(
        `kafka-on-eks:update: no live view of ${entityRef} (${
          (error as Error).message
        }); the rules that need it refuse`,
      );
      return {};
    }
  };
}
