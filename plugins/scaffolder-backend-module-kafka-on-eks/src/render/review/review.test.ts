import {
  KAFKA_ENTITY_REF_ANNOTATION,
  requestWarnings,
  validateClusterRequest,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { createStrimziValidator } from '@internal/reference-data';
import { parse } from 'yaml';
import { gitCloneUrl } from '../naming';
import {
  largeRequest,
  requestWith,
  TEST_CONTEXT,
} from '../__fixtures__/requests';
import {
  blocks,
  ofKind,
  parseRepository,
  type ParsedRepository,
} from './__testUtils__/parseRepository';

/**
 * The deployment review, as a suite: for a table of requests, each rule a
 * senior EKS and Strimzi engineer checks is a fact of the parsed output of
 * the whole repository. The folder suites (terraform/, kubernetes/) test
 * each half in depth; these are the rules that span the halves and the
 * docs.
 */
const KEY =
  'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const REQUESTS: Array<[string, () => KafkaClusterRequest]> = [
  ['the defaults', () => requestWith()],
  ['a large st1 cluster', () => largeRequest()],
  [
    'two zones, public API for two networks, tls clients, provisioned gp3, a KMS key and a portal role',
    () =>
      requestWith({
        zones: 2,
        apiAccessCidrs: ['203.0.113.0/24', '198.51.100.0/28'],
        clientAuthentication: 'tls',
        brokers: { replicas: 4, iops: 6000, throughputMiBps: 250 },
        ebsKmsKeyArn: KEY,
        portalRoleArn: 'arn:aws:iam::123456789012:role/backstage',
        gitopsRevision: 'release/kafka',
        topics: [
          { name: 'orders.created', partitions: 12 },
          { name: 'orders-compacted', cleanupPolicy: 'compact' },
          { name: 'audit', replicationFactor: 2 },
        ],
        clients: [
          {
            name: 'orders-service',
            component: 'component:default/orders-service',
            topics: [
              { name: 'orders.created', access: 'readwrite' },
              { name: 'orders-compacted', access: 'read' },
            ],
            consumerGroups: ['orders-service', 'orders-replay-*'],
          },
          {
            name: 'auditor',
            namespace: 'compliance',
            topics: [{ name: 'audit', access: 'write' }],
          },
          {
            name: 'reporting',
            namespace: 'compliance',
            topics: [{ name: 'audit', access: 'read' }],
            consumerGroups: ['reports-*'],
          },
        ],
      }),
  ],
];

const infra = (r: ParsedRepository) =>
  r.terraform.find(t => t.dir === 'terraform/infra')!;
const fileText = (r: ParsedRepository, path: string) =>
  r.files.find(f => f.path === path)!.content;

/** What a client may do, worked out here from the request alone. */
function expectedAcls(request: KafkaClusterRequest, clientName: string) {
  const client = request.clients.find(c => c.name === clientName)!;
  const acls: string[] = [];
  for (const topic of client.topics) {
    const ops = {
      read: ['Describe', 'Read'],
      write: ['Describe', 'Write'],
      readwrite: ['Describe', 'Read', 'Write'],
    }[topic.access];
    for (const op of ops) acls.push(`topic:literal:${topic.name}:${op}`);
  }
  for (const group of client.consumerGroups) {
    acls.push(
      group.endsWith('*')
        ? `group:prefix:${group.slice(0, -1)}:Read`
        : `group:literal:${group}:Read`,
    );
  }
  return acls.sort();
}

function actualAcls(user: any): string[] {
  return user.spec.authorization.acls
    .flatMap((acl: any) =>
      acl.operations.map(
        (op: string) =>
          `${acl.resource.type}:${acl.resource.patternType ?? 'literal'}:${
            acl.resource.name
          }:${op}`,
      ),
    )
    .sort();
}

