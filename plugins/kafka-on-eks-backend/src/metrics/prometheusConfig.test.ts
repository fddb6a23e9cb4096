import { ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';
import { readPrometheusTargets } from './prometheusConfig';

const read = (prometheus: JsonObject[]) =>
  readPrometheusTargets(new ConfigReader({ kafkaOnEks: { prometheus } }));

describe('readPrometheusTargets', () => {
  it('reads each auth provider, with the generated repositories’ defaults for kubernetes', () => {
    expect(
      read([
        { cluster: 'a', url: 'http://prometheus:9090/' },
        { cluster: 'b', authProvider: 'bearer', url: 'https://p', token: 't' },
        {
          cluster: 'c',
          authProvider: 'aws',
          url: 'https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-1',
          region: 'eu-west-1',
          assumeRole: 'arn:aws:iam::123456789012:role/amp-query',
        },
        { cluster: 'd', authProvider: 'kubernetes' },
      ]),
    ).toEqual([
      { cluster: 'a', authProvider: 'none', url: 'http://prometheus:9090' },
      { cluster: 'b', authProvider: 'bearer', url: 'https://p', token: 't' },
      {
        cluster: 'c',
        authProvider: 'aws',
        url: 'https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-1',
        region: 'eu-west-1',
        assumeRole: 'arn:aws:iam::123456789012:role/amp-query',
      },
      {
        cluster: 'd',
        authProvider: 'kubernetes',
        namespace: 'monitoring',
        service: 'kube-prometheus-stack-prometheus:9090',
      },
    ]);
    expect(readPrometheusTargets(new ConfigReader({}))).toEqual([]);
  });

  it.each([
    [[{ url: 'http://p' }], 'kafkaOnEks.prometheus[0].cluster: required'],
    [
      [
        { cluster: 'a', url: 'http://p' },
        { cluster: 'a', url: 'http://q' },
      ],
      "kafkaOnEks.prometheus[1].cluster: cluster 'a' has a Prometheus entry already",
    ],
    [
      [{ cluster: 'a', authProvider: 'oidc', url: 'http://p' }],
      "kafkaOnEks.prometheus[0].authProvider: 'oidc' is not one of none, bearer, aws, kubernetes",
    ],
    [
      [{ cluster: 'a' }],
      "kafkaOnEks.prometheus[0].url: required for authProvider 'none'",
    ],
    [
      [{ cluster: 'a', url: 'ftp://p' }],
      'kafkaOnEks.prometheus[0].url: must be http:// or https://',
    ],
    [
      [{ cluster: 'a', url: 'not a url' }],
      "kafkaOnEks.prometheus[0].url: 'not a url' is not a URL",
    ],
    [
      [{ cluster: 'a', authProvider: 'bearer', url: 'http://p' }],
      "kafkaOnEks.prometheus[0].token: required for authProvider 'bearer'",
    ],
    [
      [{ cluster: 'a', authProvider: 'aws', url: 'https://p' }],
      "kafkaOnEks.prometheus[0].region: required for authProvider 'aws'",
    ],
    [
      [
        {
          cluster: 'a',
          authProvider: 'aws',
          url: 'https://p',
          region: 'eu-west-1',
          assumeRole: 'amp',
        },
      ],
      'kafkaOnEks.prometheus[0].assumeRole: must be an IAM role ARN',
    ],
    [
      [
        {
          cluster: 'a',
          authProvider: 'kubernetes',
          service: 'Prometheus/../x',
        },
      ],
      "kafkaOnEks.prometheus[0].service: 'Prometheus/../x' is not a service name",
    ],
    [
      [{ cluster: 'a', authProvider: 'kubernetes', namespace: 'a/b' }],
      "kafkaOnEks.prometheus[0].namespace: 'a/b' is not a Kubernetes namespace name",
    ],
  ] as Array<[JsonObject[], string]>)(
    'rejects %j naming the key',
    (entries, message) => {
      expect(() => read(entries)).toThrow(InputError);
      expect(() => read(entries)).toThrow(message);
    },
  );
});
