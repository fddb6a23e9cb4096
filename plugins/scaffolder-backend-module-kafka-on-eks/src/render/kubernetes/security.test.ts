import { createStrimziValidator } from '@internal/reference-data';
import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { requestWith } from '../__fixtures__/requests';
import {
  documentsOfKind,
  onlyDocument,
  renderDocuments,
} from './__testUtils__/documents';
import { requestWithClients } from './__testUtils__/requests';

const withClients = renderDocuments(requestWithClients());
const withoutClients = renderDocuments(requestWith());
const listeners = (docs = withClients) =>
  onlyDocument(docs, 'Kafka').spec.kafka.listeners;

describe('the Kafka is secure by default', () => {
  it.each(['scram-sha-512', 'tls'])(
    'every listener has authentication (%s)',
    mechanism => {
      const docs = renderDocuments(
        requestWithClients({ clientAuthentication: mechanism }),
      );
      for (const listener of listeners(docs)) {
        expect([listener.name, listener.authentication]).toEqual([
          listener.name,
          { type: mechanism },
        ]);
      }
    },
  );

  it('no plaintext listener: one TLS listener on 9093', () => {
    expect(listeners()).toHaveLength(1);
    expect(listeners()[0]).toMatchObject({
      name: 'tls',
      port: 9093,
      type: 'internal',
      tls: true,
    });
    expect(listeners().some((l: any) => l.tls !== true)).toBe(false);
  });

  it('authorizes with ACLs, and names no super users', () => {
    expect(onlyDocument(withClients, 'Kafka').spec.kafka.authorization).toEqual(
      { type: 'simple' },
    );
  });

  it('lets in exactly the client namespaces, and no one without clients', () => {
    expect(listeners()[0].networkPolicyPeers).toEqual([
      {
        namespaceSelector: {
          matchLabels: { 'kubernetes.io/metadata.name': 'billing' },
        },
      },
      {
        namespaceSelector: {
          matchLabels: { 'kubernetes.io/metadata.name': 'orders' },
        },
      },
    ]);
    const [peer, ...rest] = listeners(withoutClients)[0].networkPolicyPeers;
    expect(rest).toEqual([]);
    // A pod selector alone, on a label nothing carries: not "everyone".
    expect(Object.keys(peer)).toEqual(['podSelector']);
    expect(Object.keys(peer.podSelector.matchLabels)).toHaveLength(1);
  });
});

/** An ACL as one comparable line: `type:pattern:name:Operation`. */
const aclLines = (user: any): string[] =>
  user.spec.authorization.acls
    .flatMap((acl: any) =>
      acl.operations.map(
        (op: string) =>
          `${acl.resource.type}:${acl.resource.patternType}:${acl.resource.name}:${op}`,
      ),
    )
    .sort();

/** The rule, computed from the request independently of the renderer. */
function expectedAclLines(request: KafkaClusterRequest, client: string) {
  const wanted = request.clients.find(c => c.name === client)!;
  const lines = wanted.topics.flatMap(topic => {
    const ops = {
      read: ['Read', 'Describe'],
      write: ['Write', 'Describe'],
      readwrite: ['Read', 'Write', 'Describe'],
    }[topic.access];
    return ops.map(op => `topic:literal:${topic.name}:${op}`);
  });
  const groups = wanted.consumerGroups.map(group =>
    group.endsWith('*')
      ? `group:prefix:${group.slice(0, -1)}:Read`
      : `group:literal:${group}:Read`,
  );
  return [...lines, ...groups].sort();
}

