import { attributes, blank, block, comment, renderFile } from './body';
import { call, hcl, type HclValue } from './hcl';

/** The EBS CSI controller's service account (the add-on installs it in kube-system). */
export const EBS_CSI_SERVICE_ACCOUNT = 'ebs-csi-controller-sa';

/**
 * The `aws-ebs-csi-driver` entry of the module's `addons`. The association
 * has no namespace field: EKS binds it in the add-on's own namespace,
 * kube-system.
 */
export function ebsCsiAddon(): HclValue {
  return {
    pod_identity_association: [
      {
        role_arn: hcl`aws_iam_role.ebs_csi.arn`,
        service_account: EBS_CSI_SERVICE_ACCOUNT,
      },
    ],
    // Volumes the driver creates are not Terraform's: tag them for cost and cleanup.
    configuration_values: call('jsonencode', {
      controller: { extraVolumeTags: hcl`local.tags` },
    }),
  };
}

/** `ebs-csi.tf`: the driver's IAM role, assumed through EKS Pod Identity. */
export function renderEbsCsi(): string {
  return renderFile(
    [
      ...comment(
        'EKS Pod Identity: the agent assumes the role for the pod and tags the session.',
      ),
      block(
        'data',
        ['aws_iam_policy_document', 'ebs_csi_assume_role'],
        [
          block(
            'statement',
            [],
            attributes({
              effect: 'Allow',
              actions: ['sts:AssumeRole', 'sts:TagSession'],
            }),
            [blank],
            [
              block(
                'principals',
                [],
                attributes({
                  type: 'Service',
                  identifiers: ['pods.eks.amazonaws.com'],
                }),
              ),
            ],
          ),
        ],
      ),
    ],
    [
      block(
        'resource',
        ['aws_iam_role', 'ebs_csi'],
        attributes({
          name_prefix: hcl`"\${local.iam_name_prefix}-ebs-csi-"`,
          description: hcl`"EBS CSI driver of EKS cluster \${var.name}"`,
          assume_role_policy: hcl`data.aws_iam_policy_document.ebs_csi_assume_role.json`,
          tags: hcl`local.tags`,
        }),
      ),
    ],
    [
      ...comment('The AWS managed policy lives under the service-role/ path.'),
      block(
        'resource',
        ['aws_iam_role_policy_attachment', 'ebs_csi'],
        attributes({
          role: hcl`aws_iam_role.ebs_csi.name`,
          policy_arn: hcl`"arn:\${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"`,
        }),
      ),
    ],
  );
}
