import type { HumanDuration } from '@backstage/types';

export interface Config {
  kafkaOnEks?: {
    /**
     * Catalog discovery: every Strimzi Kafka of the clusters in
     * `kubernetes.clusterLocatorMethods` (type `config`) becomes a Resource
     * of type `kafka-cluster`. Off unless `enabled` is true.
     */
    discovery?: {
      /** Turns discovery on. Default false. */
      enabled?: boolean;
      /**
       * Owner of a Kafka without an owner label or annotation, e.g.
       * `group:default/platform-team` (a bare name means a group in
       * `default`). Required when enabled.
       */
      defaultOwner?: string;
      /** Label or annotation on the Kafka naming its owner. Default `backstage.io/owner`. */
      ownerKey?: string;
      /** Label or annotation on the Kafka naming its system. Default `backstage.io/system`. */
      systemKey?: string;
      /** Also emit each KafkaTopic as a Resource of type `kafka-topic`. Default false. */
      topics?: boolean;
      /**
       * Relate the Component named by a KafkaUser's `kafka-on-eks/component`
       * annotation to its cluster (and to the topics its ACLs allow, with
       * `topics`). Default false.
       */
      clients?: boolean;
      /**
       * How long an unreachable cluster keeps its entities, e.g. `{ hours: 24 }`
       * or an ISO 8601 duration `P1D`. Default 24 hours.
       */
      gracePeriod?: HumanDuration | string;
    };
  };
}
