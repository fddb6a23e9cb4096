import type { SelfSignedCertificate } from '@internal/kube-loopback';

/**
 * `kubernetes.clusterLocatorMethods` config naming one loopback API server
 * as the cluster `name`, reached with a service account token over its TLS.
 */
export function loopbackClusterConfig(options: {
  name: string;
  url: string;
  token: string;
  certificate: SelfSignedCertificate;
}) {
  return {
    kubernetes: {
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: [
            {
              name: options.name,
              url: options.url,
              authProvider: 'serviceAccount',
              serviceAccountToken: options.token,
              caData: Buffer.from(options.certificate.cert).toString('base64'),
            },
          ],
        },
      ],
    },
  };
}
