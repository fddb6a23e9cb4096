import type { Entity } from '@backstage/catalog-model';

/**
 * The Kubernetes cluster that runs the Kafka. The same annotation Backstage's
 * own Kubernetes plugin reads, so one entity serves both tabs.
 *
 * @public
 */
export const KUBERNETES_CLUSTER_ANNOTATION = 'backstage.io/kubernetes-cluster';

/**
 * The namespace the Strimzi `Kafka` resource lives in.
 *
 * @public
 */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';

/**
 * The name of the Strimzi `Kafka` resource. Its presence is what marks an
 * entity as a Kafka on EKS cluster.
 *
 * @public
 */
export const KAFKA_ANNOTATION = 'kafka-on-eks/kafka';

/**
 * Where one Kafka cluster lives, as read from an entity's annotations.
 *
 * @public
 */
export interface KafkaLocation {
  /** Name of the Kubernetes cluster in `kubernetes.clusterLocatorMethods`. */
  cluster: string;
  namespace: string;
  /** Name of the Strimzi `Kafka` resource. */
  kafka: string;
}

/**
 * The result of reading an entity's annotations: the location, or the names
 * of the annotations that are missing or empty.
 *
 * @public
 */
export type KafkaLocationResult =
  | { ok: true; location: KafkaLocation }
  | { ok: false; missingAnnotations: string[] };

/**
 * True when the entity carries the Kafka annotation, i.e. when the Kafka tab
 * and card should be shown for it.
 *
 * @public
 */
export function isKafkaOnEksEntity(entity: Entity): boolean {
  return Boolean(entity.metadata.annotations?.[KAFKA_ANNOTATION]?.trim());
}

/**
 * Reads where an entity's Kafka lives. Every missing annotation is reported,
 * not only the first, so a user can fix the entity in one edit.
 *
 * @public
 */
export function readKafkaLocation(entity: Entity): KafkaLocationResult {
  const annotations = entity.metadata.annotations ?? {};
  const read = (name: string) => annotations[name]?.trim() ?? '';
  const cluster = read(KUBERNETES_CLUSTER_ANNOTATION);
  const namespace = read(KUBERNETES_NAMESPACE_ANNOTATION);
  const kafka = read(KAFKA_ANNOTATION);

  const missingAnnotations = [
    [KUBERNETES_CLUSTER_ANNOTATION, cluster],
    [KUBERNETES_NAMESPACE_ANNOTATION, namespace],
    [KAFKA_ANNOTATION, kafka],
  ]
    .filter(([, value]) => value === '')
    .map(([name]) => name);

  if (missingAnnotations.length > 0) {
    return { ok: false, missingAnnotations };
  }
  return { ok: true, location: { cluster, namespace, kafka } };
}

/**
 * On a Strimzi `Kafka`: the catalog entity generated with it, e.g.
 * `resource:default/orders`. Catalog discovery leaves such a Kafka alone, as
 * it is already registered.
 *
 * @public
 */
export const KAFKA_ENTITY_REF_ANNOTATION = 'kafka-on-eks/entity-ref';

/**
 * On a Strimzi `KafkaUser`: the catalog entity of the application that
 * connects with it, e.g. `component:default/orders-service`.
 *
 * @public
 */
export const KAFKA_USER_COMPONENT_ANNOTATION = 'kafka-on-eks/component';
