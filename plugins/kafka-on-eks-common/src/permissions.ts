import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Reading the live Kafka view of a catalog entity. A resource permission on
 * the entity, so policies can decide per owner or per annotation.
 *
 * @public
 */
export const kafkaClusterReadPermission = createPermission({
  name: 'kafka-on-eks.cluster.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Approving, stopping or refreshing a KafkaRebalance of the entity's Kafka
 * (Strimzi's `strimzi.io/rebalance` annotation): the plugin's one write to a
 * cluster, so it is separate from reading.
 *
 * @public
 */
export const kafkaRebalanceUpdatePermission = createPermission({
  name: 'kafka-on-eks.rebalance.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Every permission this plugin defines, for the permission integration router.
 *
 * @public
 */
export const kafkaOnEksPermissions = [
  kafkaClusterReadPermission,
  kafkaRebalanceUpdatePermission,
];
