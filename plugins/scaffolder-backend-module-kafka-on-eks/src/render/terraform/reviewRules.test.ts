import { gitopsDeployKeySecretName, PORTAL_KUBERNETES_GROUP } from '../naming';
import { STAGES } from './model';
import {
  allStrings,
  callArgument,
  renderParsed,
  resolveVariable,
  TERRAFORM_REQUESTS,
  type Json,
  type ParsedStage,
  type ParsedTerraform,
} from './__testUtils__/terraform';

/**
 * The rules a senior review of generated repositories checks, each a fact
 * of the parsed output, over requests that take every branch. The
 * bootstrap stage's are in bootstrapRules.test.ts.
 */
const stages = (p: ParsedTerraform): ParsedStage[] => [p.infra, p.bootstrap];

/** Roots of the references in a parsed value: `var`, `data`, `module`, `local`, resource types. */
function referenceRoots(value: Json): Set<string> {
  const roots = new Set<string>();
  for (const text of allStrings(value)) {
    for (const [, inner] of text.matchAll(/\$\{(.*?)\}/gs)) {
      for (const [, root] of inner.matchAll(
        /(?<![\w.\]"])([a-z_][a-z0-9_]*)\.[a-z_]/g,
      ))
        roots.add(root);
    }
  }
  return roots;
}

const kafkaGroups = (p: ParsedTerraform) =>
  Object.entries<Json>(p.infra.module('eks').eks_managed_node_groups).filter(
    ([key]) => /^(controller|broker)-\d$/.test(key),
  );

describe.each(TERRAFORM_REQUESTS)('review rules, %s', (_, request) => {
  let parsed: ParsedTerraform;
  beforeAll(async () => {
    parsed = await renderParsed(request());
  });

  it('no provider block in the root module that holds module eks reads its outputs', () => {
    // The stage that holds module "eks" configures aws, nothing else.
    const withEks = stages(parsed).filter(stage => 'eks' in stage.modules());
    expect(withEks.map(stage => Object.keys(stage.providers()))).toEqual([
      ['aws'],
    ]);
    for (const stage of stages(parsed)) {
      const providers = stage.providers();
      for (const list of Object.values(providers)) {
        // Only variables and data sources: never a module or resource of this state.
        expect(referenceRoots(list).size).toBeGreaterThan(0);
        for (const root of referenceRoots(list))
          expect(['data', 'var']).toContain(root);
      }
    }
    expect(Object.keys(parsed.bootstrap.providers()).sort()).toEqual([
      'aws',
      'helm',
      'kubernetes',
    ]);
  });

  it('the infra stage creates no Kubernetes objects; the bootstrap stage creates no AWS resources', () => {
    const types = (stage: ParsedStage) =>
      stage.all('resource').map(([type]) => type);
    expect(
      types(parsed.infra).filter(
        type => !type.startsWith('aws_') && type !== 'terraform_data',
      ),
    ).toEqual([]);
    expect(
      types(parsed.bootstrap).filter(type => type.startsWith('aws_')),
    ).toEqual([]);
    for (const stage of stages(parsed))
      expect(types(stage)).not.toContain('kubernetes_manifest');
  });

  it('0.0.0.0/0 appears nowhere', () => {
    for (const stage of stages(parsed)) {
      for (const content of [...Object.values(stage.tf), stage.tfvars])
        expect(
          allStrings(content).filter(s => s.includes('0.0.0.0/0')),
        ).toEqual([]);
    }
    expect(parsed.content('README.md')).not.toContain('0.0.0.0/0');
  });

  it('the EKS API is private, public only for the request CIDRs', () => {
    const eks = parsed.infra.module('eks');
    expect(eks).toMatchObject({
      endpoint_private_access: true,
      endpoint_public_access: '${length(var.api_access_cidrs) > 0}',
    });
    const cidrs = resolveVariable(
      eks.endpoint_public_access_cidrs,
      parsed.infra.tfvars,
    );
    expect(cidrs).toEqual(request().apiAccessCidrs);
    expect(parsed.infra.variables().api_access_cidrs.default).toBeUndefined();
  });

  it('upgrade policy STANDARD', () => {
    expect(parsed.infra.module('eks').upgrade_policy).toEqual({
      support_type: 'STANDARD',
    });
  });

  it('every Kafka node group pins its AMI release', () => {
    const groups = kafkaGroups(parsed);
    expect(groups).toHaveLength(2 * request().zones);
    for (const [, group] of groups) {
      expect(group.use_latest_ami_release_version).toBe(false);
      expect(group.ami_release_version).toBe(
        '${var.kafka_node_ami_release_version}',
      );
      expect(group.update_config).toEqual({ max_unavailable: 1 });
    }
    const variable = parsed.infra.variables().kafka_node_ami_release_version;
    expect(variable.default).toBeNull();
  });

  it('root volumes encrypted', () => {
    const groups = Object.values<Json>(
      parsed.infra.module('eks').eks_managed_node_groups,
    );
    for (const group of groups) {
      const mappings = Object.values<Json>(group.block_device_mappings);
      expect(mappings).toHaveLength(1);
      expect(mappings[0]).toEqual({
        device_name: '/dev/xvda',
        ebs: {
          volume_size: expect.any(Number),
          volume_type: 'gp3',
          encrypted: true,
          kms_key_id: '${var.ebs_kms_key_arn}',
          delete_on_termination: true,
        },
      });
    }
    expect(parsed.infra.tfvars.ebs_kms_key_arn).toBe(
      request().ebsKmsKeyArn ?? null,
    );
  });

  it('a customer-managed key gives the EBS CSI role the KMS permissions it needs, on that key only', () => {
    const { infra } = parsed;
    const onlyWithKey = '${var.ebs_kms_key_arn == null ? 0 : 1}';
    const policy = infra.resource('aws_iam_role_policy', 'ebs_csi_kms');
    expect(policy).toMatchObject({
      count: onlyWithKey,
      role: '${aws_iam_role.ebs_csi.id}',
      policy: '${data.aws_iam_policy_document.ebs_csi_kms[0].json}',
    });
    const document = infra.data('aws_iam_policy_document', 'ebs_csi_kms');
    expect(document.count).toBe(onlyWithKey);
    expect(document.statement).toEqual([
      {
        effect: 'Allow',
        actions: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
        resources: ['${var.ebs_kms_key_arn}'],
        condition: [
          {
            test: 'Bool',
            variable: 'kms:GrantIsForAWSResource',
            values: ['true'],
          },
        ],
      },
      {
        effect: 'Allow',
        actions: [
          'kms:Encrypt',
          'kms:Decrypt',
          'kms:ReEncrypt*',
          'kms:GenerateDataKey*',
          'kms:DescribeKey',
        ],
        resources: ['${var.ebs_kms_key_arn}'],
      },
    ]);
  });

  it('vpc-cni enforces network policy', async () => {
    const cni = parsed.infra.module('eks').addons['vpc-cni'];
    expect(await callArgument(cni.configuration_values, 'jsonencode')).toEqual({
      enableNetworkPolicy: 'true',
    });
  });

  it('the portal role gets an access entry to its Kubernetes group and no access policy', () => {
    const { infra } = parsed;
    expect(infra.resource('aws_eks_access_entry', 'portal')).toEqual({
      count: '${var.portal_role_arn == null ? 0 : 1}',
      cluster_name: '${module.eks.cluster_name}',
      principal_arn: '${var.portal_role_arn}',
      type: 'STANDARD',
      kubernetes_groups: [PORTAL_KUBERNETES_GROUP],
      tags: '${local.tags}',
    });
    expect(infra.tfvars.portal_role_arn).toBe(request().portalRoleArn ?? null);
    const types = infra.all('resource').map(([type]) => type);
    expect(types).not.toContain('aws_eks_access_policy_association');
    // The module's access entries are the admins' only.
    expect(infra.module('eks').access_entries).toMatch(
      /^\$\{\{ for i, arn in var\.cluster_admin_principal_arns :/,
    );
  });

  it('the External Secrets role reads the deploy key secret only, through EKS Pod Identity', () => {
    const { infra } = parsed;
    expect(
      infra.resource('aws_iam_role', 'external_secrets').assume_role_policy,
    ).toBe('${data.aws_iam_policy_document.pod_identity_trust.json}');
    const document = infra.data('aws_iam_policy_document', 'external_secrets');
    expect(document.statement).toEqual([
      {
        effect: 'Allow',
        actions: [
          'secretsmanager:GetSecretValue',
          'secretsmanager:DescribeSecret',
        ],
        resources: [
          'arn:${data.aws_partition.current.partition}:secretsmanager:${var.region}:${data.aws_caller_identity.current.account_id}:secret:${local.gitops_deploy_key_secret_name}-??????',
        ],
      },
    ]);
    expect(infra.locals().gitops_deploy_key_secret_name).toBe(
      gitopsDeployKeySecretName(request().name),
    );
    expect(infra.resource('aws_iam_role_policy', 'external_secrets')).toEqual({
      name: 'gitops-deploy-key',
      role: '${aws_iam_role.external_secrets.id}',
      policy: '${data.aws_iam_policy_document.external_secrets.json}',
    });
  });

  it('node counts agree with the request: ceil(replicas / zones) per zone, and tfvars hold its replicas', () => {
    const { infra } = parsed;
    const r = request();
    expect(infra.tfvars.controller_replicas).toBe(r.controllers.replicas);
    expect(infra.tfvars.broker_node_capacity).toBe(r.brokers.replicas);
    expect(infra.tfvars.zones).toBe(r.zones);
    const perZone = {
      controller: Math.ceil(r.controllers.replicas / r.zones),
      broker: Math.ceil(r.brokers.replicas / r.zones),
    };
    for (const [key, group] of kafkaGroups(parsed)) {
      const pool = key.split('-')[0] as keyof typeof perZone;
      const local = infra.locals()[`${pool}_nodes_per_zone`];
      const [, replicas, zones] =
        /^\$\{ceil\(var\.([a-z_]+) \/ var\.([a-z_]+)\)\}$/.exec(local)!;
      expect(Math.ceil(infra.tfvars[replicas] / infra.tfvars[zones])).toBe(
        perZone[pool],
      );
      expect(group.min_size).toBe(`\${local.${pool}_nodes_per_zone}`);
    }
  });

  it('no StorageClass or VolumeAttributesClass in Terraform (they come by GitOps)', () => {
    for (const stage of stages(parsed)) {
      const types = stage.all('resource').map(([type]) => type);
      expect(types.filter(t => /storage_class/.test(t))).toEqual([]);
      expect(
        allStrings(stage.tf).filter(s =>
          /VolumeAttributesClass|StorageClass/.test(s),
        ),
      ).toEqual([]);
    }
    expect(parsed.files.map(f => f.path)).not.toContain(
      `${STAGES.infra}/storage.tf`,
    );
  });
});
