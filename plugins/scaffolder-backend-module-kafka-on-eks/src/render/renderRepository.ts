import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { renderCatalogInfo } from './catalogInfo';
import { renderReadme, renderTechDocs } from './docs';
import { renderKubernetes } from './kubernetes';
import { renderTerraform } from './terraform';
import type { RenderedFile } from './types';

/**
 * The whole generated repository for a validated request. Pure: no I/O, so
 * it is tested and benchmarked without a workspace.
 *
 * @public
 */
export function renderRepository(request: KafkaClusterRequest): RenderedFile[] {
  return [
    { path: 'README.md', content: renderReadme(request) },
    renderCatalogInfo(request),
    ...renderTechDocs(request),
    ...renderTerraform(request),
    ...renderKubernetes(request),
  ];
}
