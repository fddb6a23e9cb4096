import { strimziKafkaVersions } from '@internal/reference-data';
import {
  DEFAULT_KAFKA_VERSION,
  metadataVersionOf,
  SUPPORTED_KAFKA_VERSIONS,
} from './kafkaVersions';

describe('SUPPORTED_KAFKA_VERSIONS', () => {
  const upstream = strimziKafkaVersions();

  it("equals the versions Strimzi 1.2.0's kafka-versions.yaml marks supported", () => {
    expect(SUPPORTED_KAFKA_VERSIONS).toEqual(
      upstream
        .filter(v => v.supported)
        .map(v => ({
          version: String(v.version),
          metadataVersion: String(v.metadata),
        })),
    );
  });

  it("defaults to the file's default version", () => {
    expect(upstream.filter(v => v.default).map(v => String(v.version))).toEqual(
      [DEFAULT_KAFKA_VERSION],
    );
  });

  it('gives the metadata version of a supported version and refuses others', () => {
    expect(metadataVersionOf('4.3.1')).toBe('4.3-IV0');
    expect(() => metadataVersionOf('3.9.0')).toThrow(
      'Kafka 3.9.0 is not supported by Strimzi 1.2.0',
    );
  });
});
