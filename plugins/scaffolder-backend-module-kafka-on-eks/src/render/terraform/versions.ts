import { attributes, blank, block, comment, renderFile } from './body';
import { call, hcl } from './hcl';
import { PROVIDERS, TERRAFORM_REQUIRED_VERSION } from './pins';

/** `versions.tf`: the Terraform and provider version pins. */
export function renderVersions(): string {
  return renderFile([
    block(
      'terraform',
      [],
      attributes({ required_version: TERRAFORM_REQUIRED_VERSION }),
      [blank],
      [
        block(
          'required_providers',
          [],
          attributes({
            aws: { ...PROVIDERS.aws },
            helm: { ...PROVIDERS.helm },
            kubernetes: { ...PROVIDERS.kubernetes },
          }),
        ),
      ],
    ),
  ]);
}

// Short-lived tokens from the AWS CLI, fetched on every run: a token read
// once at plan time can expire before a long apply reaches the cluster.
const getTokenArgs = hcl`["eks", "get-token", "--cluster-name", module.eks.cluster_name, "--region", var.region]`;
const clusterCa = call(
  'base64decode',
  hcl`module.eks.cluster_certificate_authority_data`,
);

/** `providers.tf`: aws in the chosen region; helm and kubernetes on the new cluster. */
export function renderProviders(): string {
  return renderFile(
    [block('provider', ['aws'], attributes({ region: hcl`var.region` }))],
    [
      ...comment(
        'Both authenticate to the cluster this configuration creates, with the',
        'identity running Terraform (granted cluster admin through an access entry).',
      ),
      block(
        'provider',
        ['helm'],
        attributes({
          kubernetes: {
            host: hcl`module.eks.cluster_endpoint`,
            cluster_ca_certificate: clusterCa,
            exec: {
              api_version: 'client.authentication.k8s.io/v1beta1',
              command: 'aws',
              args: getTokenArgs,
            },
          },
        }),
      ),
    ],
    [
      block(
        'provider',
        ['kubernetes'],
        attributes({
          host: hcl`module.eks.cluster_endpoint`,
          cluster_ca_certificate: clusterCa,
        }),
        [blank],
        [
          block(
            'exec',
            [],
            attributes({
              api_version: 'client.authentication.k8s.io/v1beta1',
              command: 'aws',
              args: getTokenArgs,
            }),
          ),
        ],
      ),
    ],
  );
}
