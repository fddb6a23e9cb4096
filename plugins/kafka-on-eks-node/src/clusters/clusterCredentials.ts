import type { Config } from '@backstage/config';
import { AwsIamStrategy } from '@backstage/plugin-kubernetes-backend';
import { ANNOTATION_KUBERNETES_AUTH_PROVIDER } from '@backstage/plugin-kubernetes-common';
import type {
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';
import fs from 'node:fs/promises';

// Where Kubernetes mounts a pod's own service account token.
const IN_CLUSTER_TOKEN_FILE =
  '/var/run/secrets/kubernetes.io/serviceaccount/token';

/**
 * Gives the credential to reach one cluster, fresh enough to use now.
 *
 * @public
 */
export type ClusterCredentials = (
  cluster: ClusterDetails,
) => Promise<KubernetesCredential>;

/**
 * Credentials the way Backstage's Kubernetes plugin makes them, with its own
 * strategies: `serviceAccount` (a configured token, or the pod's own) and
 * `aws` (an EKS token signed with the backend's AWS credentials, optionally
 * through `assumeRole`). These run in the background, not for a signed-in
 * user, so user-token providers (oidc, google) do not apply.
 *
 * @public
 */
export function createClusterCredentials(config: Config): ClusterCredentials {
  const aws = new AwsIamStrategy({ config });
  return async cluster => {
    const provider = cluster.authMetadata[ANNOTATION_KUBERNETES_AUTH_PROVIDER];
    if (provider === 'aws') {
      return aws.getCredential(cluster);
    }
    if (provider === 'serviceAccount') {
      // The Kubernetes plugin's own ServiceAccountStrategy does the same, but
      // loads the client with a dynamic import that jest cannot follow.
      const token =
        cluster.authMetadata.serviceAccountToken ??
        (await fs.readFile(IN_CLUSTER_TOKEN_FILE, 'utf8').catch(() => {
          throw new Error(
            `cluster '${cluster.name}': no serviceAccountToken configured and no in-cluster token at ${IN_CLUSTER_TOKEN_FILE}`,
          );
        }));
      return { type: 'bearer token', token: token.trim() };
    }
    throw new Error(
      `cluster '${cluster.name}': authProvider '${provider}' is not supported by kafka-on-eks (use serviceAccount or aws)`,
    );
  };
}
