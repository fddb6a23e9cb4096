import {
  createComponentExtension,
  createPlugin,
} from '@backstage/core-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { isKafkaOnEksEntity } from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * The plugin for portals still on the legacy frontend system.
 *
 * @public
 */
export const kafkaOnEksLegacyPlugin = createPlugin({ id: 'kafka-on-eks' });

/**
 * Content for an `EntityLayout.Route` on the entity page.
 *
 * @public
 */
export const EntityKafkaOnEksContent = kafkaOnEksLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityKafkaOnEksContent',
    component: {
      lazy: () =>
        import('./components/KafkaLocationCard').then(m => m.KafkaLocationCard),
    },
  }),
);

/**
 * A card for the entity overview page.
 *
 * @public
 */
export const EntityKafkaOnEksCard = kafkaOnEksLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityKafkaOnEksCard',
    component: {
      lazy: () =>
        import('./components/KafkaLocationCard').then(m => m.KafkaLocationCard),
    },
  }),
);

/**
 * For `EntitySwitch.Case if={isKafkaOnEksAvailable}`: true when the entity
 * carries the `kafka-on-eks/kafka` annotation.
 *
 * @public
 */
export const isKafkaOnEksAvailable = (entity: Entity): boolean =>
  isKafkaOnEksEntity(entity);
