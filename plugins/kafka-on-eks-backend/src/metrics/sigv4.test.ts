import { signGet } from './awsSigning';

// AWS's published SigV4 test suite (aws-sig-v4-test-suite, "get-vanilla" and
// "get-vanilla-query-order-key-case"): fixed credentials, time and region,
// signatures computed by AWS. Offline: no credentials are looked up.
const credentials = async () => ({
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
});
const signingDate = new Date('2015-08-30T12:36:00Z');

describe('signGet (SigV4 by the AWS SDK signer)', () => {
  it('signs get-vanilla as the AWS test suite does', async () => {
    const headers = await signGet(new URL('https://example.amazonaws.com/'), {
      region: 'us-east-1',
      service: 'service',
      credentials,
      signingDate,
    });
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('signs the query string in canonical order (get-vanilla-query-order-key-case)', async () => {
    const headers = await signGet(
      new URL('https://example.amazonaws.com/?Param2=value2&Param1=value1'),
      { region: 'us-east-1', service: 'service', credentials, signingDate },
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500',
    );
  });

  it('signs for Amazon Managed Prometheus (service aps) with a session token', async () => {
    const headers = await signGet(
      new URL(
        'https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-1/api/v1/query?query=up',
      ),
      {
        region: 'eu-west-1',
        credentials: async () => ({
          ...(await credentials()),
          sessionToken: 'session-token',
        }),
        signingDate,
      },
    );
    expect(headers['x-amz-security-token']).toBe('session-token');
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20150830\/eu-west-1\/aps\/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
  });
});
