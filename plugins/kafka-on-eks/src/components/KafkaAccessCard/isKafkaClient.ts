import type { Entity } from '@backstage/catalog-model';
import { dependedOnResources } from './useKafkaAccess';

/**
 * True for a Component that depends on a Resource: the Kafka access card's
 * filter. The relation alone cannot say the Resource is a Kafka (that takes
 * a catalog read), so the card itself says when none is.
 *
 * @public
 */
export function isKafkaClientAvailable(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    dependedOnResources(entity).length > 0
  );
}
