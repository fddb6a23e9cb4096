/**
 * On a discovered topic: the entity ref of its cluster's entity. The
 * module's processor turns it into `partOf` / `hasPart`, which Backstage's
 * own processor emits only towards a System.
 *
 * @public
 */
export const KAFKA_PART_OF_ANNOTATION = 'kafka-on-eks/part-of';

/** Strimzi's label naming the Kafka a topic or user belongs to. */
export const STRIMZI_CLUSTER_LABEL = 'strimzi.io/cluster';
