import { attributes, blank, block, comment, renderFile } from './body';
import { call, hcl } from './hcl';
import type { Stage } from './model';
import { PROVIDERS, TERRAFORM_REQUIRED_VERSION } from './pins';

/** Providers per stage: the stage that creates the cluster never talks to it. */
export const STAGE_PROVIDERS = {
  infra: ['aws'],
  bootstrap: ['aws', 'helm', 'kubernetes'],
} as const satisfies Record<Stage, ReadonlyArray<keyof typeof PROVIDERS>>;

/** `versions.tf`: the Terraform and provider version pins of a stage. */
export function renderVersions(stage: Stage): string {
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
          attributes(
            Object.fromEntries(
              STAGE_PROVIDERS[stage].map(name => [
                name,
                { ...PROVIDERS[name] },
              ]),
            ),
          ),
        ),
      ],
    ),
  ]);
}

const awsProvider = block(
  'provider',
  ['aws'],
  attributes({ region: hcl`var.region` }),
);

/** `infra/providers.tf`: aws only. */
export function renderInfraProviders(): string {
  return renderFile([
    ...comment(
      'No helm or kubernetes provider here: configured from the outputs of the',
      'module that creates the cluster, they break when it is replaced.',
    ),
    awsProvider,
  ]);
}

// Short-lived tokens from the AWS CLI, fetched on every run: a token read
// once at plan time can expire before a long apply reaches the cluster.
const exec = {
  api_version: 'client.authentication.k8s.io/v1beta1',
  command: 'aws',
  args: hcl`["eks", "get-token", "--cluster-name", data.aws_eks_cluster.this.name, "--region", var.region]`,
};
const connection = {
  host: hcl`data.aws_eks_cluster.this.endpoint`,
  cluster_ca_certificate: call(
    'base64decode',
    hcl`data.aws_eks_cluster.this.certificate_authority[0].data`,
  ),
};

/** `bootstrap/providers.tf`: the existing cluster, read by name; helm and kubernetes on it. */
export function renderBootstrapProviders(): string {
  return renderFile(
    [awsProvider],
    [
      ...comment(
        'The cluster the infra stage created, read by name: this stage plans only',
        'once it exists, and the providers never depend on a resource in this state.',
      ),
      block(
        'data',
        ['aws_eks_cluster', 'this'],
        attributes({ name: hcl`var.name` }),
      ),
    ],
    [
      ...comment(
        'Both authenticate with the identity running Terraform, cluster admin through',
        'an access entry (the creator of the cluster, or cluster_admin_principal_arns).',
      ),
      block(
        'provider',
        ['helm'],
        attributes({ kubernetes: { ...connection, exec } }),
      ),
    ],
    [
      block(
        'provider',
        ['kubernetes'],
        attributes(connection),
        [blank],
        [block('exec', [], attributes(exec))],
      ),
    ],
  );
}
