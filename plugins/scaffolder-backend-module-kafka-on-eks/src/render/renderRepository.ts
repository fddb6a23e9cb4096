import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { renderCatalogInfo } from './catalogInfo';
import { renderReadme, renderTechDocs } from './docs';
import { renderKubernetes } from './kubernetes';
import { renderTerraform } from './terraform';
import { renderRequestFile } from './requestFile';
import type { RenderedFile } from './types';

/**
 * The whole generated repository for a validated request. Pure: no I/O and
 * no clock (the day of generation is the request's `generatedOn`), so it is
 * tested and benchmarked without a workspace, and re-rendering the stored
 * `kafka-on-eks.yaml` gives the same files.
 *
 * @public
 */
export function renderRepository(request: KafkaClusterRequest): RenderedFile[] {
  return [
    renderRequestFile(request),
    { path: 'README.md', content: renderReadme(request) },
    renderCatalogInfo(request),
    ...renderTechDocs(request),
    ...renderTerraform(request),
    ...renderKubernetes(request),
  ];
}
