import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { renderCatalogInfo } from './catalogInfo';
import type { RenderedFile } from './types';

/**
 * The whole generated repository for a validated request. Pure: no I/O, so
 * it is tested and benchmarked without a workspace.
 *
 * @public
 */
export function renderRepository(request: KafkaClusterRequest): RenderedFile[] {
  return [renderCatalogInfo(request)];
}
