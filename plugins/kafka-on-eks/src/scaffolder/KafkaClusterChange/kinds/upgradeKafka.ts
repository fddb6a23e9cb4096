import {
  clusterRequestSchema,
  compareMetadataVersions,
  effectiveMetadataVersion,
  metadataVersionOf,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { branchSlug, prefillText } from '../draftText';
import type { ChangeKindModel } from './types';

export interface UpgradeKafkaDraft {
  kafkaVersion: string;
  metadataVersion: string;
}

// The schema's enums are the versions the pinned Strimzi runs.
const KAFKA_VERSIONS: readonly string[] =
  clusterRequestSchema.properties.kafkaVersion.enum;
const METADATA_VERSIONS: readonly string[] =
  clusterRequestSchema.properties.metadataVersion.enum;

function compareKafkaVersions(a: string, b: string): number {
  const [pa, pb] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The running version and every newer one the pinned Strimzi supports. */
export function kafkaVersionChoices(current: KafkaClusterRequest): string[] {
  return KAFKA_VERSIONS.filter(
    v => compareKafkaVersions(v, current.kafkaVersion) >= 0,
  );
}

/**
 * Metadata versions from the running one up to the one of the chosen Kafka
 * version: never lower (KRaft cannot), never beyond what Kafka runs.
 */
export function metadataVersionChoices(
  current: KafkaClusterRequest,
  kafkaVersion: string,
): string[] {
  const running = effectiveMetadataVersion(current);
  const highest = KAFKA_VERSIONS.includes(kafkaVersion)
    ? metadataVersionOf(kafkaVersion)
    : running;
  return METADATA_VERSIONS.filter(
    v =>
      compareMetadataVersions(v, running) >= 0 &&
      compareMetadataVersions(v, highest) <= 0,
  );
}

/** The Kafka version first, then in another change the metadata version. */
export const upgradeKafka: ChangeKindModel<UpgradeKafkaDraft> = {
  initialDraft: (current, prefill) => ({
    kafkaVersion: prefillText(prefill.kafkaVersion) ?? current.kafkaVersion,
    metadataVersion:
      prefillText(prefill.metadataVersion) ?? effectiveMetadataVersion(current),
  }),
  desiredRequest: (current, draft) => {
    // A request without metadataVersion runs its Kafka version's: keep it
    // absent when that is still what is wanted, so nothing changes by itself.
    const implied =
      current.metadataVersion === undefined &&
      KAFKA_VERSIONS.includes(draft.kafkaVersion) &&
      metadataVersionOf(draft.kafkaVersion) === draft.metadataVersion;
    return {
      ...current,
      kafkaVersion: draft.kafkaVersion,
      metadataVersion: implied ? undefined : draft.metadataVersion,
    };
  },
  proposal: (current, draft) =>
    draft.kafkaVersion !== current.kafkaVersion
      ? {
          branch: branchSlug('upgrade-kafka', draft.kafkaVersion),
          title: `Upgrade Kafka to ${draft.kafkaVersion}`,
        }
      : {
          branch: branchSlug('raise-metadata-version', draft.metadataVersion),
          title: `Raise the KRaft metadata version to ${draft.metadataVersion}`,
        },
};
