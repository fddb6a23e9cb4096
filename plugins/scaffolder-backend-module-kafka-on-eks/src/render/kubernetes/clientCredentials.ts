import type {
  ClientAuthentication,
  KafkaClientRequest,
  KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { KAFKA_NAMESPACE } from '../naming';
import {
  IN_CLUSTER,
  WAVES,
  application,
  repositorySource,
  syncPolicy,
} from './argocd';
import {
  CLIENT_LISTENER,
  bootstrapService,
  clientsApplicationName,
  clientsPath,
  clusterCaCertSecret,
} from './names';

/**
 * How a client's credentials reach its namespace: the External Secrets
 * Operator's Kubernetes provider reads the KafkaUser's Secret and the
 * cluster CA certificate in `kafka` as a ServiceAccount of the client's
 * namespace, which a Role lets read exactly those two Secrets. No
 * cluster-admin, nothing copied by hand, and it follows password and
 * certificate renewals.
 */

/** The Secret the application mounts, in its own namespace. */
export const credentialsSecretName = (client: string) => `${client}-kafka`;
/** The identity ESO reads the kafka namespace's two Secrets as. */
export const readerServiceAccountName = (client: string) =>
  `${client}-kafka-credentials`;
/** Role and RoleBinding in the kafka namespace. */
export const readerRoleName = (client: string) => `${client}-kafka-credentials`;

/** Keys of the KafkaUser Secret Strimzi's User Operator writes, per mechanism. */
export const USER_SECRET_KEYS: Record<ClientAuthentication, string[]> = {
  'scram-sha-512': ['password', 'sasl.jaas.config'],
  tls: ['user.crt', 'user.key', 'user.p12', 'user.password'],
};

/** The address clients bootstrap from: the TLS listener's Service. */
export const bootstrapServers = (cluster: string) =>
  `${bootstrapService(cluster)}.${KAFKA_NAMESPACE}.svc:${CLIENT_LISTENER.port}`;

/** The distinct client namespaces, in request order. */
export function clientNamespaces(request: KafkaClusterRequest): string[] {
  return [...new Set(request.clients.map(client => client.namespace))];
}

const SECRET_STORE_TYPE = 'SecretStore';

function serviceAccount(client: KafkaClientRequest) {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name: readerServiceAccountName(client.name),
      namespace: client.namespace,
    },
  };
}

function secretStore(client: KafkaClientRequest) {
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: SECRET_STORE_TYPE,
    metadata: {
      name: credentialsSecretName(client.name),
      namespace: client.namespace,
    },
    spec: {
      provider: {
        kubernetes: {
          remoteNamespace: KAFKA_NAMESPACE,
          server: {
            url: IN_CLUSTER,
            // Every namespace has this ConfigMap with the API server's CA.
            caProvider: {
              type: 'ConfigMap',
              name: 'kube-root-ca.crt',
              key: 'ca.crt',
            },
          },
          auth: {
            serviceAccount: { name: readerServiceAccountName(client.name) },
          },
        },
      },
    },
  };
}

function externalSecret(
  request: KafkaClusterRequest,
  client: KafkaClientRequest,
) {
  const fromUser = USER_SECRET_KEYS[request.clientAuthentication].map(key => ({
    secretKey: key,
    remoteRef: { key: client.name, property: key },
  }));
  // The CA that signed the brokers' certificates, to trust them.
  const caCert = {
    secretKey: 'ca.crt',
    remoteRef: { key: clusterCaCertSecret(request.name), property: 'ca.crt' },
  };
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: {
      name: credentialsSecretName(client.name),
      namespace: client.namespace,
    },
    spec: {
      // Picks up renewed passwords and certificates within the hour.
      refreshInterval: '1h',
      secretStoreRef: {
        kind: SECRET_STORE_TYPE,
        name: credentialsSecretName(client.name),
      },
      target: {
        name: credentialsSecretName(client.name),
        creationPolicy: 'Owner',
        // A fixed value beside the fetched keys (no template action in it).
        template: {
          engineVersion: 'v2',
          mergePolicy: 'Merge',
          data: { 'bootstrap.servers': bootstrapServers(request.name) },
        },
      },
      data: [...fromUser, caCert],
    },
  };
}

function readerRole(request: KafkaClusterRequest, client: KafkaClientRequest) {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: readerRoleName(client.name), namespace: KAFKA_NAMESPACE },
    rules: [
      {
        apiGroups: [''],
        resources: ['secrets'],
        verbs: ['get'],
        resourceNames: [client.name, clusterCaCertSecret(request.name)],
      },
    ],
  };
}

function readerRoleBinding(client: KafkaClientRequest) {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: readerRoleName(client.name), namespace: KAFKA_NAMESPACE },
    roleRef: {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'Role',
      name: readerRoleName(client.name),
    },
    subjects: [
      {
        kind: 'ServiceAccount',
        name: readerServiceAccountName(client.name),
        namespace: client.namespace,
      },
    ],
  };
}

/** In the kafka namespace (the Kafka app): who may read which two Secrets. */
export function clientReaderRoles(request: KafkaClusterRequest) {
  return request.clients.map(client => readerRole(request, client));
}
export function clientReaderRoleBindings(request: KafkaClusterRequest) {
  return request.clients.map(readerRoleBinding);
}

/** One client namespace's documents, by kind (one kind per file). */
export function clientNamespaceDocuments(
  request: KafkaClusterRequest,
  namespace: string,
) {
  const clients = request.clients.filter(c => c.namespace === namespace);
  return {
    serviceAccounts: clients.map(serviceAccount),
    secretStores: clients.map(secretStore),
    externalSecrets: clients.map(client => externalSecret(request, client)),
  };
}

/**
 * One Application per client namespace, with `CreateNamespace=true`: Argo
 * CD creates the namespace when it is missing but does not own it, so it
 * never prunes or deletes it, nor fights the application's own GitOps over
 * it. A Namespace manifest here would put the application's namespace (and
 * its workloads) in this app's hands. Deleting the app removes only what
 * it delivered: the credentials (the Secret is owned by its ExternalSecret).
 */
export function clientApplications(request: KafkaClusterRequest) {
  return clientNamespaces(request).map(namespace =>
    application(request, {
      name: clientsApplicationName(request.name, namespace),
      wave: WAVES.clients,
      cascade: true,
      spec: {
        source: repositorySource(request, clientsPath(namespace)),
        destination: { server: IN_CLUSTER, namespace },
        syncPolicy: syncPolicy(['CreateNamespace=true']),
      },
    }),
  );
}
