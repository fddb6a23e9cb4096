/**
 * Every version the generated Terraform pins, in one place. Module versions
 * are exact: their input names are checked against these releases.
 */

/**
 * Terraform itself: the EKS module v21 needs 1.5.7; variable validations
 * that read another variable (the KMS key's region) need 1.9.
 */
export const TERRAFORM_REQUIRED_VERSION = '>= 1.9.0, < 2.0.0';

export const MODULES = {
  vpc: { source: 'terraform-aws-modules/vpc/aws', version: '6.6.0' },
  eks: { source: 'terraform-aws-modules/eks/aws', version: '21.19.0' },
} as const;

/**
 * Providers. aws: both modules need >= 6.28. helm: 3.x (the `kubernetes = {}`
 * attribute syntax), 3.1.1 fixes "inconsistent result after apply" on
 * helm_release. kubernetes: 3.x.
 */
export const PROVIDERS = {
  aws: { source: 'hashicorp/aws', version: '>= 6.28.0, < 7.0.0' },
  helm: { source: 'hashicorp/helm', version: '>= 3.1.1, < 4.0.0' },
  kubernetes: { source: 'hashicorp/kubernetes', version: '>= 3.0.1, < 4.0.0' },
} as const;

/** Helm charts the bootstrap stage installs. */
export const CHARTS = {
  argoRepository: 'https://argoproj.github.io/argo-helm',
  /** Argo CD v3.4.4; 3.1+ reads Strimzi's `oci://` chart natively. */
  argoCd: { name: 'argo-cd', version: '10.1.1' },
  argoCdApps: { name: 'argocd-apps', version: '2.0.5' },
  externalSecretsRepository: 'https://charts.external-secrets.io',
  /** ESO 1.x serves `external-secrets.io/v1` and reads Pod Identity credentials. */
  externalSecrets: { name: 'external-secrets', version: '1.0.0' },
} as const;
