import { ConfigReader } from '@backstage/config';
import { createClusterCredentials } from './clusterCredentials';

const cluster = (authMetadata: Record<string, string>) => ({
  name: 'orders-kafka',
  url: 'https://ABC.gr7.eu-west-1.eks.amazonaws.com',
  authMetadata,
});

describe('createClusterCredentials', () => {
  const credentials = createClusterCredentials(new ConfigReader({}));

  it('uses the configured service account token', async () => {
    await expect(
      credentials(
        cluster({
          'kubernetes.io/auth-provider': 'serviceAccount',
          serviceAccountToken: 'sa-token',
        }),
      ),
    ).resolves.toEqual({ type: 'bearer token', token: 'sa-token' });
  });

  it('says where it looked when no service account token is configured', async () => {
    await expect(
      credentials(cluster({ 'kubernetes.io/auth-provider': 'serviceAccount' })),
    ).rejects.toThrow(
      "cluster 'orders-kafka': no serviceAccountToken configured and no in-cluster token",
    );
  });

  it('signs an EKS token for the cluster with the AWS credentials, locally', async () => {
    const saved = { ...process.env };
    // Static credentials: the token is a presigned STS URL, made offline.
    process.env.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY =
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    process.env.AWS_REGION = 'eu-west-1';
    try {
      const credential = await credentials(
        cluster({ 'kubernetes.io/auth-provider': 'aws' }),
      );
      expect(credential.type).toBe('bearer token');
      const token = (credential as { token: string }).token;
      expect(token.startsWith('k8s-aws-v1.')).toBe(true);
      const url = new URL(
        Buffer.from(token.slice('k8s-aws-v1.'.length), 'base64url').toString(),
      );
      expect(url.hostname).toMatch(/^sts\./);
      expect(url.searchParams.get('Action')).toBe('GetCallerIdentity');
      // EKS checks the token was signed for this cluster's name.
      expect(url.searchParams.get('X-Amz-SignedHeaders')).toContain(
        'x-k8s-aws-id',
      );
      expect(url.searchParams.get('X-Amz-Credential')).toContain(
        'AKIAIOSFODNN7EXAMPLE',
      );
    } finally {
      process.env = saved;
    }
  });

  it('names the cluster and the provider it does not support', async () => {
    await expect(
      credentials(cluster({ 'kubernetes.io/auth-provider': 'google' })),
    ).rejects.toThrow(
      "cluster 'orders-kafka': authProvider 'google' is not supported by kafka-on-eks (use serviceAccount or aws)",
    );
  });
});
