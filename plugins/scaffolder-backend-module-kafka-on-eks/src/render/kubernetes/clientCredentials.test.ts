import { requestWith } from '../__fixtures__/requests';
import {
  documentsOfKind,
  renderDocuments,
  type ParsedDocument,
} from './__testUtils__/documents';
import { requestWithClients } from './__testUtils__/requests';

const request = requestWithClients();
const documents = renderDocuments(request);
const named = (docs: ParsedDocument[], kind: string, name: string) =>
  documentsOfKind(docs, kind).find(d => d.metadata.name === name);

describe.each(request.clients.map(c => [c.name, c] as const))(
  'credentials of %s',
  (name, client) => {
    const role = named(documents, 'Role', `${name}-kafka-credentials`);
    const binding = named(
      documents,
      'RoleBinding',
      `${name}-kafka-credentials`,
    );
    const account = named(
      documents,
      'ServiceAccount',
      `${name}-kafka-credentials`,
    );
    const store = named(documents, 'SecretStore', `${name}-kafka`);
    const external = named(documents, 'ExternalSecret', `${name}-kafka`);

    it("the Role in kafka grants get on exactly the client's two secrets", () => {
      expect(role.metadata.namespace).toBe('kafka');
      expect(role.rules).toEqual([
        {
          apiGroups: [''],
          resources: ['secrets'],
          verbs: ['get'],
          resourceNames: [name, 'orders-cluster-ca-cert'],
        },
      ]);
    });

    it("binds it to a ServiceAccount of the client's namespace", () => {
      expect(account.metadata.namespace).toBe(client.namespace);
      expect(binding.metadata.namespace).toBe('kafka');
      expect(binding.roleRef).toEqual({
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'Role',
        name: role.metadata.name,
      });
      expect(binding.subjects).toEqual([
        {
          kind: 'ServiceAccount',
          name: account.metadata.name,
          namespace: client.namespace,
        },
      ]);
    });

    it('reads the kafka namespace through ESO as that ServiceAccount', () => {
      expect(store.apiVersion).toBe('external-secrets.io/v1');
      expect(store.metadata.namespace).toBe(client.namespace);
      expect(store.spec.provider.kubernetes).toEqual({
        remoteNamespace: 'kafka',
        server: {
          url: 'https://kubernetes.default.svc',
          caProvider: {
            type: 'ConfigMap',
            name: 'kube-root-ca.crt',
            key: 'ca.crt',
          },
        },
        auth: { serviceAccount: { name: account.metadata.name } },
      });
    });

    it('writes the credentials Secret from only the two readable Secrets', () => {
      expect(external.metadata.namespace).toBe(client.namespace);
      expect(external.spec.secretStoreRef).toEqual({
        kind: 'SecretStore',
        name: store.metadata.name,
      });
      expect(external.spec.target.name).toBe(`${name}-kafka`);
      const read = new Set(external.spec.data.map((d: any) => d.remoteRef.key));
      expect(read).toEqual(new Set(role.rules[0].resourceNames));
    });
  },
);

describe('the credentials Secret', () => {
  const keys = (docs: ParsedDocument[]) => {
    const external = documentsOfKind(docs, 'ExternalSecret')[0];
    return [
      ...external.spec.data.map((d: any) => d.secretKey),
      ...Object.keys(external.spec.target.template.data),
    ].sort();
  };

  it('holds the SCRAM keys, the cluster CA and the bootstrap address', () => {
    expect(keys(documents)).toEqual([
      'bootstrap.servers',
      'ca.crt',
      'password',
      'sasl.jaas.config',
    ]);
  });

  it('holds the certificate keys with mutual TLS', () => {
    const tls = renderDocuments(
      requestWithClients({ clientAuthentication: 'tls' }),
    );
    expect(keys(tls)).toEqual([
      'bootstrap.servers',
      'ca.crt',
      'user.crt',
      'user.key',
      'user.p12',
      'user.password',
    ]);
  });

  it('takes ca.crt from the cluster CA, and the TLS listener address', () => {
    const external = documentsOfKind(documents, 'ExternalSecret')[0];
    expect(
      external.spec.data.find((d: any) => d.secretKey === 'ca.crt').remoteRef,
    ).toEqual({ key: 'orders-cluster-ca-cert', property: 'ca.crt' });
    expect(external.spec.target.template).toEqual({
      engineVersion: 'v2',
      mergePolicy: 'Merge',
      data: { 'bootstrap.servers': 'orders-kafka-bootstrap.kafka.svc:9093' },
    });
  });
});

describe('client namespaces', () => {
  const apps = documentsOfKind(documents, 'Application').filter(a =>
    a.metadata.name.startsWith('orders-clients-'),
  );

  it('get one Application each, which creates the namespace without owning it', () => {
    expect(
      apps.map(a => [a.metadata.name, a.spec.destination.namespace]),
    ).toEqual([
      ['orders-clients-billing', 'billing'],
      ['orders-clients-orders', 'orders'],
    ]);
    for (const a of apps) {
      expect(a.spec.source.path).toBe(
        `kubernetes/clients/${a.spec.destination.namespace}`,
      );
      expect(a.spec.syncPolicy.syncOptions).toContain('CreateNamespace=true');
    }
    expect(
      documentsOfKind(documents, 'Namespace').map(n => n.metadata.name),
    ).toEqual(['kafka']);
  });

  it('hold only their own clients, in their own folder', () => {
    const inOrders = documents.filter(d =>
      d.path.startsWith('kubernetes/clients/orders/'),
    );
    expect(new Set(inOrders.map(d => d.value.metadata.namespace))).toEqual(
      new Set(['orders']),
    );
    expect(
      inOrders
        .filter(d => d.value.kind === 'ExternalSecret')
        .map(d => d.value.metadata.name),
    ).toEqual(['orders-api-kafka', 'orders-projector-kafka']);
  });

  it('are none without clients', () => {
    const docs = renderDocuments(requestWith());
    expect(docs.filter(d => d.path.startsWith('kubernetes/clients/'))).toEqual(
      [],
    );
    expect(documentsOfKind(docs, 'KafkaUser')).toEqual([]);
    expect(documentsOfKind(docs, 'Role')).toEqual([]);
  });
});
