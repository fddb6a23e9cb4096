import { KubeConfig, type User } from '@kubernetes/client-node';
import type {
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';

const USER = 'backstage-kafka-on-eks';

function userFor(credential: KubernetesCredential): User {
  switch (credential.type) {
    case 'bearer token':
      return { name: USER, token: credential.token };
    case 'x509 client certificate':
      return {
        name: USER,
        certData: Buffer.from(credential.cert).toString('base64'),
        keyData: Buffer.from(credential.key).toString('base64'),
      };
    default:
      return { name: USER };
  }
}

/**
 * A KubeConfig for one configured cluster and one credential.
 *
 * @public
 */
export function kubeConfigFor(
  cluster: ClusterDetails,
  credential: KubernetesCredential,
): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [
      {
        name: cluster.name,
        server: cluster.url,
        caData: cluster.caData,
        caFile: cluster.caFile,
        skipTLSVerify: cluster.skipTLSVerify ?? false,
      },
    ],
    users: [userFor(credential)],
    contexts: [{ name: cluster.name, cluster: cluster.name, user: USER }],
    currentContext: cluster.name,
  });
  return kubeConfig;
}

/**
 * Swaps in a fresh bearer token (EKS tokens last 15 minutes). The client
 * reads the current user on every request, so running informers pick it up.
 *
 * @public
 */
export function refreshToken(
  kubeConfig: KubeConfig,
  credential: KubernetesCredential,
): void {
  const user = kubeConfig.getCurrentUser();
  if (user && credential.type === 'bearer token') {
    (user as { token?: string }).token = credential.token;
  }
}
