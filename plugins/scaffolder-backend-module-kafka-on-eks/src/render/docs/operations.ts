import {
  STRIMZI_VERSION,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  ARGOCD_NAMESPACE,
  GITOPS_PATHS,
  KAFKA_NAMESPACE,
  ghRepository,
  gitopsDeployKeySecretName,
} from '../naming';

function endpointStep(request: KafkaClusterRequest): string {
  if (request.apiAccessCidrs.length === 0) {
    return "   The EKS API endpoint is **private only** (`apiAccessCidrs` is empty), so run this stage from inside the VPC: an AWS CloudShell VPC environment in one of the cluster's private subnets, or an SSM session on an instance there, with Terraform and the AWS CLI v2.";
  }
  return `   The EKS API's public endpoint admits only ${request.apiAccessCidrs
    .map(c => `\`${c}\``)
    .join(
      ', ',
    )}: run this stage from one of those networks (or from inside the VPC, through the private endpoint).`;
}

/** The apply procedure, in the order that works on a new AWS account. */
export function applySection(request: KafkaClusterRequest): string {
  const secret = gitopsDeployKeySecretName(request.name);
  return [
    'Terraform runs in two stages: `terraform/infra` creates the VPC, EKS, node groups, add-ons and IAM with the AWS provider only; `terraform/bootstrap` reads the existing cluster through data sources and installs Argo CD and the External Secrets Operator. No Kubernetes provider is ever configured from the outputs of the module that creates the cluster, so replacing the cluster or rotating credentials cannot break a plan. Needs Terraform 1.9 or newer and the AWS CLI v2.',
    '',
    '1. **Infrastructure**:',
    '',
    '   ```sh',
    '   terraform -chdir=terraform/infra init',
    '   terraform -chdir=terraform/infra apply',
    '   ```',
    '',
    '2. **GitOps credentials (required).** The repository is private, and Argo CD reads it with a read-only deploy key kept in AWS Secrets Manager, so the key never passes through `terraform.tfvars` or Terraform state. Without it the bootstrap plan stops and says so:',
    '',
    '   ```sh',
    `   ssh-keygen -t ed25519 -N '' -C argocd-${request.name} -f deploy-key`,
    `   gh repo deploy-key add deploy-key.pub --repo ${ghRepository(
      request.repoUrl,
      request.name,
    )} --title argocd`,
    `   aws secretsmanager create-secret --region ${request.region} --name ${secret} --secret-string file://deploy-key`,
    '   rm deploy-key deploy-key.pub',
    '   ```',
    '',
    '3. **Bootstrap** Argo CD and the External Secrets Operator:',
    '',
    endpointStep(request),
    '',
    '   ```sh',
    `   aws eks update-kubeconfig --region ${request.region} --name ${request.name}`,
    '   terraform -chdir=terraform/bootstrap init',
    '   terraform -chdir=terraform/bootstrap apply',
    '   ```',
    '',
    `4. Argo CD syncs \`${GITOPS_PATHS.applications}\` at \`${request.gitopsRevision}\`, in waves: the Strimzi ${STRIMZI_VERSION} and Prometheus Operator CRDs; the Strimzi operator and cert-manager; then the Kafka app (its StorageClasses first, then the Kafka, node pools, topics and KafkaUsers in \`${GITOPS_PATHS.kafka}\`), kube-prometheus-stack and the Drain Cleaner; last, one app per client namespace with the client's credentials. What is merged to \`${request.gitopsRevision}\` is applied the same way.`,
    '',
    '5. **Verify.** The Kafka appears only once Argo CD has synced it, so wait for it to exist before waiting for it to be ready (`--for=create` needs kubectl 1.31 or newer):',
    '',
    '   ```sh',
    `   kubectl -n ${ARGOCD_NAMESPACE} get applications -l kafka-on-eks/kafka=${request.name}`,
    `   kubectl -n ${KAFKA_NAMESPACE} wait kafka/${request.name} --for=create --timeout=20m`,
    `   kubectl -n ${KAFKA_NAMESPACE} wait kafka/${request.name} --for=condition=Ready --timeout=20m`,
    `   kubectl -n ${KAFKA_NAMESPACE} get kafkanodepools,kafkatopics,kafkausers`,
    `   kubectl -n ${KAFKA_NAMESPACE} get pvc -l strimzi.io/cluster=${request.name}`,
    '   ```',
  ].join('\n');
}

/** What goes wrong on a first apply, what it looks like, and what to do. */
export function failureModesSection(request: KafkaClusterRequest): string {
  const secret = gitopsDeployKeySecretName(request.name);
  return [
    '| symptom | cause | what to do |',
    '| --- | --- | --- |',
    `| the bootstrap plan stops with "Argo CD has no credentials" | the deploy key secret \`${secret}\` does not exist | step 2 of "Apply it" |`,
    `| Applications show "authentication required" or "permission denied (publickey)" | the key in Secrets Manager is not this repository's deploy key, or the ExternalSecret has not synced | \`kubectl -n ${ARGOCD_NAMESPACE} get externalsecret\`; re-create the key pair and the deploy key |`,
    '| `terraform -chdir=terraform/bootstrap plan` times out reaching the cluster | the API endpoint is private and you are outside the VPC, or your address is not in `apiAccessCidrs` | run it from inside the VPC (step 3) |',
    '| Kafka pods stay Pending with "didn\'t match pod topology spread constraints" | a zone has no free Kafka node: node groups are per zone and sized ceil(replicas / zones) | raise the node group first (see Day 2: brokers), never the replicas alone |',
    `| KafkaTopic shows "TopicAuthorizationException" in an application | its client has no ACL for that topic or group | add it to the client in \`kafka-on-eks.yaml\` and re-render |`,
    `| an application's \`<client>-kafka\` Secret is missing | the client's ExternalSecret cannot read from \`${KAFKA_NAMESPACE}\` yet (the KafkaUser is not Ready) | \`kubectl -n <namespace> get externalsecret\`, then \`kubectl -n ${KAFKA_NAMESPACE} get kafkauser\` |`,
    '| a node drain hangs | the Drain Cleaner moves Kafka pods one at a time, respecting the PodDisruptionBudget, and waits for in-sync replicas | wait; never force-delete Kafka pods |',
  ].join('\n');
}

/** The destroy procedure: data is protected by design, so its deletion is explicit. */
export function destroySection(request: KafkaClusterRequest): string {
  return [
    'The Kafka namespace, the Kafka, its node pools, the Strimzi CRDs and the storage classes carry the Argo CD sync option `Prune=false,Delete=false`: a bad commit or a deleted Application leaves them (and the data) in place. Deleting the cluster is therefore a decision you make explicitly:',
    '',
    '1. Decide about the data. To delete it, delete the Kafka yourself and wait for its pods to go:',
    '',
    '   ```sh',
    `   kubectl -n ${KAFKA_NAMESPACE} delete kafka/${request.name} --wait`,
    '   ```',
    '',
    '2. Remove Argo CD and the External Secrets Operator, then the infrastructure:',
    '',
    '   ```sh',
    '   terraform -chdir=terraform/bootstrap destroy',
    '   terraform -chdir=terraform/infra destroy',
    '   ```',
    '',
    `3. Broker and controller volumes are retained (\`reclaimPolicy: Retain\`, \`deleteClaim: false\`) and keep costing money: find them by their \`kafka-on-eks/cluster=${
      request.name
    }\` tag and delete them once the data is no longer needed. Delete the Secrets Manager secret \`${gitopsDeployKeySecretName(
      request.name,
    )}\` and the repository's deploy key too.`,
  ].join('\n');
}
