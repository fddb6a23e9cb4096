import { clusterRequestSchema } from '../request/schema';
import type { KafkaClusterRequest } from '../request/types';
import { validateClusterRequest } from '../request/validate';
import { CHANGE_FIELD_RULES } from './fieldRules';
import { changeSummaryMarkdown } from './summary';
import type { ChangeValidation, LiveClusterFacts } from './types';
import { validateClusterChange } from './validateClusterChange';

const GENERATED_ON = '2026-11-20';

function created(
  overrides: Record<string, unknown> = {},
  today = GENERATED_ON,
): KafkaClusterRequest {
  const result = validateClusterRequest(
    {
      name: 'orders',
      owner: 'group:default/team-a',
      region: 'eu-west-1',
      kubernetesVersion: '1.34',
      kafkaVersion: '4.2.1',
      brokers: { replicas: 3, volumeSizeGi: 500 },
      topics: [
        { name: 'orders.created', partitions: 12 },
        { name: 'audit', partitions: 6 },
      ],
      clients: [
        {
          name: 'orders-service',
          topics: [{ name: 'orders.created', access: 'readwrite' }],
          consumerGroups: ['orders-*'],
        },
      ],
      ...overrides,
    },
    { today },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.request;
}

type Edit = (request: any) => void;

function change(
  edit: Edit,
  live: LiveClusterFacts = {},
  current = created(),
): ChangeValidation {
  const desired: any = structuredClone(current);
  delete desired.generatedOn;
  edit(desired);
  return validateClusterChange(current, desired, { live });
}

function accepted(result: ChangeValidation) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

function refusals(result: ChangeValidation): string[] {
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.changes)}`);
  return result.problems.map(p => `${p.path}: ${p.message}`);
}

describe('validateClusterChange: accepted changes, with what happens on merge', () => {
  it.each<[string, Edit, LiveClusterFacts, string, string, RegExp]>([
    [
      'a new topic',
      r => r.topics.push({ name: 'payments', partitions: 3 }),
      {},
      'topics[2].name',
      'argocd',
      /creates topic payments: 3 partitions, replication factor 3, 168 h retention/,
    ],
    [
      'more partitions',
      r => (r.topics[0].partitions = 24),
      {},
      'topics[0].partitions',
      'argocd',
      /adds partitions to orders\.created \(12 → 24\)/,
    ],
    [
      'a shorter retention',
      r => (r.topics[1].retentionHours = 24),
      {},
      'topics[1].retentionHours',
      'argocd',
      /audit keeps records 24 h instead of 168 h; older ones are deleted/,
    ],
    [
      'compaction',
      r => (r.topics[1].cleanupPolicy = 'compact'),
      {},
      'topics[1].cleanupPolicy',
      'argocd',
      /keeps only the latest record of each key/,
    ],
    [
      'a lower replication factor',
      r => (r.topics[1].replicationFactor = 2),
      {},
      'topics[1].replicationFactor',
      'argocd',
      /topic replicas change moves audit from replication factor 3 to 2 through Cruise Control/,
    ],
    [
      'bigger volumes',
      r => (r.brokers.volumeSizeGi = 800),
      { volumeModificationPending: false },
      'brokers.volumeSizeGi',
      'argocd',
      /grows every broker volume from 500 to 800 GiB; EBS expands them online/,
    ],
    [
      'provisioned gp3 IOPS',
      r => (r.brokers.iops = 6000),
      {},
      'brokers.iops',
      'argocd',
      /new VolumeAttributesClass kafka-gp3-6000-125/,
    ],
    [
      'the gp3 baseline written out',
      r => (r.brokers.iops = 3000),
      {},
      'brokers.iops',
      'argocd',
      /^The gp3 baseline, now written out: the volumes need no VolumeAttributesClass/,
    ],
    [
      'room for more brokers',
      r => (r.brokers.nodeCapacity = 6),
      {},
      'brokers.nodeCapacity',
      'terraform',
      /grows the broker node groups to 2 node\(s\) per zone, room for 6 brokers; no broker starts/,
    ],
    [
      'a Kafka upgrade that keeps the metadata version',
      r => {
        r.kafkaVersion = '4.3.1';
        r.metadataVersion = '4.2-IV1';
      },
      {},
      'kafkaVersion',
      'argocd',
      /rolls the controllers and then the brokers to Kafka 4\.3\.1.*metadata version stays 4\.2-IV1/,
    ],
    [
      'the next Kubernetes minor',
      r => (r.kubernetesVersion = '1.35'),
      {},
      'kubernetesVersion',
      'terraform',
      /upgrades the EKS control plane from 1\.34 to 1\.35/,
    ],
    [
      'a new client',
      r =>
        r.clients.push({
          name: 'audit-reader',
          topics: [{ name: 'audit', access: 'read' }],
          consumerGroups: ['audit'],
        }),
      {},
      'clients[1].name',
      'argocd',
      /KafkaUser audit-reader with read on audit; External Secrets copies its credentials to audit-reader-kafka in namespace audit-reader/,
    ],
    [
      "a client's new topic",
      r => r.clients[0].topics.push({ name: 'audit', access: 'write' }),
      {},
      'clients[0].topics',
      'argocd',
      /ACLs become readwrite on orders\.created, write on audit/,
    ],
    [
      'a public API endpoint for one network',
      r => (r.apiAccessCidrs = ['203.0.113.0/24']),
      {},
      'apiAccessCidrs',
      'terraform',
      /lets 203\.0\.113\.0\/24 reach the EKS API's public endpoint \(it was private-only\)/,
    ],
    [
      'another owner',
      r => (r.owner = 'group:default/team-b'),
      {},
      'owner',
      'catalog',
      /owner becomes group:default\/team-b/,
    ],
  ])('%s', (_, edit, live, path, appliedBy, summary) => {
    const result = accepted(change(edit, live));
    // One field changes; a field may be applied in more than one place.
    expect(new Set(result.changes.map(c => c.path))).toEqual(new Set([path]));
    const applied = result.changes.find(c => c.appliedBy === appliedBy);
    expect(applied?.summary).toMatch(summary);
  });

  it.each<[string, Edit, string[]]>([
    [
      'another owner',
      r => (r.owner = 'group:default/team-b'),
      ['catalog', 'terraform'],
    ],
    [
      'a Kafka upgrade',
      r => {
        r.kafkaVersion = '4.3.1';
        r.metadataVersion = '4.2-IV1';
      },
      ['argocd', 'catalog'],
    ],
    [
      'a portal role where there was none',
      r => (r.portalRoleArn = 'arn:aws:iam::123456789012:role/backstage'),
      ['terraform', 'argocd'],
    ],
  ])('%s is applied by each place that holds it', (_, edit, appliers) => {
    const result = accepted(change(edit));
    expect(result.changes.map(c => c.appliedBy)).toEqual(appliers);
  });

  it('adds brokers once the node capacity and the nodes are there', () => {
    const current = created({
      brokers: { replicas: 3, nodeCapacity: 6, volumeSizeGi: 500 },
    });
    const result = accepted(
      change(r => (r.brokers.replicas = 6), { readyBrokerNodes: 6 }, current),
    );
    expect(result.changes).toEqual([
      expect.objectContaining({
        path: 'brokers.replicas',
        appliedBy: 'argocd',
      }),
    ]);
    expect(result.changes[0].summary).toMatch(
      /adds 3 broker\(s\) \(3 → 6\) on the nodes already there, and Cruise Control's auto-rebalance \(add-brokers\)/,
    );
  });

  it('removes a topic only with a bold warning that its data goes', () => {
    const result = accepted(change(r => r.topics.splice(1, 1)));
    expect(result.changes).toEqual([
      expect.objectContaining({
        path: 'topics[audit]',
        destructive: true,
        summary: expect.stringMatching(
          /^\*\*Removing topic audit deletes it and all its data when this merges\*\*/,
        ),
      }),
    ]);
    expect(changeSummaryMarkdown(result)).toContain(
      '**This change deletes data when it merges.**',
    );
  });

  it('records a compacted topic retention without touching the topic', () => {
    const current = created({
      topics: [{ name: 'orders.created', cleanupPolicy: 'compact' }],
      clients: [],
    });
    const result = accepted(
      change(r => (r.topics[0].retentionHours = 24), {}, current),
    );
    expect(result.changes).toEqual([
      expect.objectContaining({
        path: 'topics[0].retentionHours',
        appliedBy: 'catalog',
        summary: expect.stringContaining(
          'keeps the latest record of every key',
        ),
      }),
    ]);
  });

  it('removes a client with its credentials', () => {
    const result = accepted(change(r => r.clients.splice(0, 1)));
    expect(result.changes).toEqual([
      expect.objectContaining({
        path: 'clients[orders-service]',
        summary: expect.stringContaining('can no longer connect'),
      }),
    ]);
  });

  it('says what follows a node capacity change, and that Terraform runs by hand', () => {
    const result = accepted(change(r => (r.brokers.nodeCapacity = 6)));
    expect(result.followUps).toEqual([
      expect.stringMatching(/^After the merge, run `terraform plan`/),
      'When the Kafka tab shows 6 Ready broker nodes, run the "Scale brokers" change again to raise brokers.replicas to 6.',
    ]);
  });

  it('grows storage the live view cannot see, saying what to check before merging', () => {
    const unknown = accepted(change(r => (r.brokers.volumeSizeGi = 800)));
    expect(unknown.followUps).toEqual([
      expect.stringMatching(
        /^Before merging, check that no broker volume is still being resized or modified \(the live view could not tell\)/,
      ),
    ]);
    const settled = accepted(
      change(r => (r.brokers.volumeSizeGi = 800), {
        volumeModificationPending: false,
      }),
    );
    expect(settled.followUps).toEqual([]);
  });

  it('says the metadata version comes in a later change', () => {
    const result = accepted(
      change(r => {
        r.kafkaVersion = '4.3.1';
        r.metadataVersion = '4.2-IV1';
      }),
    );
    expect(result.followUps).toEqual([
      'When every pod runs Kafka 4.3.1 and the cluster is healthy, raise metadataVersion to 4.3-IV0 in a separate change.',
    ]);
    const next = accepted(
      change(
        r => (r.metadataVersion = '4.3-IV0'),
        {},
        { ...created(), kafkaVersion: '4.3.1', metadataVersion: '4.2-IV1' },
      ),
    );
    expect(next.changes[0]).toMatchObject({ path: 'metadataVersion' });
    expect(next.changes[0].summary).toMatch(
      /from 4\.2-IV1 to 4\.3-IV0: from then on, Kafka cannot go back/,
    );
  });

  it('removes brokers through Cruise Control, keeping the node groups', () => {
    const current = created({
      brokers: { replicas: 6, nodeCapacity: 6, volumeSizeGi: 500 },
    });
    const result = accepted(change(r => (r.brokers.replicas = 4), {}, current));
    expect(result.changes[0].summary).toMatch(
      /removes 2 broker\(s\) \(6 → 4\) only after Cruise Control's auto-rebalance \(remove-brokers\)/,
    );
    expect(result.request.brokers.nodeCapacity).toBe(6);
  });

  it('keeps an existing topic replication factor when the change leaves it out', () => {
    const current = created({
      brokers: { replicas: 2, nodeCapacity: 3, volumeSizeGi: 500 },
    });
    expect(current.topics[0].replicationFactor).toBe(2);
    const result = accepted(
      change(
        r => {
          r.brokers.replicas = 3;
          r.topics = r.topics.map(({ replicationFactor, ...t }: any) => t);
          r.topics.push({ name: 'payments' });
        },
        { readyBrokerNodes: 3 },
        current,
      ),
    );
    expect(result.request.topics.map(t => t.replicationFactor)).toEqual([
      2, 2, 3,
    ]);
    expect(result.changes.map(c => c.path)).toEqual([
      'brokers.replicas',
      'topics[2].name',
    ]);
    expect(result.changes[0].summary).toContain(
      "The cluster's default replication factor becomes 3 and min.insync.replicas 2",
    );
  });

  it('keeps the day the repository was generated', () => {
    const result = accepted(change(r => (r.topics[0].partitions = 24)));
    expect(result.request.generatedOn).toBe(GENERATED_ON);
  });

  it('takes changes on a cluster whose Kubernetes version has left standard support', () => {
    const old = validateClusterRequest(
      {
        name: 'orders',
        owner: 'group:default/team-a',
        kubernetesVersion: '1.32',
      },
      { today: '2026-01-05' },
    );
    if (!old.ok) throw new Error(JSON.stringify(old.problems));
    const result = accepted(
      change(r => r.topics.push({ name: 'late' }), {}, old.request),
    );
    expect(result.changes.map(c => c.path)).toEqual(['topics[0].name']);
  });

  it('accepts a request that changes nothing, with no changes', () => {
    expect(accepted(change(() => undefined)).changes).toEqual([]);
  });
});

describe('validateClusterChange: refusals name the field and the rule', () => {
  it.each<[string, Edit, LiveClusterFacts, string]>([
    [
      'fewer partitions',
      r => (r.topics[0].partitions = 6),
      {},
      'topics[0].partitions: partitions cannot shrink (12 → 6)',
    ],
    [
      'smaller volumes',
      r => (r.brokers.volumeSizeGi = 400),
      {},
      'brokers.volumeSizeGi: volumes only grow (500 → 400 GiB): EBS cannot shrink a volume',
    ],
    [
      'another volume class',
      r => (r.brokers.storageClass = 'st1'),
      {},
      "brokers.storageClass: cannot change on an existing cluster (gp3 → st1): an existing volume's class cannot change",
    ],
    [
      'a storage change while a resize is pending',
      r => (r.brokers.volumeSizeGi = 800),
      { volumeModificationPending: true },
      'brokers.volumeSizeGi: a broker volume is still being modified: EBS takes the next modification only after it completes, and at most one every 6 hours per volume; try again once the Kafka tab shows no resize pending and 6 hours have passed since the last change',
    ],
    [
      'more brokers before the node capacity',
      r => (r.brokers.replicas = 6),
      { readyBrokerNodes: 6 },
      'brokers.replicas: 6 brokers need room for 6 on the nodes, and the node groups hold 3: raise brokers.nodeCapacity to 6 in its own change and apply Terraform first',
    ],
    [
      'node capacity and brokers raised in one change',
      r => {
        r.brokers.nodeCapacity = 6;
        r.brokers.replicas = 6;
      },
      { readyBrokerNodes: 6 },
      'brokers.replicas: 6 brokers need room for 6 on the nodes, and the node groups hold 3: raise brokers.nodeCapacity to 6 in its own change and apply Terraform first',
    ],
    [
      'more controllers',
      r => (r.controllers.replicas = 5),
      {},
      'controllers.replicas: cannot change on an existing cluster (3 → 5): the KRaft controller quorum is static: its size is fixed when the cluster is created',
    ],
    [
      'two zones',
      r => (r.zones = 2),
      {},
      'zones: cannot change on an existing cluster (3 → 2): subnets, node groups and broker volumes are pinned to their zones',
    ],
    [
      'another region',
      r => (r.region = 'us-east-1'),
      {},
      'region: cannot change on an existing cluster (eu-west-1 → us-east-1): the cluster, its network and its volumes live in this region',
    ],
    [
      'a Kafka downgrade',
      r => (r.kafkaVersion = '4.2.0'),
      {},
      'kafkaVersion: Kafka versions only go up (4.2.1 → 4.2.0): Strimzi does not downgrade a KRaft cluster',
    ],
    [
      'a Kafka upgrade that also raises the metadata version',
      r => (r.kafkaVersion = '4.3.1'),
      {},
      "metadataVersion: stays 4.2-IV1 while kafkaVersion changes (4.2.1 → 4.3.1): Strimzi's upgrade procedure raises the metadata version in a later change, once every broker runs 4.3.1",
    ],
    [
      'a metadata version ahead of the Kafka version',
      r => (r.metadataVersion = '4.3-IV0'),
      {},
      'metadataVersion: Kafka 4.2.1 runs metadata versions up to 4.2-IV1',
    ],
    [
      'two Kubernetes minors at once',
      r => (r.kubernetesVersion = '1.35'),
      {},
      'kubernetesVersion: EKS upgrades one minor version at a time (1.33 → 1.35): go to the next minor first',
    ],
    [
      'a Kubernetes downgrade',
      r => (r.kubernetesVersion = '1.32'),
      {},
      'kubernetesVersion: EKS cannot downgrade a cluster (1.33 → 1.32)',
    ],
    [
      'a node capacity below the brokers',
      r => (r.brokers.nodeCapacity = 2),
      {},
      'brokers.nodeCapacity: must be at least brokers.replicas (3): every broker needs a node',
    ],
  ])('%s', (_, edit, live, refusal) => {
    const current = refusal.startsWith('kubernetesVersion')
      ? created({ kubernetesVersion: '1.33' }, '2026-05-01')
      : created();
    expect(refusals(change(edit, live, current))).toEqual([refusal]);
  });

  it('refuses node capacity and brokers changed together', () => {
    const current = created({
      brokers: { replicas: 3, nodeCapacity: 6, volumeSizeGi: 500 },
    });
    const both: Edit = r => {
      r.brokers.replicas = 4;
      r.brokers.nodeCapacity = 9;
    };
    expect(refusals(change(both, { readyBrokerNodes: 6 }, current))).toEqual([
      'brokers.nodeCapacity: changes on its own: node capacity (Terraform, by hand) and brokers (Argo CD, on merge) go in two pull requests, capacity first when growing and last when shrinking',
    ]);
  });

  it('refuses more brokers while the live view shows too few nodes, or none', () => {
    const current = created({
      brokers: { replicas: 3, nodeCapacity: 6, volumeSizeGi: 500 },
    });
    const more: Edit = r => (r.brokers.replicas = 6);
    expect(refusals(change(more, { readyBrokerNodes: 4 }, current))).toEqual([
      'brokers.replicas: the live view shows 4 Ready broker node(s), and 6 brokers need 6: apply the node capacity change (terraform apply in terraform/infra) and wait for the nodes',
    ]);
    expect(refusals(change(more, {}, current))).toEqual([
      'brokers.replicas: the live view does not show the broker nodes, so the 6 nodes cannot be confirmed: try again once the Kafka tab shows them',
    ]);
  });

  it('refuses fewer brokers than the largest replication factor or the zones', () => {
    const current = created({
      brokers: { replicas: 4, volumeSizeGi: 500 },
    });
    expect(
      refusals(change(r => (r.brokers.replicas = 2), {}, current)),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^topics\[0\]\.replicationFactor: must be at most the broker count \(2\)/,
        ),
      ]),
    );
    const twoCopies = created({
      brokers: { replicas: 4, volumeSizeGi: 500 },
      topics: [{ name: 'a', replicationFactor: 2 }],
      clients: [],
    });
    expect(
      refusals(change(r => (r.brokers.replicas = 2), {}, twoCopies)),
    ).toEqual(['brokers.replicas: cannot go below one broker per zone (3)']);
  });

  it('refuses a return to the gp3 baseline once volumes have provisioned performance', () => {
    const current = created({
      brokers: { replicas: 3, volumeSizeGi: 500, iops: 6000 },
    });
    expect(refusals(change(r => delete r.brokers.iops, {}, current))).toEqual([
      'brokers.iops: volumes with provisioned gp3 performance keep a VolumeAttributesClass: a change can set other values above the gp3 baseline, not return to it',
    ]);
  });

  it('refuses every immutable field, naming it', () => {
    const other: Record<string, unknown> = {
      name: 'payments',
      region: 'us-east-1',
      zones: 2,
      'controllers.replicas': 5,
      'controllers.instanceType': 'm7i.xlarge',
      'controllers.volumeSizeGi': 40,
      'brokers.instanceType': 'm7i.2xlarge',
      'brokers.storageClass': 'st1',
      clientAuthentication: 'tls',
      ebsKmsKeyArn:
        'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      repoUrl: 'github.com?owner=acme&repo=other',
      gitopsRevision: 'release',
    };
    const immutable = CHANGE_FIELD_RULES.filter(r => r.rule === 'immutable');
    expect(Object.keys(other).sort()).toEqual(
      immutable.map(r => r.path).sort(),
    );
    for (const { path } of immutable) {
      const result = change(r => {
        const keys = path.split('.');
        const parent = keys.slice(0, -1).reduce((o, k) => o[k], r);
        parent[keys[keys.length - 1]] = other[path];
        if (path === 'brokers.storageClass') parent.volumeSizeGi = 500;
      });
      expect(refusals(result)).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^${path.replace(
              '.',
              '\\.',
            )}: cannot change on an existing cluster`,
          ),
        ),
      );
    }
  });
});