describe.each(REQUESTS)('deployment review of %s', (_, make) => {
  const request = make();
  let repo: ParsedRepository;
  beforeAll(async () => {
    repo = await parseRepository(request);
  });

  it('every Strimzi document validates against its 1.2.0 CRD', () => {
    const validate = createStrimziValidator();
    const strimzi = repo.yaml.filter(d =>
      String(d.value?.apiVersion).startsWith('kafka.strimzi.io/'),
    );
    expect(strimzi.length).toBeGreaterThan(3);
    expect(strimzi.flatMap(d => validate(d.value))).toEqual([]);
  });

  it('every listener has authentication, and every KafkaUser uses it', () => {
    const [kafka] = ofKind(repo, 'Kafka');
    const listeners = kafka.spec.kafka.listeners;
    expect(listeners.length).toBeGreaterThan(0);
    for (const listener of listeners) {
      expect(listener.tls).toBe(true);
      expect(listener.authentication?.type).toBe(request.clientAuthentication);
    }
    expect(kafka.spec.kafka.authorization).toEqual({ type: 'simple' });
    for (const user of ofKind(repo, 'KafkaUser')) {
      expect(user.spec.authentication.type).toBe(request.clientAuthentication);
    }
  });

  it("each client's KafkaUser ACLs cover exactly its topics and groups", () => {
    const users = ofKind(repo, 'KafkaUser');
    expect(users.map(u => u.metadata.name).sort()).toEqual(
      request.clients.map(c => c.name).sort(),
    );
    for (const user of users) {
      expect(actualAcls(user)).toEqual(
        expectedAcls(request, user.metadata.name),
      );
    }
  });

  it("the network policy admits exactly the clients' namespaces", () => {
    const [kafka] = ofKind(repo, 'Kafka');
    const admitted = kafka.spec.kafka.listeners
      .flatMap((l: any) => l.networkPolicyPeers ?? [])
      .map(
        (p: any) =>
          p.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'],
      )
      .filter(Boolean)
      .sort();
    expect(admitted).toEqual(
      [...new Set(request.clients.map(c => c.namespace))].sort(),
    );
  });

  it('every data-bearing document carries Prune=false and Delete=false', () => {
    const dataBearing = repo.yaml
      .map(d => d.value)
      .filter(
        v =>
          [
            'Kafka',
            'KafkaNodePool',
            'StorageClass',
            'VolumeAttributesClass',
          ].includes(v?.kind) ||
          (v?.kind === 'Namespace' && v.metadata.name === 'kafka'),
      );
    expect(dataBearing.length).toBeGreaterThanOrEqual(5);
    for (const doc of dataBearing) {
      const options = String(
        doc.metadata.annotations?.['argocd.argoproj.io/sync-options'] ?? '',
      ).split(',');
      expect({ doc: `${doc.kind}/${doc.metadata.name}`, options }).toEqual({
        doc: `${doc.kind}/${doc.metadata.name}`,
        options: expect.arrayContaining(['Prune=false', 'Delete=false']),
      });
    }
    // The Strimzi CRDs come from upstream through a Kustomization that adds the same.
    const kustomization = parse(
      fileText(repo, 'kubernetes/strimzi-crds/kustomization.yaml'),
    );
    expect(JSON.stringify(kustomization.patches)).toContain(
      'Prune=false,Delete=false',
    );
  });

  it('Argo CD clones this repository at the requested revision everywhere', () => {
    const url = gitCloneUrl(request.repoUrl, request.name);
    const own = ofKind(repo, 'Application')
      .flatMap(app => app.spec.sources ?? [app.spec.source])
      .filter(source => source.repoURL === url);
    expect(own.length).toBeGreaterThanOrEqual(3);
    for (const source of own) {
      expect(source.targetRevision).toBe(request.gitopsRevision);
    }
    const locals = Object.assign(
      {},
      ...Object.values(
        repo.terraform.find(t => t.dir === 'terraform/bootstrap')!.files,
      ).flatMap((f: any) => f.locals ?? []),
    );
    expect(locals.gitops_repo_url).toBe(url);
    expect(locals.gitops_revision).toBe(request.gitopsRevision);
    for (const app of ofKind(repo, 'Application')) {
      expect(app.metadata.labels['kafka-on-eks/kafka']).toBe(request.name);
    }
  });

  it('broker and node counts agree between the request, Terraform and the node pools', () => {
    const tfvars = infra(repo).tfvars;
    const pools = ofKind(repo, 'KafkaNodePool');
    const pool = (role: string) =>
      pools.find(p => p.spec.roles.includes(role)).spec.replicas;
    // Nodes for at least every broker: the capacity, or the pool's replicas.
    expect(tfvars.broker_node_capacity).toBe(
      request.brokers.nodeCapacity ?? request.brokers.replicas,
    );
    expect(pool('broker')).toBe(request.brokers.replicas);
    expect(tfvars.broker_node_capacity).toBeGreaterThanOrEqual(pool('broker'));
    expect([tfvars.controller_replicas, pool('controller')]).toEqual([
      request.controllers.replicas,
      request.controllers.replicas,
    ]);
    expect(tfvars.zones).toBe(request.zones);
    const groups = Object.keys(
      blocks(infra(repo), 'module').eks[0].eks_managed_node_groups,
    );
    expect(groups.filter(g => g.startsWith('broker-'))).toHaveLength(
      request.zones,
    );
  });

  it('the EKS API is open only to the listed networks, and 0.0.0.0/0 appears nowhere', () => {
    expect(infra(repo).tfvars.api_access_cidrs).toEqual(request.apiAccessCidrs);
    for (const file of repo.files) {
      expect({
        path: file.path,
        open: file.content.includes('0.0.0.0/0'),
      }).toEqual({
        path: file.path,
        open: false,
      });
    }
  });

  it('the Kafka names its catalog entity', () => {
    const [kafka] = ofKind(repo, 'Kafka');
    const entity = parse(fileText(repo, 'catalog-info.yaml'));
    expect(kafka.metadata.annotations[KAFKA_ENTITY_REF_ANNOTATION]).toBe(
      `${entity.kind.toLowerCase()}:default/${entity.metadata.name}`,
    );
  });

  it('volumes are encrypted with the requested key, and gp3 performance goes through a class named by its values', () => {
    for (const sc of ofKind(repo, 'StorageClass')) {
      expect(sc.parameters.encrypted).toBe('true');
      expect(sc.parameters.kmsKeyId).toBe(request.ebsKmsKeyArn);
      expect(
        sc.metadata.annotations?.[
          'storageclass.kubernetes.io/is-default-class'
        ],
      ).toBeUndefined();
    }
    expect(infra(repo).tfvars.ebs_kms_key_arn ?? undefined).toBe(
      request.ebsKmsKeyArn,
    );
    const broker = ofKind(repo, 'KafkaNodePool').find(p =>
      p.spec.roles.includes('broker'),
    );
    const vacName = broker.spec.storage.volumes[0].volumeAttributesClass;
    const vacs = ofKind(repo, 'VolumeAttributesClass');
    expect(vacs.map(v => v.metadata.name)).toEqual(vacName ? [vacName] : []);
    expect(
      vacs.map(
        v => `kafka-gp3-${v.parameters.iops}-${v.parameters.throughput}`,
      ),
    ).toEqual(vacs.map(v => v.metadata.name));
  });

  it('no compact topic has a retention, and topics are never created on first use', () => {
    const [kafka] = ofKind(repo, 'Kafka');
    expect(kafka.spec.kafka.config['auto.create.topics.enable']).toBe(false);
    for (const topic of ofKind(repo, 'KafkaTopic')) {
      const compact = topic.spec.config['cleanup.policy'] === 'compact';
      expect('retention.ms' in topic.spec.config).toBe(!compact);
    }
  });

  it('the README and TechDocs say what every warning gives up, and carry the request', () => {
    const warnings = requestWarnings(request);
    for (const path of ['README.md', 'docs/index.md']) {
      for (const warning of warnings) {
        expect(fileText(repo, path)).toContain(warning.message);
      }
    }
    expect(warnings.some(w => w.path === 'zones')).toBe(request.zones === 2);
    const file = parse(fileText(repo, 'kafka-on-eks.yaml'));
    expect(file.request.brokers.replicas).toBe(request.brokers.replicas);
  });
});

describe('the review refuses what it must, naming the field', () => {
  const refusal = (input: Record<string, unknown>) => {
    const result = validateClusterRequest(
      {
        name: 'orders',
        owner: 'group:default/team-a',
        topics: [{ name: 'a' }],
        ...input,
      },
      TEST_CONTEXT,
    );
    return result.ok ? [] : result.problems.map(p => p.path);
  };

  it.each<[string, Record<string, unknown>, string]>([
    ['1.33', { kubernetesVersion: '1.33' }, 'kubernetesVersion'],
    ['0.0.0.0/0', { apiAccessCidrs: ['0.0.0.0/0'] }, 'apiAccessCidrs[0]'],
    [
      'a client of a topic the request lacks',
      { clients: [{ name: 'x', topics: [{ name: 'b', access: 'read' }] }] },
      'clients[0].topics[0].name',
    ],
    [
      'a plaintext client authentication',
      { clientAuthentication: 'plain' },
      'clientAuthentication',
    ],
  ])('%s', (_, input, path) => {
    expect(refusal(input)).toEqual([path]);
  });
});
