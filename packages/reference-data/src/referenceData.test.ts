import {
  createStrimziValidator,
  readReference,
  strimziKafkaVersions,
  strimziServedVersions,
  terraformModuleVariables,
} from './index';

describe('reference data helper', () => {
  it('fails with a message naming the missing file', () => {
    expect(() => readReference('strimzi-1.2.0/no-such-file.yaml')).toThrow(
      /Reference data missing: .*no-such-file\.yaml does not exist.*\.\.\/shared\/reference/,
    );
  });

  it('reads the Strimzi versions file', () => {
    const supported = strimziKafkaVersions().filter(v => v.supported);
    expect(supported.length).toBeGreaterThan(0);
    expect(strimziKafkaVersions().filter(v => v.default)).toHaveLength(1);
  });

  it('finds the v1 schema of the Strimzi kinds', () => {
    expect(strimziServedVersions('Kafka')).toEqual(['v1']);
    const validate = createStrimziValidator();
    const broken = validate({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaTopic',
      metadata: { name: 't' },
      spec: { partitions: 'many' },
    });
    expect(broken.join('\n')).toMatch(/partitions/);
    expect(
      validate({
        apiVersion: 'kafka.strimzi.io/v1beta2',
        kind: 'KafkaTopic',
        metadata: { name: 't' },
      }),
    ).toEqual([
      'KafkaTopic: apiVersion is kafka.strimzi.io/v1beta2, expected kafka.strimzi.io/v1',
    ]);
  });

  it('lists module variables, with the v21 names', async () => {
    const eks = await terraformModuleVariables('eks');
    expect(eks.has('kubernetes_version')).toBe(true);
    expect(eks.has('cluster_version')).toBe(false);
    const vpc = await terraformModuleVariables('vpc');
    expect(vpc.has('private_subnets')).toBe(true);
  });
});
