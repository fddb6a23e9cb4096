import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  readKafkaLocation,
  KAFKA_ANNOTATION,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { kafkaKey, type ClaimedKafka } from '../entities/discoveredEntities';

/** Claims by cluster, then by `<namespace>/<kafka>`. */
export type Claims = ReadonlyMap<string, ReadonlyMap<string, ClaimedKafka>>;

/** Where claims come from; the catalog in a portal, a fixed map in tests. */
export type ClaimsSource = () => Promise<Claims>;

/** The location prefix of every entity discovery emits. */
export const DISCOVERY_LOCATION_PREFIX = 'kafka-on-eks-discovery:';

/**
 * The catalog's entities that stand for a Kafka, read by their annotations
 * (`backstage.io/kubernetes-cluster`, `-namespace`, `kafka-on-eks/kafka`):
 * a `catalog-info.yaml` written by hand or generated. Discovery's own
 * entities do not count.
 */
export function catalogClaims(
  catalog: CatalogService,
  auth: AuthService,
): ClaimsSource {
  return async () => {
    const { items } = await catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${KAFKA_ANNOTATION}`]: CATALOG_FILTER_EXISTS,
        },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.annotations',
          'spec.owner',
          'spec.system',
        ],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const claims = new Map<string, Map<string, ClaimedKafka>>();
    for (const entity of items) {
      const managedBy =
        entity.metadata.annotations?.['backstage.io/managed-by-location'] ?? '';
      if (managedBy.startsWith(DISCOVERY_LOCATION_PREFIX)) continue;
      const read = readKafkaLocation(entity);
      if (!read.ok) continue;
      const { cluster, namespace, kafka } = read.location;
      const owner = entity.spec?.owner;
      const system = entity.spec?.system;
      const inCluster = claims.get(cluster) ?? new Map();
      inCluster.set(kafkaKey(namespace, kafka), {
        entityRef: stringifyEntityRef(entity),
        ...(typeof owner === 'string' && { owner }),
        ...(typeof system === 'string' && { system }),
      });
      claims.set(cluster, inCluster);
    }
    return claims;
  };
}

/**
 * The last claims read, shared by the providers of every cluster: read at
 * most once per `maxAgeMs`, and kept when a read fails.
 */
export class ClaimsCache {
  private claims?: Claims;
  private readAt = -Infinity;
  private reading?: Promise<Claims | undefined>;

  constructor(
    private readonly source: ClaimsSource,
    private readonly logger: LoggerService,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The claims, or undefined while they have never been read. */
  async get(fresh = false): Promise<Claims | undefined> {
    if (!fresh && this.claims && this.now() - this.readAt < this.maxAgeMs) {
      return this.claims;
    }
    this.reading ??= this.source()
      .then(claims => {
        this.claims = claims;
        this.readAt = this.now();
        return claims;
      })
      .catch(error => {
        this.logger.warn(
          `discovery: cannot read the catalog's Kafka entities (duplicates check): ${
            (error as Error).message
          }`,
        );
        return this.claims;
      })
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }
}
