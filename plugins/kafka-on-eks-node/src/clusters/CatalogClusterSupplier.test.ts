import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createSelfSignedCertificate,
  startKubeLoopback,
  type KubeLoopback,
} from '@internal/kube-loopback';
import { CoreV1Api } from '@kubernetes/client-node';
import { kubeConfigFor } from '../kubernetes/kubeConfigFor';
import { CatalogClusterSupplier } from './CatalogClusterSupplier';
import { createClusterCredentials } from './clusterCredentials';

let api: KubeLoopback;
let caData: string;
beforeAll(async () => {
  const tls = await createSelfSignedCertificate();
  caData = Buffer.from(tls.cert).toString('base64');
  api = await startKubeLoopback({
    tls,
    objects: [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kafka' } },
    ],
  });
});
afterAll(() => api.close());

const clusterEntity = (
  name: string,
  annotations: Record<string, string>,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name,
    title: `${name} cluster`,
    annotations: {
      'kubernetes.io/api-server-certificate-authority': 'Q0EK',
      'kubernetes.io/auth-provider': 'aws',
      ...annotations,
    },
  },
  spec: { type: 'kubernetes-cluster', owner: 'group:default/platform-team' },
});

function supplierFor(entities: Entity[], locator: object = {}) {
  const logger = mockServices.logger.mock();
  const config = new ConfigReader({
    kubernetes: {
      clusterLocatorMethods: [
        { type: 'config', clusters: [] },
        { type: 'catalog', ...locator },
      ],
    },
  });
  const supplier = CatalogClusterSupplier.fromConfig(config, {
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    logger,
  })!;
  const warnings = () => logger.warn.mock.calls.map(([message]) => message);
  return { supplier, warnings };
}

describe('CatalogClusterSupplier', () => {
  it('is there only with a catalog cluster locator', () => {
    const deps = {
      catalog: catalogServiceMock(),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    };
    expect(
      CatalogClusterSupplier.fromConfig(
        new ConfigReader({
          kubernetes: {
            clusterLocatorMethods: [{ type: 'config', clusters: [] }],
          },
        }),
        deps,
      ),
    ).toBeUndefined();
  });

  it('refuses a loopback API server unless dangerouslyAllowClusterUrls names it, then reaches it', async () => {
    expect(api.url).toMatch(/^https:\/\/127\.0\.0\.1:/);
    const loopback = clusterEntity('lab', {
      'kubernetes.io/api-server': api.url,
      'kubernetes.io/api-server-certificate-authority': caData,
      'kubernetes.io/skip-tls-verify': 'true',
    });
    const refused = supplierFor([loopback]);
    expect(await refused.supplier.getClusters()).toEqual([]);
    expect(refused.warnings()).toEqual([
      'Ignoring kubernetes-cluster Resource "lab": Kubernetes cluster API server URL must not use a non-public IP address',
    ]);

    const allowed = supplierFor([loopback], {
      dangerouslyAllowClusterUrls: ['127.0.0.1'],
    });
    const [cluster] = await allowed.supplier.getClusters();
    expect(cluster).toEqual({
      name: 'lab',
      title: 'lab cluster',
      url: api.url,
      caData,
      // Only with dangerouslyAllowSkipTLSVerify.
      skipTLSVerify: false,
      authMetadata: {
        'kubernetes.io/api-server': api.url,
        'kubernetes.io/api-server-certificate-authority': caData,
        'kubernetes.io/auth-provider': 'aws',
        'kubernetes.io/skip-tls-verify': 'true',
      },
    });

    // It works as a cluster from config: TLS checked against its CA, an EKS
    // token signed offline.
    process.env.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'not-a-secret';
    process.env.AWS_REGION = 'eu-west-1';
    const credential = await createClusterCredentials(new ConfigReader({}))(
      cluster,
    );
    const core = kubeConfigFor(cluster, credential).makeApiClient(CoreV1Api);
    const namespaces = await core.listNamespace();
    expect(namespaces.items.map(n => n.metadata?.name)).toContain('kafka');
  });

  it('keeps the other rules of the Kubernetes plugin', async () => {
    const { supplier, warnings } = supplierFor(
      [
        clusterEntity('private', {
          'kubernetes.io/api-server': 'https://10.0.0.1',
        }),
        clusterEntity('creds', {
          'kubernetes.io/api-server': 'https://user:pw@203.0.113.9',
        }),
        clusterEntity('sa', {
          'kubernetes.io/api-server': 'https://203.0.113.10',
          'kubernetes.io/auth-provider': 'serviceAccount',
          serviceAccountToken: 'stolen',
        }),
        clusterEntity('public', {
          'kubernetes.io/api-server': 'https://8.8.4.4',
          'kubernetes.io/skip-tls-verify': 'true',
        }),
        // No CA annotation: not a catalog cluster at all.
        {
          ...clusterEntity('no-ca', {
            'kubernetes.io/api-server': 'https://8.8.8.8',
          }),
          metadata: {
            name: 'no-ca',
            annotations: {
              'kubernetes.io/api-server': 'https://8.8.8.8',
              'kubernetes.io/auth-provider': 'aws',
            },
          },
        },
      ],
      { dangerouslyAllowSkipTLSVerify: true },
    );
    const clusters = await supplier.getClusters();
    expect(clusters.map(c => [c.name, c.skipTLSVerify])).toEqual([
      ['public', true],
    ]);
    expect(warnings()).toEqual([
      'Ignoring kubernetes-cluster Resource "private": Kubernetes cluster API server URL must not use a non-public IP address',
      'Ignoring kubernetes-cluster Resource "creds": Kubernetes cluster API server URL must not contain credentials',
      'Ignoring kubernetes-cluster Resource "sa": catalog cluster locator does not support the serviceAccount auth provider',
    ]);
  });
});
