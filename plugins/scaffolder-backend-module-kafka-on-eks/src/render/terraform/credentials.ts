import {
  ARGOCD_NAMESPACE,
  EXTERNAL_SECRETS_NAMESPACE,
  EXTERNAL_SECRETS_SERVICE_ACCOUNT,
} from '../naming';
import { attributes, blank, block, comment, renderFile } from './body';
import { call, hcl, type HclValue } from './hcl';
import { CHARTS } from './pins';

/** The README section the missing-credentials error points to. */
export const CREDENTIALS_README_SECTION = 'GitOps credentials';
/** Argo CD's repository Secret, written by the ExternalSecret. */
export const GITOPS_REPOSITORY_SECRET = 'gitops-repository';
export const SECRET_STORE = 'aws-secrets-manager';
const EXTERNAL_SECRETS_API = 'external-secrets.io/v1';
/** The key of the Secret's data, and of the ExternalSecret's template. */
const SSH_PRIVATE_KEY = 'sshPrivateKey';

/** The SecretStore and ExternalSecret that give Argo CD its deploy key. */
export function credentialManifests(): HclValue[] {
  return [
    {
      apiVersion: EXTERNAL_SECRETS_API,
      kind: 'SecretStore',
      metadata: { name: SECRET_STORE, namespace: ARGOCD_NAMESPACE },
      // No auth: the controller's own credentials, from EKS Pod Identity.
      spec: {
        provider: {
          aws: { service: 'SecretsManager', region: hcl`var.region` },
        },
      },
    },
    {
      apiVersion: EXTERNAL_SECRETS_API,
      kind: 'ExternalSecret',
      metadata: { name: GITOPS_REPOSITORY_SECRET, namespace: ARGOCD_NAMESPACE },
      spec: {
        refreshInterval: '1h',
        secretStoreRef: { kind: 'SecretStore', name: SECRET_STORE },
        target: {
          name: GITOPS_REPOSITORY_SECRET,
          creationPolicy: 'Owner',
          template: {
            metadata: {
              labels: { 'argocd.argoproj.io/secret-type': 'repository' },
            },
            data: {
              type: 'git',
              url: hcl`local.gitops_repo_url`,
              // ESO's template, not Helm's: Helm does not render values.
              [SSH_PRIVATE_KEY]: `{{ .${SSH_PRIVATE_KEY} }}`,
            },
          },
        },
        // The secret string is the private key text itself.
        data: [
          {
            secretKey: SSH_PRIVATE_KEY,
            remoteRef: { key: hcl`local.gitops_deploy_key_secret_name` },
          },
        ],
      },
    },
  ];
}

/**
 * `bootstrap/credentials.tf`: the External Secrets Operator, the deploy key
 * check and Argo CD's repository Secret, read from Secrets Manager so the
 * key never passes through tfvars or state.
 */
export function renderCredentials(): string {
  return renderFile(
    [
      ...comment(
        'Looks the secret up by name without reading its value. The name filter',
        'matches prefixes, hence the exact contains() below.',
      ),
      block(
        'data',
        ['aws_secretsmanager_secrets', 'gitops_deploy_key'],
        [
          block(
            'filter',
            [],
            attributes({
              name: 'name',
              values: [hcl`local.gitops_deploy_key_secret_name`],
            }),
          ),
        ],
      ),
    ],
    [
      block(
        'resource',
        ['terraform_data', 'gitops_credentials'],
        [
          block(
            'lifecycle',
            [],
            [
              block(
                'precondition',
                [],
                attributes({
                  condition: hcl`!var.gitops_repository_private || contains(data.aws_secretsmanager_secrets.gitops_deploy_key.names, local.gitops_deploy_key_secret_name)`,
                  error_message: call(
                    'format',
                    `Argo CD has no credentials for this private repository: the Secrets Manager secret %s does not exist in %s. Create the deploy key and that secret as terraform/README.md says in "${CREDENTIALS_README_SECTION}" (ssh-keygen, gh repo deploy-key add, aws secretsmanager create-secret), then plan again.`,
                    hcl`local.gitops_deploy_key_secret_name`,
                    hcl`var.region`,
                  ),
                }),
              ),
            ],
          ),
        ],
      ),
    ],
    [
      ...comment(
        'Installs its CRDs; its controller gets AWS credentials through the Pod',
        'Identity association the infra stage made for this service account.',
      ),
      block(
        'resource',
        ['helm_release', 'external_secrets'],
        attributes({
          name: 'external-secrets',
          namespace: EXTERNAL_SECRETS_NAMESPACE,
          create_namespace: true,
          repository: CHARTS.externalSecretsRepository,
          chart: CHARTS.externalSecrets.name,
          version: CHARTS.externalSecrets.version,
        }),
        [blank],
        attributes({
          values: [
            call('yamlencode', {
              installCRDs: true,
              serviceAccount: {
                create: true,
                name: EXTERNAL_SECRETS_SERVICE_ACCOUNT,
              },
            }),
          ],
        }),
      ),
    ],
    [
      ...comment(
        'No typed resource exists for these kinds: a local chart applies them,',
        'which, unlike kubernetes_manifest, needs no API (nor CRDs) at plan time.',
      ),
      block(
        'resource',
        ['helm_release', 'gitops_credentials'],
        attributes({
          name: 'gitops-credentials',
          namespace: ARGOCD_NAMESPACE,
          chart: hcl`"\${path.module}/charts/raw-manifests"`,
          values: [call('yamlencode', { manifests: credentialManifests() })],
        }),
        [blank],
        attributes({
          depends_on: [
            hcl`terraform_data.gitops_credentials`,
            hcl`helm_release.argocd`,
            hcl`helm_release.external_secrets`,
          ],
        }),
      ),
    ],
  );
}
