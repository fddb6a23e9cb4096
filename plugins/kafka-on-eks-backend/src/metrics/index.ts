import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { MetricsCollector } from './MetricsCollector';
import {
  createPrometheusClient,
  type PrometheusClientContext,
} from './PrometheusClient';
import { readPrometheusTargets } from './prometheusConfig';

export { MetricsCollector } from './MetricsCollector';

/** A collector for every `kafkaOnEks.prometheus` entry; throws on a wrong entry. */
export function createMetricsCollector(
  config: Config,
  logger: LoggerService,
  context: PrometheusClientContext,
): MetricsCollector {
  const targets = readPrometheusTargets(config);
  return new MetricsCollector(
    new Map(targets.map(t => [t.cluster, createPrometheusClient(t, context)])),
    logger,
  );
}
