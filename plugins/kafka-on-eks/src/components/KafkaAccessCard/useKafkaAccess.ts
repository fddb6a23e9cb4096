import { useEffect, useState } from 'react';
import {
  parseEntityRef,
  RELATION_DEPENDS_ON,
  RELATION_PART_OF,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  readClientAccess,
  type KafkaClientAccess,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/** One Kafka cluster a Component uses, as the catalog relates them. */
export interface KafkaClusterAccess {
  /** The `kafka-cluster` entity's ref. */
  clusterRef: string;
  /** The cluster entity, when the Component depends on it directly. */
  cluster?: Entity;
  /** `kafka-topic` entities of this cluster the Component depends on. */
  topics: Entity[];
  /** From the cluster's client access annotation, when discovery wrote it. */
  access?: KafkaClientAccess;
}

export type KafkaAccessState =
  | { loading: true }
  | { loading: false; error: Error }
  | { loading: false; clusters: KafkaClusterAccess[] };

/** The `dependsOn` targets that are Resources: where Kafka entities can be. */
export function dependedOnResources(entity: Entity): string[] {
  return (entity.relations ?? [])
    .filter(
      r =>
        r.type === RELATION_DEPENDS_ON &&
        parseEntityRef(r.targetRef).kind.toLocaleLowerCase('en-US') ===
          'resource',
    )
    .map(r => r.targetRef);
}

const typeOf = (e: Entity) => (e.spec as { type?: unknown } | undefined)?.type;

/**
 * The Kafka clusters and topics a Component depends on, read from the
 * catalog: discovery with `clients` emits `dependencyOf` from them, which
 * the catalog turns into the Component's `dependsOn`.
 */
export function useKafkaAccess(entity: Entity): KafkaAccessState {
  const catalogApi = useApi(catalogApiRef);
  const [state, setState] = useState<KafkaAccessState>({ loading: true });
  const componentRef = stringifyEntityRef(entity);
  const refs = dependedOnResources(entity);
  const refsKey = refs.join('\n');

  useEffect(() => {
    let current = true;
    setState({ loading: true });
    catalogApi
      .getEntitiesByRefs({
        entityRefs: refsKey ? refsKey.split('\n') : [],
        fields: ['kind', 'metadata', 'spec', 'relations'],
      })
      .then(({ items }) => {
        if (!current) return;
        const found = items.filter((e): e is Entity => Boolean(e));
        const byCluster = new Map<string, KafkaClusterAccess>();
        const entry = (clusterRef: string) => {
          const known = byCluster.get(clusterRef);
          if (known) return known;
          const created: KafkaClusterAccess = { clusterRef, topics: [] };
          byCluster.set(clusterRef, created);
          return created;
        };
        for (const e of found.filter(f => typeOf(f) === 'kafka-cluster')) {
          const access = entry(stringifyEntityRef(e));
          access.cluster = e;
          access.access = readClientAccess(e, componentRef);
        }
        for (const topic of found.filter(f => typeOf(f) === 'kafka-topic')) {
          // A topic of a Kafka with its own catalog-info.yaml is related to
          // that entity; the Component may not depend on the cluster itself.
          const partOf = topic.relations?.find(
            r => r.type === RELATION_PART_OF,
          )?.targetRef;
          if (partOf) entry(partOf).topics.push(topic);
        }
        setState({ loading: false, clusters: [...byCluster.values()] });
      })
      .catch(error => {
        if (current) setState({ loading: false, error });
      });
    return () => {
      current = false;
    };
  }, [catalogApi, componentRef, refsKey]);

  return state;
}