describe('CHANGE_FIELD_RULES', () => {
  // Every field of the request schema, with `[]` for the entries of a list.
  function schemaPaths(schema: any, prefix = ''): string[] {
    return Object.entries(schema.properties ?? {}).flatMap(
      ([key, value]: [string, any]) => {
        const path = `${prefix}${key}`;
        if (value.type === 'object' && key !== 'sizing') {
          return schemaPaths(value, `${path}.`);
        }
        if (value.type === 'array' && value.items?.type === 'object') {
          return schemaPaths(value.items, `${path}[].`);
        }
        return [path];
      },
    );
  }

  it('covers every field of the request, once', () => {
    const covered = CHANGE_FIELD_RULES.map(r => r.path);
    expect(new Set(covered).size).toBe(covered.length);
    const fields = schemaPaths(clusterRequestSchema).filter(
      // How a client uses a topic is part of its topics list.
      p => !p.startsWith('clients[].topics[].'),
    );
    expect(fields.filter(f => !covered.includes(f))).toEqual([]);
    expect(covered.filter(c => !fields.includes(c))).toEqual([
      'clients[].topics',
    ]);
  });
});

describe('changeSummaryMarkdown', () => {
  it('lists every change with who applies it, then the order of operations', () => {
    const result = accepted(
      change(r => {
        r.topics.push({ name: 'payments' });
        r.apiAccessCidrs = ['203.0.113.0/24'];
      }),
    );
    const markdown = changeSummaryMarkdown(result);
    expect(markdown).toContain(
      '- `topics[2].name` (Argo CD, on merge): The topic operator creates topic payments',
    );
    expect(markdown).toContain(
      '- `apiAccessCidrs` (terraform apply, by hand):',
    );
    expect(markdown).toMatch(
      /## Order of operations\n\n1\. Merge: Argo CD syncs the Kafka manifests[^\n]*\n2\. After the merge, run `terraform plan`/,
    );
  });
});

describe('README.md', () => {
  it('lists every field with what a change to it does', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const readme: string = require('node:fs').readFileSync(
      require('node:path').resolve(__dirname, '../../README.md'),
      'utf8',
    );
    const missing = CHANGE_FIELD_RULES.filter(
      ({ path, effect }) =>
        !readme.includes(`| \`${path}\``) || !readme.includes(effect),
    ).map(r => r.path);
    expect(missing).toEqual([]);
  });
});
