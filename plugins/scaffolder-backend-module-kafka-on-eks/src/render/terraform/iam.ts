import {
  EXTERNAL_SECRETS_NAMESPACE,
  EXTERNAL_SECRETS_SERVICE_ACCOUNT,
} from '../naming';
import { attributes, blank, block, comment, renderFile } from './body';
import { call, hcl, type HclExpression, type HclValue } from './hcl';

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

const statement = (
  values: { [name: string]: HclValue },
  ...nested: ReturnType<typeof block>[]
) =>
  block(
    'statement',
    [],
    attributes(values),
    ...(nested.length ? [[blank], nested] : []),
  );

function role(
  name: string,
  namePrefix: HclExpression,
  description: HclExpression,
) {
  return block(
    'resource',
    ['aws_iam_role', name],
    attributes({
      name_prefix: namePrefix,
      description,
      assume_role_policy: hcl`data.aws_iam_policy_document.pod_identity_trust.json`,
      tags: hcl`local.tags`,
    }),
  );
}

const KMS_KEY = hcl`var.ebs_kms_key_arn`;
const ONLY_WITH_KEY = hcl`var.ebs_kms_key_arn == null ? 0 : 1`;

/**
 * `infra/iam.tf`: the roles pods assume through EKS Pod Identity: the EBS
 * CSI driver's (plus the customer-managed key, when there is one) and the
 * External Secrets Operator's, which reads the deploy key secret only.
 */
export function renderIam(): string {
  return renderFile(
    [
      ...comment(
        'EKS Pod Identity: the agent assumes the role for the pod and tags the session.',
      ),
      block(
        'data',
        ['aws_iam_policy_document', 'pod_identity_trust'],
        [
          statement(
            { effect: 'Allow', actions: ['sts:AssumeRole', 'sts:TagSession'] },
            block(
              'principals',
              [],
              attributes({
                type: 'Service',
                identifiers: ['pods.eks.amazonaws.com'],
              }),
            ),
          ),
        ],
      ),
    ],
    [
      role(
        'ebs_csi',
        hcl`"\${local.iam_name_prefix}-ebs-csi-"`,
        hcl`"EBS CSI driver of EKS cluster \${var.name}"`,
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
    [
      ...comment(
        'A customer-managed key: the driver creates and attaches volumes encrypted',
        'with it through grants to EC2, on this key only.',
      ),
      block(
        'data',
        ['aws_iam_policy_document', 'ebs_csi_kms'],
        attributes({ count: ONLY_WITH_KEY }),
        [blank],
        [
          statement(
            {
              effect: 'Allow',
              actions: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
              resources: [KMS_KEY],
            },
            block(
              'condition',
              [],
              attributes({
                test: 'Bool',
                variable: 'kms:GrantIsForAWSResource',
                values: ['true'],
              }),
            ),
          ),
        ],
        [blank],
        [
          statement({
            effect: 'Allow',
            actions: [
              'kms:Encrypt',
              'kms:Decrypt',
              'kms:ReEncrypt*',
              'kms:GenerateDataKey*',
              'kms:DescribeKey',
            ],
            resources: [KMS_KEY],
          }),
        ],
      ),
    ],
    [
      block(
        'resource',
        ['aws_iam_role_policy', 'ebs_csi_kms'],
        attributes({ count: ONLY_WITH_KEY }),
        [blank],
        attributes({
          name: 'ebs-kms-key',
          role: hcl`aws_iam_role.ebs_csi.id`,
          policy: hcl`data.aws_iam_policy_document.ebs_csi_kms[0].json`,
        }),
      ),
    ],
    [
      role(
        'external_secrets',
        hcl`"\${local.iam_name_prefix}-eso-"`,
        hcl`"External Secrets Operator of EKS cluster \${var.name}"`,
      ),
    ],
    [
      ...comment(
        'The deploy key secret only; Secrets Manager appends 6 random characters to its ARN.',
      ),
      block(
        'data',
        ['aws_iam_policy_document', 'external_secrets'],
        [
          statement({
            effect: 'Allow',
            actions: [
              'secretsmanager:GetSecretValue',
              'secretsmanager:DescribeSecret',
            ],
            resources: [
              hcl`"arn:\${data.aws_partition.current.partition}:secretsmanager:\${var.region}:\${data.aws_caller_identity.current.account_id}:secret:\${local.gitops_deploy_key_secret_name}-??????"`,
            ],
          }),
        ],
      ),
    ],
    [
      block(
        'resource',
        ['aws_iam_role_policy', 'external_secrets'],
        attributes({
          name: 'gitops-deploy-key',
          role: hcl`aws_iam_role.external_secrets.id`,
          policy: hcl`data.aws_iam_policy_document.external_secrets.json`,
        }),
      ),
    ],
    [
      ...comment(
        'May exist before the service account: the bootstrap stage installs the operator.',
      ),
      block(
        'resource',
        ['aws_eks_pod_identity_association', 'external_secrets'],
        attributes({
          cluster_name: hcl`module.eks.cluster_name`,
          namespace: EXTERNAL_SECRETS_NAMESPACE,
          service_account: EXTERNAL_SECRETS_SERVICE_ACCOUNT,
          role_arn: hcl`aws_iam_role.external_secrets.arn`,
          tags: hcl`local.tags`,
        }),
      ),
    ],
  );
}
