import type { Config } from '@backstage/config';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import {
  ANNOTATION_KUBERNETES_AUTH_PROVIDER,
  ANNOTATION_KUBERNETES_AWS_ASSUME_ROLE,
  ANNOTATION_KUBERNETES_AWS_EXTERNAL_ID,
} from '@backstage/plugin-kubernetes-common';

/**
 * The clusters of Backstage's own `kubernetes.clusterLocatorMethods` with
 * `type: config`, read the way the Kubernetes plugin reads them, so a portal
 * that already shows Kubernetes needs no second list. Other locator types
 * (catalog, gke, ...) are skipped: they need that plugin's services.
 *
 * @public
 */
export function readConfiguredClusters(config: Config): ClusterDetails[] {
  const methods =
    config.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? [];
  const seen = new Set<string>();
  const clusters: ClusterDetails[] = [];
  methods.forEach((method, methodIndex) => {
    if (method.getString('type') !== 'config') return;
    const entries = method.getOptionalConfigArray('clusters') ?? [];
    entries.forEach((entry, clusterIndex) => {
      const at = `kubernetes.clusterLocatorMethods[${methodIndex}].clusters[${clusterIndex}]`;
      const name = entry.getString('name');
      if (seen.has(name)) {
        throw new Error(`${at}.name: cluster name '${name}' is used twice`);
      }
      seen.add(name);
      const authMetadataBlock =
        entry.getOptional<Record<string, string>>('authMetadata') ?? {};
      const authProvider =
        authMetadataBlock[ANNOTATION_KUBERNETES_AUTH_PROVIDER] ??
        entry.getOptionalString('authProvider');
      if (!authProvider) {
        throw new Error(
          `${at}.authProvider: cluster '${name}' needs an auth provider (serviceAccount or aws)`,
        );
      }
      const serviceAccountToken = entry.getOptionalString(
        'serviceAccountToken',
      );
      const assumeRole = entry.getOptionalString('assumeRole');
      const externalId = entry.getOptionalString('externalId');
      const title = entry.getOptionalString('title');
      clusters.push({
        name,
        ...(title && { title }),
        url: entry.getString('url'),
        skipTLSVerify: entry.getOptionalBoolean('skipTLSVerify') ?? false,
        caData: entry.getOptionalString('caData'),
        caFile: entry.getOptionalString('caFile'),
        authMetadata: {
          [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: authProvider,
          ...(serviceAccountToken && { serviceAccountToken }),
          ...(assumeRole && {
            [ANNOTATION_KUBERNETES_AWS_ASSUME_ROLE]: assumeRole,
          }),
          ...(externalId && {
            [ANNOTATION_KUBERNETES_AWS_EXTERNAL_ID]: externalId,
          }),
          ...authMetadataBlock,
        },
      });
    });
  });
  return clusters;
}
