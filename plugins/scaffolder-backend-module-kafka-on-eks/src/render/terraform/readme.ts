import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  ghRepository,
  gitopsDeployKeySecretName,
  GITOPS_PATHS,
  KAFKA_NAMESPACE,
} from '../naming';
import { CREDENTIALS_README_SECTION } from './credentials';
import { STAGES } from './model';

/**
 * A shell word for a command in a code block: request values are already
 * pattern-checked, and anything outside a plain word is single-quoted.
 */
export function shellWord(value: string): string {
  if (/^[A-Za-z0-9_.\/:@=+,-]+$/.test(value)) return value;
  if (/[\r\n`\u2028\u2029]/.test(value))
    throw new Error('Not a value for a README command');
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function endpointText(request: KafkaClusterRequest): string {
  if (request.apiAccessCidrs.length === 0) {
    return `The EKS API endpoint is private only (\`api_access_cidrs\` is empty), so run this step
from a host inside the VPC: an AWS CloudShell VPC environment in one of the
cluster's private subnets, or an SSM session on an instance in a private
subnet (the cluster security group admits HTTPS from the VPC CIDR). It needs
Terraform, the AWS CLI v2, and an identity that is cluster admin (the one
that applied \`infra\`, or one of \`cluster_admin_principal_arns\`).`;
  }
  const cidrs = request.apiAccessCidrs.map(c => `\`${shellWord(c)}\``);
  return `The EKS API's public endpoint admits only ${cidrs.join(', ')}:
run this step from one of those networks (or from inside the VPC, through
the private endpoint), as the identity that applied \`infra\` or one of
\`cluster_admin_principal_arns\`.`;
}

function kmsText(request: KafkaClusterRequest): string {
  if (!request.ebsKmsKeyArn) {
    return 'Node root volumes are encrypted with the AWS-managed `aws/ebs` key.';
  }
  return `Node root volumes are encrypted with the customer-managed key
\`${shellWord(request.ebsKmsKeyArn)}\`. The EBS CSI driver's role gets the KMS
permissions it needs on that key. Managed node groups launch instances
through EC2 Auto Scaling, whose service-linked role no IAM policy of this
account can grant: the key policy itself must allow
\`arn:aws:iam::<account>:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling\`
\`kms:Encrypt\`, \`kms:Decrypt\`, \`kms:ReEncrypt*\`, \`kms:GenerateDataKey*\`,
\`kms:DescribeKey\`, and \`kms:CreateGrant\` with \`kms:GrantIsForAWSResource\`.
Without it, nodes fail to launch ("Client.InternalError").`;
}

/** `terraform/README.md`: fixed text; request values only through `shellWord`. */
export function renderReadme(request: KafkaClusterRequest): string {
  const name = shellWord(request.name);
  const region = shellWord(request.region);
  const secret = shellWord(gitopsDeployKeySecretName(request.name));
  const infra = `terraform -chdir=${STAGES.infra}`;
  const bootstrap = `terraform -chdir=${STAGES.bootstrap}`;
  return `# Terraform

Two root modules, applied in this order:

| folder | creates | providers |
| --- | --- | --- |
| \`infra/\` | the VPC, the EKS cluster, its node groups and add-ons, IAM roles | aws |
| \`bootstrap/\` | Argo CD, the External Secrets Operator, Argo CD's repository credentials, the bootstrap Application | aws, helm, kubernetes |

Why two: the helm and kubernetes providers need the cluster's endpoint and
CA certificate when they are configured. Configured from the outputs of the
module that creates the cluster, they are unknown on the first plan and break
on any change that replaces the cluster. \`bootstrap\` reads the existing
cluster by name through data sources (\`data "aws_eks_cluster"\`), so it
plans only against a cluster that exists.

Needs Terraform 1.9 or newer, the AWS CLI v2 (the providers run
\`aws eks get-token\`), \`ssh-keygen\` and the GitHub CLI \`gh\`. Your choices
are in each folder's \`terraform.tfvars\`. The state is local to each folder
and holds no credentials; for shared use, add an S3 backend to both before
the first apply.

## 1. Infrastructure

\`\`\`sh
${infra} init
${infra} apply
\`\`\`

## 2. ${CREDENTIALS_README_SECTION} (required)

The repository is private, and Argo CD reads it with a read-only
deploy key that you put in AWS Secrets Manager yourself, so the key never
passes through \`terraform.tfvars\` or Terraform state. Until the secret
exists, the bootstrap plan stops with "Argo CD has no credentials".

\`\`\`sh
ssh-keygen -t ed25519 -N '' -C argocd-${name} -f deploy-key
gh repo deploy-key add deploy-key.pub --repo ${shellWord(
    ghRepository(request.repoUrl, request.name),
  )} --title argocd
aws secretsmanager create-secret --region ${region} --name ${secret} --secret-string file://deploy-key
rm deploy-key deploy-key.pub
\`\`\`

\`gh repo deploy-key add\` makes a read-only key unless told otherwise. The
secret string is the private key text. Only the External Secrets Operator's
role (from \`infra\`) may read it, and it copies it into Argo CD's
repository Secret.

## 3. Bootstrap

${endpointText(request)}

\`\`\`sh
aws eks update-kubeconfig --region ${region} --name ${name}
${bootstrap} init
${bootstrap} apply
\`\`\`

Argo CD then syncs \`${GITOPS_PATHS.applications}\` at the branch this
repository was generated for.

## Node AMI updates, one zone at a time

The Kafka node groups pin their AMI release
(\`use_latest_ami_release_version = false\`): \`kafka_node_ami_release_version\`
null means the release current when a group was created, kept since.
Terraform updates \`for_each\` node groups in parallel, so after setting
\`kafka_node_ami_release_version\` in \`infra/terraform.tfvars\`, apply one
zone's groups at a time:

\`\`\`sh
${infra} apply -target='module.eks.module.eks_managed_node_group["controller-1"]' -target='module.eks.module.eks_managed_node_group["broker-1"]'
kubectl -n ${KAFKA_NAMESPACE} wait kafka/${name} --for=condition=Ready --timeout=30m
\`\`\`

Before the next zone (\`-2\`, then \`-3\`), wait until the Kafka is Ready and
no partition is under-replicated
(\`kafka_server_replicamanager_underreplicatedpartitions\` is 0 on every
broker). Run no untargeted apply until every zone is done (it would roll
the remaining zones at once); then a plain \`${infra} apply\` changes
nothing.

## Scaling brokers: nodes first

Each zone has its own broker node group of ceil(capacity / zones) nodes,
where the capacity is \`brokers.nodeCapacity\` of \`kafka-on-eks.yaml\`
(\`broker_node_capacity\` in \`infra/terraform.tfvars\`). The node group
module ignores \`desired_size\` after creation, so the groups' \`min_size\`
follows the capacity: raising it and applying grows the groups. Adding brokers
takes two changes: the first raises the capacity (apply it here), and the
second, once the nodes are Ready, raises the pool's \`replicas\` in Git.

## Encryption

${kmsText(request)}

## Destroy

1. Decide about the data. The Kafka, its node pools, its namespace, the
   Strimzi CRDs and the StorageClasses carry the Argo CD sync option
   \`Delete=false\`: deleting Argo CD's Applications leaves them, and the
   data, in place. To delete the Kafka, do it explicitly and wait:

   \`\`\`sh
   kubectl -n ${KAFKA_NAMESPACE} delete kafka/${name} --wait
   \`\`\`

2. Remove Argo CD and the External Secrets Operator:

   \`\`\`sh
   ${bootstrap} destroy
   \`\`\`

3. Remove the cluster and the VPC:

   \`\`\`sh
   ${infra} destroy
   \`\`\`

4. The StorageClasses' \`Retain\` policy keeps the EBS volumes after the
   cluster is gone. Find them by their \`kafka-on-eks/cluster\` tag and
   delete them once the data is no longer needed:

   \`\`\`sh
   aws ec2 describe-volumes --region ${region} --filters Name=tag:kafka-on-eks/cluster,Values=${name}
   \`\`\`

   Delete the secret \`${secret}\` and the repository's deploy key too.
`;
}

export const GITIGNORE = `.terraform/
*.tfstate
*.tfstate.*
*.tfplan
crash.log
deploy-key
deploy-key.pub
`;
