import { validateClusterApiServerUrl } from './clusterUrlRule';

// The Kubernetes backend does not export its rule (nor type this file):
// compared with the file itself, so an upgrade that changes it shows here.
const upstream: typeof validateClusterApiServerUrl =
  // eslint-disable-next-line @backstage/no-forbidden-package-imports
  require('@backstage/plugin-kubernetes-backend/dist/cluster-locator/validateClusterApiServerUrl.cjs.js').validateClusterApiServerUrl;

// Refused or not: for a bracketed IPv6 host the upstream rule fails its DNS
// lookup instead of naming the address, which refuses all the same.
const verdict = (check: Promise<unknown>) =>
  check.then(
    () => 'allowed',
    () => 'refused',
  );

// Literal addresses and localhost only: no lookup leaves the machine.
const cases: Array<[string, object]> = [
  ['https://8.8.4.4', {}],
  ['https://8.8.4.4:6443/prefix', {}],
  ['http://8.8.4.4', {}],
  ['ftp://8.8.4.4', {}],
  ['not a url', {}],
  ['https://u:p@8.8.4.4', {}],
  ['https://127.0.0.1', {}],
  ['https://10.1.2.3', {}],
  ['https://192.168.0.1', {}],
  ['https://169.254.169.254', {}],
  ['https://[::1]', {}],
  ['https://[fd00::1]', {}],
  ['https://localhost', {}],
  ['http://127.0.0.1:8080', { dangerouslyAllowClusterUrls: ['127.0.0.1'] }],
  ['https://api.eks.internal', { dangerouslyAllowClusterUrls: ['*.internal'] }],
  ['https://internal', { dangerouslyAllowClusterUrls: ['*.internal'] }],
  ['https://10.1.2.3', { dangerouslyAllowClusterUrls: ['10.1.2.4'] }],
];

describe('validateClusterApiServerUrl', () => {
  it.each(cases)(
    'gives the Kubernetes backend verdict for %s %j',
    async (url, options) => {
      const ours = await verdict(validateClusterApiServerUrl(url, options));
      expect(ours).toBe(await verdict(upstream(url, options)));
    },
  );

  it('names the rule an address breaks', async () => {
    await expect(
      validateClusterApiServerUrl('https://8.8.4.4'),
    ).resolves.toBeInstanceOf(URL);
    await expect(
      validateClusterApiServerUrl('https://10.0.0.1'),
    ).rejects.toThrow(
      'Kubernetes cluster API server URL must not use a non-public IP address',
    );
  });
});
