import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
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

/** One entity that stands for a Kafka, and which Kafka. */
export interface Claim {
  cluster: string;
  /** `<namespace>/<kafka>`. */
  key: string;
  claim: ClaimedKafka;
}

/**
 * What an entity claims: the Kafka its `backstage.io/kubernetes-cluster`,
 * `-namespace` and `kafka-on-eks/kafka` annotations point at, unless
 * discovery emitted it itself.
 */
export function claimOf(entity: Entity): Claim | undefined {
  const managedBy =
    entity.metadata.annotations?.['backstage.io/managed-by-location'] ?? '';
  if (managedBy.startsWith(DISCOVERY_LOCATION_PREFIX)) return undefined;
  const read = readKafkaLocation(entity);
  if (!read.ok) return undefined;
  const { cluster, namespace, kafka } = read.location;
  const owner = entity.spec?.owner;
  const system = entity.spec?.system;
  return {
    cluster,
    key: kafkaKey(namespace, kafka),
    claim: {
      entityRef: stringifyEntityRef(entity),
      ...(typeof owner === 'string' && { owner }),
      ...(typeof system === 'string' && { system }),
    },
  };
}

/**
 * The catalog's entities that stand for a Kafka: a `catalog-info.yaml`
 * written by hand or generated.
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
    for (const found of items.map(claimOf)) {
      if (!found) continue;
      const inCluster = claims.get(found.cluster) ?? new Map();
      inCluster.set(found.key, found.claim);
      claims.set(found.cluster, inCluster);
    }
    return claims;
  };
}

// A claim seen in processing counts this long, until reads of the catalog
// (which show an entity only once it is stitched) have caught up.
const NOTICED_CLAIM_MS = 120_000;

/**
 * The last claims read, shared by the providers of every cluster: read at
 * most once per `maxAgeMs`, and kept when a read fails; plus the claims the
 * catalog's processing has just seen, so that a `catalog-info.yaml`
 * processed after discovery started replaces the discovered entity at once.
 */
export class ClaimsCache {
  private claims?: Claims;
  private readAt = -Infinity;
  private reading?: Promise<Claims | undefined>;
  private readonly noticed = new Map<string, Claim & { at: number }>();
  private readonly listeners: Array<(cluster: string) => void> = [];

  constructor(
    private readonly source: ClaimsSource,
    private readonly logger: LoggerService,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Called with the cluster of each new claim {@link ClaimsCache.notice} gets. */
  onNotice(listener: (cluster: string) => void): void {
    this.listeners.push(listener);
  }

  /** A claim seen elsewhere (in processing), before the catalog shows it. */
  notice(found: Claim): void {
    const id = `${found.cluster}\n${found.key}`;
    const known =
      this.noticed.get(id)?.claim ??
      this.claims?.get(found.cluster)?.get(found.key);
    this.noticed.set(id, { ...found, at: this.now() });
    if (JSON.stringify(known) !== JSON.stringify(found.claim)) {
      this.listeners.forEach(listener => listener(found.cluster));
    }
  }

  /** The claims, or undefined while the catalog has never been read. */
  async get(fresh = false): Promise<Claims | undefined> {
    const read = await this.read(fresh);
    if (!read) return undefined;
    const merged = new Map([...read].map(([c, m]) => [c, new Map(m)]));
    for (const [id, found] of this.noticed) {
      if (this.now() - found.at > NOTICED_CLAIM_MS) {
        this.noticed.delete(id);
        continue;
      }
      const inCluster = merged.get(found.cluster) ?? new Map();
      inCluster.set(found.key, found.claim);
      merged.set(found.cluster, inCluster);
    }
    return merged;
  }

  private async read(fresh: boolean): Promise<Claims | undefined> {
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
