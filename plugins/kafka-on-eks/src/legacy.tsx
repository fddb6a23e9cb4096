import {
  createComponentExtension,
  createPlugin,
} from '@backstage/core-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { isKafkaOnEksEntity } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { kafkaOnEksApiFactory } from './apiFactory';
import { createChangeTemplateRouteRef } from './routes';

/**
 * The plugin for portals still on the legacy frontend system.
 *
 * @public
 */
export const kafkaOnEksLegacyPlugin = createPlugin({
  id: 'kafka-on-eks',
  apis: [kafkaOnEksApiFactory],
  externalRoutes: { createChangeTemplate: createChangeTemplateRouteRef },
});

/**
 * Content for an `EntityLayout.Route` on the entity page: the live Kafka tab.
 *
 * @public
 */
export const EntityKafkaOnEksContent = kafkaOnEksLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityKafkaOnEksContent',
    component: {
      lazy: () =>
        import('./components/KafkaOnEksContent').then(m => m.KafkaOnEksContent),
    },
  }),
);

/**
 * A card for the entity overview page, linking to the Kafka tab.
 *
 * @public
 */
export const EntityKafkaOnEksCard = kafkaOnEksLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityKafkaOnEksCard',
    component: {
      lazy: () =>
        import('./components/KafkaOnEksOverviewCard').then(
          m => m.KafkaOnEksOverviewCard,
        ),
    },
  }),
);

/**
 * "Kafka access" for a Component's overview page: the Kafka clusters and
 * topics it uses, its access and consumer groups. Show it with
 * `EntitySwitch.Case if={isKafkaClientAvailable}`.
 *
 * @public
 */
export const EntityKafkaAccessCard = kafkaOnEksLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityKafkaAccessCard',
    component: {
      lazy: () =>
        import('./components/KafkaAccessCard').then(m => m.KafkaAccessCard),
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