describe('KafkaUsers', () => {
  const request = requestWithClients();
  const users = documentsOfKind(withClients, 'KafkaUser');
  const validate = createStrimziValidator();

  it('one per client, of its name, labelled with the cluster, valid against the CRD', () => {
    expect(users.map(u => u.metadata.name)).toEqual(
      request.clients.map(c => c.name),
    );
    for (const user of users) {
      expect(user.metadata.labels).toEqual({ 'strimzi.io/cluster': 'orders' });
      expect(user.metadata.namespace).toBe('kafka');
      expect(validate(user)).toEqual([]);
    }
  });

  it.each(requestWithClients().clients.map(c => c.name))(
    "each client's KafkaUser ACLs cover exactly its topics and groups (%s)",
    name => {
      const user = users.find(u => u.metadata.name === name);
      expect(aclLines(user)).toEqual(expectedAclLines(request, name));
    },
  );

  it('spells out the expected ACLs of a prefix-group consumer', () => {
    const billing = users.find(u => u.metadata.name === 'billing');
    expect(aclLines(billing)).toEqual([
      'group:literal:billing:Read',
      'group:prefix:billing-replay-:Read',
      'topic:literal:orders.created:Describe',
      'topic:literal:orders.created:Read',
    ]);
  });

  it('names topics by their Kafka name, not the KafkaTopic resource name', () => {
    const odd = requestWithClients({
      topics: [{ name: 'Orders_Created', partitions: 3 }],
      clients: [
        {
          name: 'reader',
          topics: [{ name: 'Orders_Created', access: 'read' }],
        },
      ],
    });
    const user = onlyDocument(renderDocuments(odd), 'KafkaUser');
    expect(user.spec.authorization.acls[0].resource.name).toBe(
      'Orders_Created',
    );
  });

  it.each(['scram-sha-512', 'tls'])(
    "authenticate with the request's mechanism (%s)",
    mechanism => {
      const docs = renderDocuments(
        requestWithClients({ clientAuthentication: mechanism }),
      );
      for (const user of documentsOfKind(docs, 'KafkaUser')) {
        expect(user.spec.authentication).toEqual({ type: mechanism });
      }
    },
  );

  it('name the component that connects, when there is one', () => {
    expect(users.map(u => u.metadata.annotations ?? null)).toEqual([
      { 'kafka-on-eks/component': 'component:default/billing-service' },
      null,
      null,
    ]);
  });
});

describe('the portal can read the cluster', () => {
  const role = onlyDocument(withClients, 'ClusterRole');
  const binding = onlyDocument(withClients, 'ClusterRoleBinding');
  const grants = (verb: string) =>
    role.rules
      .filter((r: any) => r.verbs.includes(verb))
      .flatMap((r: any) =>
        r.resources.map((res: string) => `${r.apiGroups[0]}/${res}`),
      )
      .sort();

  it('the portal ClusterRole has no secrets and patch only on kafkarebalances', () => {
    expect(JSON.stringify(role.rules)).not.toMatch(/secret/i);
    expect(grants('patch')).toEqual(['kafka.strimzi.io/kafkarebalances']);
    const verbs = new Set(role.rules.flatMap((r: any) => r.verbs));
    expect(verbs).toEqual(new Set(['get', 'list', 'watch', 'patch']));
  });

  it('reads exactly the kinds the backend watches, and KafkaUsers', () => {
    const expected = [
      '/nodes',
      '/persistentvolumeclaims',
      '/persistentvolumes',
      '/pods',
      'argoproj.io/applications',
      'kafka.strimzi.io/kafkanodepools',
      'kafka.strimzi.io/kafkarebalances',
      'kafka.strimzi.io/kafkas',
      'kafka.strimzi.io/kafkatopics',
      'kafka.strimzi.io/kafkausers',
      'storage.k8s.io/storageclasses',
      'storage.k8s.io/volumeattributesclasses',
    ];
    for (const verb of ['get', 'list', 'watch']) {
      expect(grants(verb)).toEqual(expected);
    }
  });

  it('is bound to the group Terraform maps the portal role to', () => {
    expect(binding.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: role.metadata.name,
    });
    expect(binding.subjects).toEqual([
      {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'Group',
        name: 'kafka-on-eks-portal',
      },
    ]);
  });

  it('is not there without a portal role', () => {
    expect(documentsOfKind(withoutClients, 'ClusterRole')).toEqual([]);
    expect(documentsOfKind(withoutClients, 'ClusterRoleBinding')).toEqual([]);
  });
});
