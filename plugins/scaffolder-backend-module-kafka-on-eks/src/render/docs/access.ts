import type {
  KafkaClientRequest,
  KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  bootstrapServers,
  credentialsSecretName,
  readerServiceAccountName,
  USER_SECRET_KEYS,
} from '../kubernetes/clientCredentials';
import { clusterCaCertSecret } from '../kubernetes/names';
import { KAFKA_NAMESPACE, PORTAL_KUBERNETES_GROUP } from '../naming';
import { markdownTable } from './markdown';

const bootstrapAddress = (request: KafkaClusterRequest) =>
  bootstrapServers(request.name);

const clientSecretName = (client: KafkaClientRequest) =>
  credentialsSecretName(client.name);

const keyList = (keys: string[]) => keys.map(k => `\`${k}\``).join(', ');

const ACCESS_WORDS = {
  read: 'read',
  write: 'write',
  readwrite: 'read and write',
} as const;

function groupsCell(client: KafkaClientRequest): string {
  if (client.consumerGroups.length === 0) return 'none';
  return client.consumerGroups
    .map(group =>
      group.endsWith('*')
        ? `\`${group.slice(0, -1)}\` (prefix)`
        : `\`${group}\``,
    )
    .join(', ');
}

function connectionProperties(request: KafkaClusterRequest): string[] {
  if (request.clientAuthentication === 'tls') {
    return [
      `bootstrap.servers=${bootstrapAddress(request)}`,
      'security.protocol=SSL',
      'ssl.truststore.type=PEM',
      'ssl.truststore.location=/etc/kafka/credentials/ca.crt',
      'ssl.keystore.type=PKCS12',
      'ssl.keystore.location=/etc/kafka/credentials/user.p12',
      'ssl.keystore.password=<the user.password key>',
    ];
  }
  return [
    `bootstrap.servers=${bootstrapAddress(request)}`,
    'security.protocol=SASL_SSL',
    'sasl.mechanism=SCRAM-SHA-512',
    'sasl.jaas.config=<the sasl.jaas.config key>',
    'ssl.truststore.type=PEM',
    'ssl.truststore.location=/etc/kafka/credentials/ca.crt',
  ];
}

/** Who may connect, with what, and how: for the application teams. */
export function clientAccessSection(request: KafkaClusterRequest): string {
  const keys = USER_SECRET_KEYS[request.clientAuthentication];
  const mechanism =
    request.clientAuthentication === 'tls'
      ? `mutual TLS: each client has its own certificate (keys ${keyList(
          keys,
        )})`
      : `SCRAM-SHA-512 over TLS: each client has its own password (keys ${keyList(
          keys,
        )})`;
  const lines = [
    `Every client authenticates: the only listener is \`tls\` on port 9093, with ${mechanism}. Authorization is \`simple\`: a client can use only the topics and consumer groups listed here, and topics are never created on first use (\`auto.create.topics.enable: false\`). A NetworkPolicy admits only the namespaces of the clients below.`,
    '',
  ];
  if (request.clients.length === 0) {
    lines.push(
      'No clients yet, so nothing can connect: add one to `clients` in `kafka-on-eks.yaml` (through the portal) and re-render.',
    );
  } else {
    lines.push(
      markdownTable(
        [
          'client',
          'namespace',
          'component',
          'topics',
          'consumer groups',
          'credentials',
        ],
        request.clients.map(client => [
          `\`${client.name}\``,
          `\`${client.namespace}\``,
          client.component ? `\`${client.component}\`` : '',
          client.topics
            .map(t => `\`${t.name}\` (${ACCESS_WORDS[t.access]})`)
            .join(', '),
          groupsCell(client),
          `Secret \`${clientSecretName(client)}\` in \`${client.namespace}\``,
        ]),
      ),
    );
  }
  lines.push(
    '',
    '### How an application connects',
    '',
    `Strimzi writes each client's credentials into a Secret named after the client in the \`${KAFKA_NAMESPACE}\` namespace. The External Secrets Operator copies it, with the cluster CA certificate (\`ca.crt\`, from \`${clusterCaCertSecret(
      request.name,
    )}\`) and \`bootstrap.servers\`, into the Secret \`${credentialsSecretName(
      '<client>',
    )}\` in the client's own namespace, and again when Strimzi rotates it. It reads as the ServiceAccount \`${readerServiceAccountName(
      '<client>',
    )}\` of that namespace, which may \`get\` exactly those two Secrets: nobody needs cluster-admin. An Argo CD Application per client namespace creates the namespace if it is missing, and never deletes it. Mount that Secret (keys ${keyList(
      [...keys, 'ca.crt', 'bootstrap.servers'],
    )}) and configure the client:`,
    '',
    '```properties',
    ...connectionProperties(request),
    '```',
    '',
    `Clients outside this EKS cluster are not served yet. That would take a second listener of type \`loadbalancer\` on an internal NLB (annotated \`service.beta.kubernetes.io/aws-load-balancer-scheme: internal\`), \`networkPolicyPeers\` with the callers' CIDRs (\`ipBlock\`), security groups that admit them, and a way to hand them the credentials (for example ESO pushing the Secret to AWS Secrets Manager).`,
  );
  return lines.join('\n');
}

/** How the portal reads this cluster without cluster-admin. */
export function portalAccessSection(request: KafkaClusterRequest): string {
  const config = [
    '```yaml',
    'kubernetes:',
    '  clusterLocatorMethods:',
    '    - type: config',
    '      clusters:',
    `        - name: ${request.name}`,
    '          url: <the cluster_endpoint output of terraform/infra>',
    '          authProvider: aws',
    '          caData: <the cluster_certificate_authority_data output>',
    '```',
  ];
  if (!request.portalRoleArn) {
    return [
      'No portal role was given, so the Backstage portal cannot read this cluster yet. Set `portalRoleArn` in `kafka-on-eks.yaml` to the IAM role the portal runs as and re-render: it becomes an EKS access entry in the Kubernetes group',
      `\`${PORTAL_KUBERNETES_GROUP}\`, which a ClusterRole lets \`get\`, \`list\` and \`watch\` the Kafka objects and \`patch\` KafkaRebalances, and nothing else (no Secrets). Then add the cluster to the portal's config:`,
      '',
      ...config,
    ].join('\n');
  }
  return [
    `The portal's role \`${request.portalRoleArn}\` has an EKS access entry in the Kubernetes group \`${PORTAL_KUBERNETES_GROUP}\`. A ClusterRole lets that group \`get\`, \`list\` and \`watch\` the Kafka objects and \`patch\` KafkaRebalances, and nothing else (no Secrets): never grant the portal cluster-admin. Add the cluster to the portal's config; \`authProvider: aws\` signs requests with the portal's own AWS credentials:`,
    '',
    ...config,
  ].join('\n');
}
