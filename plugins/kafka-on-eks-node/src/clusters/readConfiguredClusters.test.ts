import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { readConfiguredClusters } from './readConfiguredClusters';

function configWith(clusterLocatorMethods: JsonObject[]) {
  return new ConfigReader({ kubernetes: { clusterLocatorMethods } });
}

describe('readConfiguredClusters', () => {
  it("reads the Kubernetes plugin's config clusters with their auth metadata", () => {
    const clusters = readConfiguredClusters(
      configWith([
        { type: 'catalog' },
        {
          type: 'config',
          clusters: [
            {
              name: 'orders-kafka',
              url: 'https://ABC.gr7.eu-west-1.eks.amazonaws.com',
              authProvider: 'aws',
              assumeRole: 'arn:aws:iam::123456789012:role/backstage',
              externalId: 'ext-1',
              caData: 'Q0E=',
            },
            {
              name: 'lab',
              url: 'https://127.0.0.1:6443',
              authProvider: 'serviceAccount',
              serviceAccountToken: 'secret-token',
              skipTLSVerify: true,
            },
          ],
        },
      ]),
    );

    expect(clusters.map(c => c.name)).toEqual(['orders-kafka', 'lab']);
    expect(clusters[0]).toMatchObject({
      url: 'https://ABC.gr7.eu-west-1.eks.amazonaws.com',
      caData: 'Q0E=',
      skipTLSVerify: false,
      authMetadata: {
        'kubernetes.io/auth-provider': 'aws',
        'kubernetes.io/aws-assume-role':
          'arn:aws:iam::123456789012:role/backstage',
        'kubernetes.io/aws-external-id': 'ext-1',
      },
    });
    expect(clusters[1]).toMatchObject({
      skipTLSVerify: true,
      authMetadata: {
        'kubernetes.io/auth-provider': 'serviceAccount',
        serviceAccountToken: 'secret-token',
      },
    });
  });

  it('takes the auth provider from authMetadata too, as the Kubernetes plugin does', () => {
    const [cluster] = readConfiguredClusters(
      configWith([
        {
          type: 'config',
          clusters: [
            {
              name: 'a',
              url: 'https://a',
              authMetadata: { 'kubernetes.io/auth-provider': 'aws' },
            },
          ],
        },
      ]),
    );
    expect(cluster.authMetadata['kubernetes.io/auth-provider']).toBe('aws');
  });

  it('has no clusters when the Kubernetes plugin has none', () => {
    expect(readConfiguredClusters(new ConfigReader({}))).toEqual([]);
  });

  it('names the field of a cluster without an auth provider', () => {
    expect(() =>
      readConfiguredClusters(
        configWith([
          { type: 'config', clusters: [{ name: 'a', url: 'https://a' }] },
        ]),
      ),
    ).toThrow(
      "kubernetes.clusterLocatorMethods[0].clusters[0].authProvider: cluster 'a' needs an auth provider",
    );
  });

  it('refuses a cluster name used twice', () => {
    const twice = { name: 'a', url: 'https://a', authProvider: 'aws' };
    expect(() =>
      readConfiguredClusters(
        configWith([{ type: 'config', clusters: [twice, twice] }]),
      ),
    ).toThrow("clusters[1].name: cluster name 'a' is used twice");
  });
});
