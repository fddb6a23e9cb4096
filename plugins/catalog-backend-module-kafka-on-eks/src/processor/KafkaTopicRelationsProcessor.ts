import {
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_HAS_PART,
  RELATION_PART_OF,
  type Entity,
} from '@backstage/catalog-model';
import {
  processingResult,
  type CatalogProcessor,
  type CatalogProcessorEmit,
  type LocationSpec,
} from '@backstage/plugin-catalog-node';
import { refOf } from '../config/readDiscoveryConfig';
import { KAFKA_PART_OF_ANNOTATION } from '../entities/annotations';

/**
 * Relates a discovered topic to its cluster: `partOf` from the topic,
 * `hasPart` from the cluster. Backstage's own processor emits `partOf` only
 * from `spec.system`, towards a System, and a topic's system stays its
 * cluster's system.
 */
export class KafkaTopicRelationsProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'KafkaTopicRelationsProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const target = entity.metadata.annotations?.[KAFKA_PART_OF_ANNOTATION];
    if (!target) return entity;
    const self = getCompoundEntityRef(entity);
    const clusterRef = refOf(target, 'resource');
    // A hand-written annotation can be wrong; the entity is still valid.
    if (!clusterRef) return entity;
    const cluster = parseEntityRef(clusterRef);
    emit(
      processingResult.relation({
        source: self,
        type: RELATION_PART_OF,
        target: cluster,
      }),
    );
    emit(
      processingResult.relation({
        source: cluster,
        type: RELATION_HAS_PART,
        target: self,
      }),
    );
    return entity;
  }
}
