import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import type { Entity } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_KUBERNETES_API_SERVER,
  ANNOTATION_KUBERNETES_API_SERVER_CA,
  ANNOTATION_KUBERNETES_AUTH_PROVIDER,
  ANNOTATION_KUBERNETES_SKIP_TLS_VERIFY,
} from '@backstage/plugin-kubernetes-common';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import type { KafkaOnEksClusterSupplier } from '../extensions';
import {
  validateClusterApiServerUrl,
  type CatalogClusterLocatorOptions,
} from './clusterUrlRule';

/** The `type: catalog` entries of `kubernetes.clusterLocatorMethods`. */
export function readCatalogLocatorOptions(
  config: Config,
): CatalogClusterLocatorOptions[] {
  return (
    config.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? []
  )
    .filter(method => method.getString('type') === 'catalog')
    .map(method => ({
      dangerouslyAllowClusterUrls: method.getOptionalStringArray(
        'dangerouslyAllowClusterUrls',
      ),
      dangerouslyAllowSkipTLSVerify: method.getOptionalBoolean(
        'dangerouslyAllowSkipTLSVerify',
      ),
    }));
}

// As the Kubernetes plugin: only `kubernetes.io/*` annotations are auth
// metadata, and a token never comes from an entity anyone may edit.
function authMetadataOf(annotations: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(annotations).filter(
      ([key]) =>
        key.startsWith('kubernetes.io/') && key !== 'serviceAccountToken',
    ),
  );
}

/**
 * Clusters as catalog entities, the Kubernetes plugin's `catalog` cluster
 * locator: every `Resource` of `spec.type: kubernetes-cluster` with the
 * `kubernetes.io/api-server`, `kubernetes.io/api-server-certificate-authority`
 * and `kubernetes.io/auth-provider` annotations, under the same safety rules:
 * the API server URL must pass {@link validateClusterApiServerUrl} (so a
 * non-public URL needs `dangerouslyAllowClusterUrls`), `serviceAccount` auth
 * is refused, and `kubernetes.io/skip-tls-verify` counts only with
 * `dangerouslyAllowSkipTLSVerify`. A refused entity is logged and left out.
 *
 * @public
 */
export class CatalogClusterSupplier implements KafkaOnEksClusterSupplier {
  /**
   * The supplier of the config's `type: catalog` locator, or undefined when
   * there is none. With several such entries, the first one's options apply.
   */
  static fromConfig(
    config: Config,
    deps: { catalog: CatalogService; auth: AuthService; logger: LoggerService },
  ): CatalogClusterSupplier | undefined {
    const [options] = readCatalogLocatorOptions(config);
    return options && new CatalogClusterSupplier({ ...deps, options });
  }

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      options: CatalogClusterLocatorOptions;
    },
  ) {}

  async getClusters(): Promise<ClusterDetails[]> {
    const { catalog, auth } = this.deps;
    const { items } = await catalog.getEntities(
      {
        filter: {
          kind: 'Resource',
          'spec.type': 'kubernetes-cluster',
          [`metadata.annotations.${ANNOTATION_KUBERNETES_API_SERVER}`]:
            CATALOG_FILTER_EXISTS,
          [`metadata.annotations.${ANNOTATION_KUBERNETES_API_SERVER_CA}`]:
            CATALOG_FILTER_EXISTS,
          [`metadata.annotations.${ANNOTATION_KUBERNETES_AUTH_PROVIDER}`]:
            CATALOG_FILTER_EXISTS,
        },
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const clusters: ClusterDetails[] = [];
    for (const entity of items) {
      const cluster = await this.toCluster(entity);
      if (cluster) clusters.push(cluster);
    }
    return clusters;
  }

  private async toCluster(entity: Entity): Promise<ClusterDetails | undefined> {
    const { logger, options } = this.deps;
    const name = entity.metadata.name;
    const annotations = entity.metadata.annotations ?? {};
    const refuse = (why: string) => {
      logger.warn(`Ignoring kubernetes-cluster Resource "${name}": ${why}`);
      return undefined;
    };
    if (annotations[ANNOTATION_KUBERNETES_AUTH_PROVIDER] === 'serviceAccount') {
      return refuse(
        'catalog cluster locator does not support the serviceAccount auth provider',
      );
    }
    const url = annotations[ANNOTATION_KUBERNETES_API_SERVER] ?? '';
    try {
      await validateClusterApiServerUrl(url, options);
    } catch (error) {
      return refuse((error as Error).message);
    }
    return {
      name,
      ...(entity.metadata.title && { title: entity.metadata.title }),
      url,
      caData: annotations[ANNOTATION_KUBERNETES_API_SERVER_CA],
      skipTLSVerify:
        (options.dangerouslyAllowSkipTLSVerify ?? false) &&
        annotations[ANNOTATION_KUBERNETES_SKIP_TLS_VERIFY] === 'true',
      authMetadata: authMetadataOf(annotations),
    };
  }
}
