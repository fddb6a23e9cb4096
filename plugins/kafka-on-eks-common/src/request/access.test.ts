import { TWO_ZONE_WARNING } from './warnings';
import { validateClusterRequest } from './validate';

const TEST_CONTEXT = { today: '2026-12-02' };
const base = {
  name: 'orders',
  owner: 'group:default/team-a',
  region: 'eu-west-1',
  topics: [{ name: 'orders.created' }, { name: 'audit' }],
};

function validate(input: Record<string, unknown>) {
  return validateClusterRequest({ ...base, ...input }, TEST_CONTEXT);
}

function problemsOf(input: Record<string, unknown>) {
  const result = validate(input);
  if (result.ok)
    throw new Error(`expected a rejection of ${JSON.stringify(input)}`);
  return result.problems;
}

describe('clients', () => {
  const client = {
    name: 'orders-service',
    component: 'component:default/orders-service',
    topics: [{ name: 'orders.created', access: 'readwrite' }],
    consumerGroups: ['orders-service', 'orders-replay-*'],
  };

  it('defaults the namespace to the client name and the groups to none', () => {
    const result = validate({
      clients: [
        client,
        { name: 'auditor', topics: [{ name: 'audit', access: 'read' }] },
      ],
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.request.clients).toEqual([
      { ...client, namespace: 'orders-service' },
      {
        name: 'auditor',
        namespace: 'auditor',
        topics: [{ name: 'audit', access: 'read' }],
        consumerGroups: [],
      },
    ]);
    expect(result.ok && result.request.clientAuthentication).toBe(
      'scram-sha-512',
    );
  });

  it('refuses a topic the request does not define, naming the field', () => {
    expect(
      problemsOf({
        clients: [
          { ...client, topics: [{ name: 'payments', access: 'read' }] },
        ],
      }),
    ).toEqual([
      {
        path: 'clients[0].topics[0].name',
        message:
          'names topic "payments", which this request does not define (add it to topics first)',
      },
    ]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a name that is no DNS label',
      { name: 'Orders_Service' },
      'clients[0].name',
      'must be a DNS-1123 label',
    ],
    [
      'an unknown access',
      { topics: [{ name: 'audit', access: 'admin' }] },
      'clients[0].topics[0].access',
      'must be one of: read, write, readwrite',
    ],
    [
      'no topics',
      { topics: [] },
      'clients[0].topics',
      'must have at least 1 item(s)',
    ],
    [
      'a group with a space',
      { consumerGroups: ['my group'] },
      'clients[0].consumerGroups[0]',
      'must be a consumer group id',
    ],
    [
      'a star inside a group',
      { consumerGroups: ['a*b'] },
      'clients[0].consumerGroups[0]',
      'must be a consumer group id',
    ],
    [
      'a component that is no ref',
      { component: 'orders service' },
      'clients[0].component',
      'must be an entity reference',
    ],
    [
      'the Kafka namespace',
      { namespace: 'kafka' },
      'clients[0].namespace',
      'cannot be kafka',
    ],
    [
      'a name that defaults into a reserved namespace',
      { name: 'argocd', namespace: undefined },
      'clients[0].name',
      'cannot be argocd',
    ],
    [
      'a topic twice',
      {
        topics: [
          { name: 'audit', access: 'read' },
          { name: 'audit', access: 'write' },
        ],
      },
      'clients[0].topics[1].name',
      'repeats clients[0].topics[0].name',
    ],
    [
      'an unknown field',
      { password: 'x' },
      'clients[0].password',
      'is not a known field',
    ],
  ])('refuses %s', (_, change, path, message) => {
    const problems = problemsOf({ clients: [{ ...client, ...change }] });
    expect(problems).toContainEqual({
      path,
      message: expect.stringContaining(message),
    });
  });

  it('refuses two clients of one name', () => {
    expect(problemsOf({ clients: [client, client] })).toContainEqual({
      path: 'clients[1].name',
      message: 'repeats clients[0].name',
    });
  });

  it('takes tls client authentication and refuses anything else', () => {
    expect(validate({ clientAuthentication: 'tls' }).ok).toBe(true);
    expect(problemsOf({ clientAuthentication: 'plain' })).toEqual([
      {
        path: 'clientAuthentication',
        message: 'must be one of: scram-sha-512, tls',
      },
    ]);
  });
});

describe('apiAccessCidrs', () => {
  it('defaults to a private-only endpoint', () => {
    const result = validate({});
    expect(result.ok && result.request.apiAccessCidrs).toEqual([]);
  });

  it('takes networks', () => {
    const result = validate({
      apiAccessCidrs: ['203.0.113.0/24', '198.51.100.7/32', '10.0.0.0/8'],
    });
    expect(result.ok).toBe(true);
  });

  it.each<[string, string]>([
    [
      '0.0.0.0/0',
      'cannot be 0.0.0.0/0: that opens the EKS API to the whole internet',
    ],
    ['128.0.0.0/1', 'must be /8 or narrower'],
    ['203.0.113.7/24', 'has host bits set: the network is 203.0.113.0/24'],
    ['203.0.113.0', 'must be an IPv4 CIDR block'],
    ['256.0.0.0/8', 'must be an IPv4 CIDR block'],
    ['2001:db8::/32', 'must be an IPv4 CIDR block'],
    ['10.0.0.0/33', 'must be an IPv4 CIDR block'],
  ])('refuses %s naming apiAccessCidrs', (cidr, message) => {
    expect(problemsOf({ apiAccessCidrs: [cidr] })).toContainEqual({
      path: 'apiAccessCidrs[0]',
      message: expect.stringContaining(message),
    });
  });

  it('refuses more than EKS takes', () => {
    const cidrs = Array.from({ length: 41 }, (_, i) => `10.${i}.0.0/16`);
    expect(problemsOf({ apiAccessCidrs: cidrs })).toContainEqual({
      path: 'apiAccessCidrs',
      message: 'must have at most 40 items',
    });
  });
});

describe('portal role and KMS key', () => {
  const key =
    'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

  it('takes a role and a key of the cluster region', () => {
    const result = validate({
      portalRoleArn: 'arn:aws:iam::123456789012:role/backstage',
      ebsKmsKeyArn: key,
    });
    expect(result.ok).toBe(true);
  });

  it('treats blank ones as absent', () => {
    const result = validate({ portalRoleArn: '', ebsKmsKeyArn: null });
    expect(
      result.ok && [result.request.portalRoleArn, result.request.ebsKmsKeyArn],
    ).toEqual([undefined, undefined]);
  });

  it.each<[Record<string, unknown>, string, string]>([
    [
      { portalRoleArn: 'arn:aws:iam::123456789012:user/alice' },
      'portalRoleArn',
      'must be an IAM role ARN',
    ],
    [
      { portalRoleArn: 'arn:aws:iam::1234:role/x' },
      'portalRoleArn',
      'must be an IAM role ARN',
    ],
    [
      { ebsKmsKeyArn: 'alias/aws/ebs' },
      'ebsKmsKeyArn',
      'must be a KMS key ARN',
    ],
    [
      { ebsKmsKeyArn: key.replace('eu-west-1', 'us-east-1') },
      'ebsKmsKeyArn',
      'the key is in us-east-1, but EBS volumes of a cluster in eu-west-1 need a key of that region',
    ],
  ])('refuses %j', (input, path, message) => {
    expect(problemsOf(input)).toContainEqual({
      path,
      message: expect.stringContaining(message),
    });
  });
});

describe('gitopsRevision', () => {
  it('defaults to main and takes a tag', () => {
    expect(
      validate({}).ok && (validate({}) as any).request.gitopsRevision,
    ).toBe('main');
    expect(validate({ gitopsRevision: 'release/2026.12' }).ok).toBe(true);
  });

  it.each(['-rf', 'a..b', 'main.lock', 'a b', 'main/'])(
    'refuses %s',
    revision => {
      expect(problemsOf({ gitopsRevision: revision })[0].path).toBe(
        'gitopsRevision',
      );
    },
  );
});

describe('warnings', () => {
  it('warns on two zones with what is lost', () => {
    const result = validate({ zones: 2 });
    expect(result.ok && result.warnings).toContainEqual({
      path: 'zones',
      message: TWO_ZONE_WARNING,
    });
    expect(TWO_ZONE_WARNING).toContain('a zone outage');
    expect(
      validate({ zones: 3 }).ok && (validate({ zones: 3 }) as any).warnings,
    ).toEqual([]);
  });

  it('warns on a replication factor 2 topic, naming it', () => {
    const result = validate({
      topics: [{ name: 'a' }, { name: 'b', replicationFactor: 2 }],
    });
    expect(result.ok && result.warnings).toEqual([
      {
        path: 'topics[1].replicationFactor',
        message: expect.stringContaining('keeps min.insync.replicas at 1'),
      },
    ]);
  });

  it('warns once for a two-broker cluster, whose default is 2', () => {
    const result = validate({ brokers: { replicas: 2 } });
    expect(result.ok && result.warnings.map(w => w.path)).toEqual([
      'brokers.replicas',
    ]);
  });
});
