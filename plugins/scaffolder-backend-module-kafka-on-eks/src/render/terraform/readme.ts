import { ARGOCD_NAMESPACE, GITOPS_PATHS } from '../naming';
import { BOOTSTRAP_APPLICATION } from './gitops';

/** `terraform/README.md`: fixed text, no request data. */
export function renderReadme(): string {
  return `# Terraform

Creates the VPC, the EKS cluster with its node groups and add-ons, the
StorageClasses, and Argo CD, which then syncs \`${GITOPS_PATHS.applications}\`
(the Strimzi operator and the Kafka).

## Apply

Needs Terraform 1.5.7 or newer and the AWS CLI v2 (the providers run
\`aws eks get-token\`), with credentials for the target account.

\`\`\`sh
cd terraform
# Private repository: let Argo CD read it.
export TF_VAR_gitops_repo_token=...
terraform init
terraform apply
$(terraform output -raw configure_kubectl)
\`\`\`

One apply creates everything: no resource needs the cluster's API at plan
time. The state is local and holds the repository token: for shared use,
add an S3 backend before the first apply.

Your choices are in \`terraform.tfvars\`. The zone count is fixed at
generation; node group sizes follow the replica counts.

## Destroy

Delete the Kafka first, so that its load balancers go and Argo CD is still
there to clean up:

\`\`\`sh
kubectl -n ${ARGOCD_NAMESPACE} delete application ${BOOTSTRAP_APPLICATION} --wait
terraform destroy
\`\`\`

The StorageClasses retain volumes: broker volumes stay after the cluster is
gone. Find them by their \`kafka-on-eks/cluster\` tag and delete them when
the data is no longer needed.
`;
}

export const GITIGNORE = `.terraform/
*.tfstate
*.tfstate.*
*.tfplan
crash.log
`;
