import { strimziKafkaVersions } from '@internal/reference-data';
import {
  compareDottedVersions,
  compareMetadataVersions,
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

describe('version order', () => {
  it.each([
    ['1.9', '1.10', -1],
    ['1.34', '1.34.0', 0],
    ['4.3.1', '4.3.0', 1],
    ['4.2.1', '4.3', -1],
  ])('compareDottedVersions(%s, %s) has the sign %d', (a, b, sign) => {
    expect(Math.sign(compareDottedVersions(a, b))).toBe(sign);
  });

  it.each([
    ['4.2-IV1', '4.3-IV0', -1],
    ['4.3-IV1', '4.3-IV0', 1],
    ['4.3-IV0', '4.3-IV0', 0],
  ])('compareMetadataVersions(%s, %s) has the sign %d', (a, b, sign) => {
    expect(Math.sign(compareMetadataVersions(a, b))).toBe(sign);
  });
});
