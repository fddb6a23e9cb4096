/**
 * Kafka versions the Strimzi 1.2.0 operator runs (`supported: true` in its
 * `kafka-versions.yaml`), with the KRaft metadata version of each. A test
 * keeps this table equal to the upstream file in ../shared/reference.
 *
 * @public
 */
export const SUPPORTED_KAFKA_VERSIONS: ReadonlyArray<{
  version: string;
  metadataVersion: string;
}> = [
  { version: '4.2.0', metadataVersion: '4.2-IV1' },
  { version: '4.2.1', metadataVersion: '4.2-IV1' },
  { version: '4.3.0', metadataVersion: '4.3-IV0' },
  { version: '4.3.1', metadataVersion: '4.3-IV0' },
];

/** The operator's default (`default: true`). @public */
export const DEFAULT_KAFKA_VERSION = '4.3.1';

/** The Strimzi release the generated repository installs. @public */
export const STRIMZI_VERSION = '1.2.0';

/**
 * The metadata version that goes with a supported Kafka version.
 *
 * @public
 */
export function metadataVersionOf(kafkaVersion: string): string {
  const entry = SUPPORTED_KAFKA_VERSIONS.find(v => v.version === kafkaVersion);
  if (!entry) {
    throw new Error(
      `Kafka ${kafkaVersion} is not supported by Strimzi ${STRIMZI_VERSION}`,
    );
  }
  return entry.metadataVersion;
}
