import { formatRequestProblems, validateClusterRequest } from './validate';

/** The day the tests generate on: 1.35 is the one version in standard support. */
const TEST_CONTEXT = { today: '2026-12-02' };

const minimal = { name: 'orders', owner: 'group:default/team-a' };

function problemsOf(input: Record<string, unknown>) {
  const result = validateClusterRequest({ ...minimal, ...input }, TEST_CONTEXT);
  if (result.ok)
    throw new Error(`expected a rejection of ${JSON.stringify(input)}`);
  return result.problems;
}

describe('validateClusterRequest', () => {
  it('applies the documented defaults to a minimal request', () => {
    const result = validateClusterRequest(minimal, TEST_CONTEXT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request).toEqual({
      name: 'orders',
      owner: 'group:default/team-a',
      region: 'us-east-1',
      zones: 3,
      kubernetesVersion: '1.35',
      kafkaVersion: '4.3.1',
      controllers: { replicas: 3, instanceType: 'm7i.large', volumeSizeGi: 20 },
      brokers: {
        replicas: 3,
        instanceType: 'm7i.xlarge',
        storageClass: 'gp3',
        volumeSizeGi: 500,
      },
      topics: [],
      clientAuthentication: 'scram-sha-512',
      clients: [],
      apiAccessCidrs: [],
      gitopsRevision: 'main',
      generatedOn: '2026-12-02',
    });
  });

  it('fills topic defaults, with the replication factor derived from the brokers', () => {
    const result = validateClusterRequest(
      {
        ...minimal,
        brokers: { replicas: 2 },
        topics: [
          { name: 'orders.created' },
          { name: 'audit', replicationFactor: 1 },
        ],
      },
      TEST_CONTEXT,
    );
    expect(result.ok && result.request.topics).toEqual([
      {
        name: 'orders.created',
        partitions: 6,
        replicationFactor: 2,
        retentionHours: 168,
        cleanupPolicy: 'delete',
      },
      {
        name: 'audit',
        partitions: 6,
        replicationFactor: 1,
        retentionHours: 168,
        cleanupPolicy: 'delete',
      },
    ]);
  });

  it('does not modify its input', () => {
    const input = { ...minimal, brokers: {} };
    validateClusterRequest(input, TEST_CONTEXT);
    expect(input).toEqual({ ...minimal, brokers: {} });
  });

  it('treats blank optional fields as absent', () => {
    const result = validateClusterRequest(
      {
        ...minimal,
        system: '',
        description: null,
        brokers: { iops: null, throughputMiBps: '' },
      },
      TEST_CONTEXT,
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.request.system).toBeUndefined();
    expect(result.ok && result.request.brokers.iops).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'name too short',
      { name: 'ab' },
      'name',
      'must be at least 3 characters long',
    ],
    [
      'name too long',
      { name: 'a'.repeat(41) },
      'name',
      'must be at most 40 characters long',
    ],
    ['name upper case', { name: 'Orders' }, 'name', 'must be a DNS-1035 label'],
    [
      'name starts with digit',
      { name: '1orders' },
      'name',
      'must be a DNS-1035 label',
    ],
    [
      'name ends with dash',
      { name: 'orders-' },
      'name',
      'must be a DNS-1035 label',
    ],
    [
      'owner not a ref',
      { owner: 'team a' },
      'owner',
      'must be an entity reference',
    ],
    [
      'system not a ref',
      { system: 'system:default/pay ments' },
      'system',
      'must be an entity reference',
    ],
    [
      'description too long',
      { description: 'x'.repeat(501) },
      'description',
      'must be at most 500 characters long',
    ],
    [
      'region unknown',
      { region: 'mars-east-1' },
      'region',
      'must be an AWS region code',
    ],
    ['zones 4', { zones: 4 }, 'zones', 'must be one of: 2, 3'],
    ['zones as text', { zones: 'three' }, 'zones', 'must be a whole number'],
    [
      'old kubernetes',
      { kubernetesVersion: '1.29' },
      'kubernetesVersion',
      'must be one of: 1.32, 1.33, 1.34, 1.35',
    ],
    [
      'unsupported kafka',
      { kafkaVersion: '3.9.0' },
      'kafkaVersion',
      'must be one of: 4.2.0, 4.2.1, 4.3.0, 4.3.1',
    ],
    [
      '4 controllers',
      { controllers: { replicas: 4 } },
      'controllers.replicas',
      'must be one of: 3, 5',
    ],
    [
      'bad instance type',
      { controllers: { instanceType: 'large' } },
      'controllers.instanceType',
      'must be an EC2 instance type',
    ],
    [
      'tiny metadata volume',
      { controllers: { volumeSizeGi: 5 } },
      'controllers.volumeSizeGi',
      'must be at least 10',
    ],
    [
      'zero brokers',
      { brokers: { replicas: 0 } },
      'brokers.replicas',
      'must be at least 1',
    ],
    [
      'fractional brokers',
      { brokers: { replicas: 2.5 } },
      'brokers.replicas',
      'must be a whole number',
    ],
    [
      'io1 volumes',
      { brokers: { storageClass: 'io1' } },
      'brokers.storageClass',
      'must be one of: gp3, st1',
    ],
    [
      'gp3 beyond 64 TiB',
      { brokers: { volumeSizeGi: 70000 } },
      'brokers.volumeSizeGi',
      'must be at most 65536',
    ],
    [
      'st1 below 125 GiB',
      { brokers: { storageClass: 'st1', volumeSizeGi: 100 } },
      'brokers.volumeSizeGi',
      'st1 volumes must be at least 125 GiB',
    ],
    [
      'st1 beyond 16 TiB',
      { brokers: { storageClass: 'st1', volumeSizeGi: 20000 } },
      'brokers.volumeSizeGi',
      'st1 volumes must be at most 16384 GiB',
    ],
    [
      'iops on st1',
      { brokers: { storageClass: 'st1', volumeSizeGi: 500, iops: 4000 } },
      'brokers.iops',
      'can only be set for gp3 volumes',
    ],
    [
      'throughput on st1',
      {
        brokers: {
          storageClass: 'st1',
          volumeSizeGi: 500,
          throughputMiBps: 200,
        },
      },
      'brokers.throughputMiBps',
      'can only be set for gp3 volumes',
    ],
    [
      'iops below baseline',
      { brokers: { iops: 1000 } },
      'brokers.iops',
      'must be at least 3000',
    ],
    [
      'iops beyond 500 per GiB',
      { kubernetesVersion: '1.35', brokers: { volumeSizeGi: 10, iops: 6000 } },
      'brokers.iops',
      'at most 500 IOPS per GiB',
    ],
    [
      'throughput beyond 0.25 per IOPS',
      { kubernetesVersion: '1.35', brokers: { throughputMiBps: 1000 } },
      'brokers.throughputMiBps',
      'at most 0.25 MiB/s per IOPS: 3000 IOPS take at most 750 MiB/s',
    ],
    [
      'iops before VolumeAttributesClass GA',
      { kubernetesVersion: '1.33', brokers: { iops: 6000 } },
      'brokers.iops',
      'needs kubernetesVersion 1.34 or newer',
    ],
    [
      'unknown field',
      { brokers: { replica: 3 } },
      'brokers.replica',
      'is not a known field',
    ],
    [
      'topic without name',
      { topics: [{ partitions: 3 }] },
      'topics[0].name',
      'is required',
    ],
    [
      'topic name with space',
      { topics: [{ name: 'orders created' }] },
      'topics[0].name',
      'may only contain letters, digits',
    ],
    [
      'topic name too long',
      { topics: [{ name: 'a'.repeat(250) }] },
      'topics[0].name',
      'must be at most 249 characters long',
    ],
    [
      'topic name ".."',
      { topics: [{ name: '..' }] },
      'topics[0].name',
      'cannot be "." or ".."',
    ],
    [
      'topic name internal',
      { topics: [{ name: '__consumer_offsets' }] },
      'topics[0].name',
      'reserved for Kafka',
    ],
    [
      'topic repeated',
      { topics: [{ name: 'a1' }, { name: 'a1' }] },
      'topics[1].name',
      'repeats topics[0].name',
    ],
    [
      'topic metric clash',
      { topics: [{ name: 'a.b' }, { name: 'a_b' }] },
      'topics[1].name',
      'collides with topics[0].name',
    ],
    [
      'zero partitions',
      { topics: [{ name: 't', partitions: 0 }] },
      'topics[0].partitions',
      'must be at least 1',
    ],
    [
      'RF above brokers',
      { topics: [{ name: 't', replicationFactor: 4 }] },
      'topics[0].replicationFactor',
      'must be at most the broker count (3)',
    ],
    [
      'zero retention',
      { topics: [{ name: 't', retentionHours: 0 }] },
      'topics[0].retentionHours',
      'must be at least 1',
    ],
    [
      'cleanup policy',
      { topics: [{ name: 't', cleanupPolicy: 'archive' }] },
      'topics[0].cleanupPolicy',
      'must be one of: delete, compact',
    ],
    [
      'repoUrl not picker format',
      { repoUrl: 'https://github.com/acme/x' },
      'repoUrl',
      'RepoUrlPicker format',
    ],
  ])('rejects %s, naming %s', (_case, input, path, rule) => {
    const problems = problemsOf(input);
    const problem = problems.find(p => p.path === path);
    expect(problem).toBeDefined();
    expect(problem!.message).toContain(rule);
  });

  it('names every missing required field at once', () => {
    const result = validateClusterRequest({}, TEST_CONTEXT);
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'name', message: 'is required' },
        { path: 'owner', message: 'is required' },
      ],
    });
  });

  it('accepts gp3 performance within the limits on a recent Kubernetes', () => {
    const result = validateClusterRequest(
      {
        ...minimal,
        kubernetesVersion: '1.35',
        brokers: { volumeSizeGi: 1000, iops: 12000, throughputMiBps: 500 },
      },
      TEST_CONTEXT,
    );
    expect(result.ok).toBe(true);
  });

  it('accepts a RepoUrlPicker value', () => {
    const result = validateClusterRequest(
      {
        ...minimal,
        repoUrl: 'github.com?owner=acme&repo=orders-kafka',
      },
      TEST_CONTEXT,
    );
    expect(result.ok && result.request.repoUrl).toBe(
      'github.com?owner=acme&repo=orders-kafka',
    );
  });

  it('rejects input that is not an object', () => {
    expect(validateClusterRequest('orders', TEST_CONTEXT)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the request must be an object' }],
    });
  });
});

describe('formatRequestProblems', () => {
  it('prefixes each rule with its field path', () => {
    expect(
      formatRequestProblems([
        {
          path: 'brokers.volumeSizeGi',
          message: 'st1 volumes must be at least 125 GiB',
        },
        { path: 'owner', message: 'is required' },
      ]),
    ).toBe(
      'brokers.volumeSizeGi: st1 volumes must be at least 125 GiB; owner: is required',
    );
  });
});
