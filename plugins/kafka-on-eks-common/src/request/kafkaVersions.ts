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
 * Orders KRaft metadata versions (`4.2-IV1` before `4.3-IV0`): negative
 * when `a` is older.
 *
 * @public
 */
export function compareMetadataVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]IV|[.-]/).map(Number);
  return compareNumberLists(parts(a), parts(b));
}

/**
 * Orders dotted versions part by part as numbers (`1.9` before `1.10`,
 * `4.3` equal to `4.3.0`): negative when `a` is older. Kafka and Kubernetes
 * versions alike.
 *
 * @public
 */
export function compareDottedVersions(a: string, b: string): number {
  return compareNumberLists(a.split('.').map(Number), b.split('.').map(Number));
}

function compareNumberLists(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The metadata version a request runs: its own, or its Kafka version's.
 *
 * @public
 */
export function effectiveMetadataVersion(request: {
  kafkaVersion: string;
  metadataVersion?: string;
}): string {
  return request.metadataVersion ?? metadataVersionOf(request.kafkaVersion);
}

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
