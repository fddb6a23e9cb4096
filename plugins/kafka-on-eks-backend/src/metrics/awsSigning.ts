import { Sha256 } from '@aws-crypto/sha256-js';
import {
  fromNodeProviderChain,
  fromTemporaryCredentials,
} from '@aws-sdk/credential-providers';
import { SignatureV4 } from '@smithy/signature-v4';

/** A source of AWS credentials, as the SDK's providers return them. */
export type AwsCredentialIdentityProvider = ReturnType<
  typeof fromNodeProviderChain
>;

/** Amazon Managed Service for Prometheus' signing name. */
export const AMP_SERVICE = 'aps';

/**
 * The backend's AWS credentials (the SDK's default chain: environment, web
 * identity/IRSA, ECS, instance profile, ...), optionally exchanged through
 * STS for a role in the workspace's account.
 */
export function awsCredentialsFor(options: {
  region: string;
  assumeRole?: string;
}): AwsCredentialIdentityProvider {
  if (!options.assumeRole) return fromNodeProviderChain();
  return fromTemporaryCredentials({
    params: {
      RoleArn: options.assumeRole,
      RoleSessionName: 'backstage-kafka-on-eks',
    },
    clientConfig: { region: options.region },
  });
}

/**
 * Signs a GET with SigV4, by the AWS SDK's own signer. Returns the headers
 * to send (host, x-amz-date, authorization and, with temporary
 * credentials, x-amz-security-token).
 */
export async function signGet(
  url: URL,
  options: {
    region: string;
    credentials: AwsCredentialIdentityProvider;
    service?: string;
    signingDate?: Date;
  },
): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    service: options.service ?? AMP_SERVICE,
    region: options.region,
    credentials: options.credentials,
    sha256: Sha256,
    // AMP's query API does not need the payload hash header.
    applyChecksum: false,
  });
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  const signed = await signer.sign(
    {
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query,
      headers: { host: url.host },
    },
    { signingDate: options.signingDate },
  );
  return signed.headers;
}
