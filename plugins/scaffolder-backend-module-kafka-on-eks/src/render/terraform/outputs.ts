import { ARGOCD_NAMESPACE, KAFKA_NAMESPACE } from '../naming';
import { attributes, block, renderFile, type BodyItem } from './body';
import { hcl, type HclValue } from './hcl';

function output(
  name: string,
  description: string,
  value: HclValue,
): BodyItem[] {
  return [block('output', [name], attributes({ description, value }))];
}

/** `infra/outputs.tf`: how to reach the cluster, and what was built. */
export function renderInfraOutputs(): string {
  return renderFile(
    output(
      'cluster_name',
      'Name of the EKS cluster.',
      hcl`module.eks.cluster_name`,
    ),
    output(
      'cluster_endpoint',
      'Endpoint of the Kubernetes API server.',
      hcl`module.eks.cluster_endpoint`,
    ),
    output(
      'cluster_certificate_authority_data',
      'Base64 CA certificate of the Kubernetes API server.',
      hcl`module.eks.cluster_certificate_authority_data`,
    ),
    output('region', 'AWS region of the cluster.', hcl`var.region`),
    output(
      'configure_kubectl',
      'Adds the cluster to your kubeconfig: run $(terraform output -raw configure_kubectl).',
      hcl`"aws eks update-kubeconfig --region \${var.region} --name \${module.eks.cluster_name}"`,
    ),
    output('vpc_id', 'ID of the VPC.', hcl`module.vpc.vpc_id`),
    output(
      'private_subnet_ids',
      'Private subnets, one per zone, in zone order.',
      hcl`module.vpc.private_subnets`,
    ),
    output(
      'ebs_csi_driver_role_arn',
      'IAM role of the EBS CSI driver (EKS Pod Identity).',
      hcl`aws_iam_role.ebs_csi.arn`,
    ),
    output(
      'external_secrets_role_arn',
      'IAM role of the External Secrets Operator (EKS Pod Identity).',
      hcl`aws_iam_role.external_secrets.arn`,
    ),
    output(
      'gitops_deploy_key_secret_name',
      'Secrets Manager secret to create with the deploy key before the bootstrap stage.',
      hcl`local.gitops_deploy_key_secret_name`,
    ),
    output(
      'kafka',
      'The Kafka this cluster was generated for (its manifests are in kubernetes/kafka).',
      {
        name: hcl`var.name`,
        namespace: KAFKA_NAMESPACE,
        controllers: {
          replicas: hcl`var.controller_replicas`,
          instance_type: hcl`var.controller_instance_type`,
        },
        brokers: {
          node_capacity: hcl`var.broker_node_capacity`,
          instance_type: hcl`var.broker_instance_type`,
        },
      },
    ),
  );
}

/** `bootstrap/outputs.tf`: reaching Argo CD. */
export function renderBootstrapOutputs(): string {
  return renderFile(
    output('argocd_namespace', 'Namespace of Argo CD.', ARGOCD_NAMESPACE),
    output(
      'argocd_admin_password',
      'Prints the initial Argo CD admin password (then: kubectl -n argocd port-forward svc/argocd-server 8080:443).',
      `kubectl -n ${ARGOCD_NAMESPACE} get secret argocd-initial-admin-secret -o jsonpath='{.data.password}' | base64 -d`,
    ),
    output(
      'gitops_repo_url',
      'Repository Argo CD syncs.',
      hcl`local.gitops_repo_url`,
    ),
    output(
      'gitops_revision',
      'Branch or tag Argo CD syncs.',
      hcl`local.gitops_revision`,
    ),
  );
}
