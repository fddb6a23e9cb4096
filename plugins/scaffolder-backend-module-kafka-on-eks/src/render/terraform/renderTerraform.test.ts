import {
  readReference,
  terraformModuleVariables,
  TERRAFORM_MODULE_VERSIONS,
} from '@internal/reference-data';
import { KAFKA_POOL_NODE_LABEL, KAFKA_TAINT } from '../naming';
import { renderTerraform } from './index';
import { STAGES } from './model';
import { MODULES } from './pins';
import { RAW_MANIFESTS_CHART } from './rawManifests';
import {
  callArgument,
  parseHcl,
  renderParsed,
  TERRAFORM_REQUESTS,
  type Json,
} from './__testUtils__/terraform';

const EKS_VARIABLES = 'terraform/eks-v21.19.0/variables.tf';
const META_ARGUMENTS = new Set([
  'source',
  'version',
  'providers',
  'depends_on',
  'count',
  'for_each',
]);

/** The attribute names of the object type of one `variable` of the EKS module (first level). */
async function eksObjectTypeKeys(variable: string): Promise<Set<string>> {
  const parsed = await parseHcl('variables.tf', readReference(EKS_VARIABLES));
  const type: string = parsed.variable[variable][0].type;
  return new Set([...type.matchAll(/^ {4}([a-z_0-9]+)\s*=/gm)].map(m => m[1]));
}

const arguments_ = (block: Json) =>
  Object.keys(block).filter(key => !META_ARGUMENTS.has(key));

describe.each(TERRAFORM_REQUESTS)('renderTerraform, %s', (_, request) => {
  it('writes two root modules under terraform/, and every HCL file parses', async () => {
    const files = renderTerraform(request());
    expect(files.every(f => f.path.startsWith('terraform/'))).toBe(true);
    expect(new Set(files.map(f => f.path)).size).toBe(files.length);
    const hcl = files.filter(f => /\.(tf|tfvars)$/.test(f.path));
    expect(hcl.map(f => f.path).sort()).toEqual(
      [
        ...[
          'versions.tf',
          'providers.tf',
          'locals.tf',
          'vpc.tf',
          'eks.tf',
          'iam.tf',
          'variables.tf',
          'outputs.tf',
          'terraform.tfvars',
        ].map(name => `${STAGES.infra}/${name}`),
        ...[
          'versions.tf',
          'providers.tf',
          'locals.tf',
          'credentials.tf',
          'argocd.tf',
          'variables.tf',
          'outputs.tf',
          'terraform.tfvars',
        ].map(name => `${STAGES.bootstrap}/${name}`),
      ].sort(),
    );
    for (const file of hcl) {
      await expect(parseHcl(file.path, file.content)).resolves.toBeInstanceOf(
        Object,
      );
    }
    // The local chart sits where the bootstrap stage's release points.
    expect(files.map(f => f.path)).toContain(
      `${STAGES.bootstrap}/${RAW_MANIFESTS_CHART}/Chart.yaml`,
    );
    expect(files.map(f => f.path)).toEqual(
      expect.arrayContaining(['terraform/README.md', 'terraform/.gitignore']),
    );
  });

  it('is pure: the same request renders the same files', () => {
    expect(renderTerraform(request())).toEqual(renderTerraform(request()));
  });

  it('calls the EKS and VPC modules (infra only) at their exact versions with their own input names only', async () => {
    const parsed = await renderParsed(request());
    expect(parsed.bootstrap.modules()).toEqual({});
    const eks = parsed.infra.module('eks');
    const vpc = parsed.infra.module('vpc');
    expect([eks.source, eks.version]).toEqual([
      MODULES.eks.source,
      TERRAFORM_MODULE_VERSIONS.eks,
    ]);
    expect([vpc.source, vpc.version]).toEqual([
      MODULES.vpc.source,
      TERRAFORM_MODULE_VERSIONS.vpc,
    ]);

    const eksInputs = await terraformModuleVariables('eks');
    const vpcInputs = await terraformModuleVariables('vpc');
    expect(arguments_(eks).filter(name => !eksInputs.has(name))).toEqual([]);
    expect(arguments_(vpc).filter(name => !vpcInputs.has(name))).toEqual([]);
    for (const renamed of [
      'cluster_name',
      'cluster_version',
      'cluster_addons',
      'cluster_endpoint_public_access',
    ]) {
      expect(eks).not.toHaveProperty([renamed]);
    }
    expect(eks).toMatchObject({
      name: '${var.name}',
      kubernetes_version: '${var.kubernetes_version}',
      vpc_id: '${module.vpc.vpc_id}',
      subnet_ids: '${module.vpc.private_subnets}',
      enable_cluster_creator_admin_permissions: true,
      authentication_mode: 'API',
    });
  });

  it('gives node groups, add-ons and security group rules only keys the v21 module and node group submodule know', async () => {
    const eks = (await renderParsed(request())).infra.module('eks');
    const submodule = await terraformModuleVariables('eks-managed-node-group');
    const nodeGroupType = await eksObjectTypeKeys('eks_managed_node_groups');
    const addonType = await eksObjectTypeKeys('addons');
    const ruleType = await eksObjectTypeKeys('security_group_additional_rules');
    expect(nodeGroupType.has('block_device_mappings')).toBe(true);
    expect(addonType.has('pod_identity_association')).toBe(true);

    for (const group of Object.values<Json>(eks.eks_managed_node_groups)) {
      for (const key of Object.keys(group)) {
        expect([key, submodule.has(key), nodeGroupType.has(key)]).toEqual([
          key,
          true,
          true,
        ]);
      }
    }
    for (const addon of Object.values<Json>(eks.addons)) {
      for (const key of Object.keys(addon))
        expect([key, addonType.has(key)]).toEqual([key, true]);
    }
    for (const rule of Object.values<Json>(
      eks.security_group_additional_rules,
    )) {
      for (const key of Object.keys(rule))
        expect([key, ruleType.has(key)]).toEqual([key, true]);
    }
  });

  it('never mentions aws-auth or the v20 input names', () => {
    for (const file of renderTerraform(request())) {
      expect(file.content).not.toMatch(
        /aws[-_]auth|cluster_version|cluster_addons/,
      );
    }
  });

  it('installs the add-ons, the EBS CSI driver with an EKS Pod Identity role', async () => {
    const { infra } = await renderParsed(request());
    const { addons } = infra.module('eks');
    expect(Object.keys(addons).sort()).toEqual([
      'aws-ebs-csi-driver',
      'coredns',
      'eks-pod-identity-agent',
      'kube-proxy',
      'vpc-cni',
    ]);
    expect(addons['vpc-cni'].before_compute).toBe(true);
    expect(addons['eks-pod-identity-agent'].before_compute).toBe(true);
    expect(addons['aws-ebs-csi-driver'].pod_identity_association).toEqual([
      {
        role_arn: '${aws_iam_role.ebs_csi.arn}',
        service_account: 'ebs-csi-controller-sa',
      },
    ]);
    const trust = infra.data('aws_iam_policy_document', 'pod_identity_trust');
    expect(trust.statement).toEqual([
      {
        effect: 'Allow',
        actions: ['sts:AssumeRole', 'sts:TagSession'],
        principals: [
          { type: 'Service', identifiers: ['pods.eks.amazonaws.com'] },
        ],
      },
    ]);
    expect(infra.resource('aws_iam_role', 'ebs_csi').assume_role_policy).toBe(
      '${data.aws_iam_policy_document.pod_identity_trust.json}',
    );
    expect(infra.resource('aws_iam_role_policy_attachment', 'ebs_csi')).toEqual(
      {
        role: '${aws_iam_role.ebs_csi.name}',
        policy_arn:
          'arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy',
      },
    );
  });

  it('labels and taints the Kafka node groups the way the KafkaNodePools select them', async () => {
    const { eks_managed_node_groups: groups } = (
      await renderParsed(request())
    ).infra.module('eks');
    const kafka = Object.entries<Json>(groups).filter(
      ([key]) => key !== 'system',
    );
    expect(kafka.length).toBe(2 * request().zones);
    for (const [key, group] of kafka) {
      const pool = key.replace(/-\d$/, '');
      expect(group.labels).toEqual({ [KAFKA_POOL_NODE_LABEL]: pool });
      expect(group.taints).toEqual({
        [KAFKA_TAINT.key]: {
          key: KAFKA_TAINT.key,
          value: KAFKA_TAINT.value,
          effect: 'NO_SCHEDULE',
        },
      });
      expect(group.subnet_ids).toHaveLength(1);
      expect(group.update_config).toEqual({ max_unavailable: 1 });
    }
    expect(groups.system).not.toHaveProperty('taints');
  });

  it('declares, types and describes every variable it uses, and tfvars sets only declared ones', async () => {
    const parsed = await renderParsed(request());
    for (const stage of [parsed.infra, parsed.bootstrap]) {
      const variables = stage.variables();
      for (const [name, variable] of Object.entries<Json>(variables)) {
        expect([
          name,
          typeof variable.type,
          typeof variable.description,
        ]).toEqual([name, 'string', 'string']);
        // Nothing secret is an input: credentials never pass through tfvars.
        expect(variable).not.toHaveProperty('sensitive');
      }
      const used = new Set(
        parsed.files
          .filter(
            f =>
              f.path.startsWith(STAGES[stage.stage]) && f.path.endsWith('.tf'),
          )
          .flatMap(f =>
            [...f.content.matchAll(/\bvar\.([a-z_0-9]+)/g)].map(m => m[1]),
          ),
      );
      expect([...used].filter(name => !variables[name])).toEqual([]);
      expect(Object.keys(variables).filter(name => !used.has(name))).toEqual(
        [],
      );
      expect(
        Object.keys(stage.tfvars).filter(name => !variables[name]),
      ).toEqual([]);
      const required = Object.keys(variables).filter(
        name => !('default' in variables[name]),
      );
      expect(required.filter(name => !(name in stage.tfvars))).toEqual([]);
      for (const gone of [
        'gitops_repo_token',
        'gitops_repo_username',
        'gitops_revision',
        'kafka_version',
        'broker_storage_class',
        'broker_volume_size_gi',
        'controller_volume_size_gi',
        'endpoint_public_access_cidrs',
      ])
        expect(variables).not.toHaveProperty([gone]);
    }
  });

  it('tags AWS resources with the name and owner', async () => {
    const { infra } = await renderParsed(request());
    expect(infra.locals().tags).toEqual({
      'kafka-on-eks/cluster': '${var.name}',
      'kafka-on-eks/owner': '${var.owner}',
    });
    expect(infra.module('eks').tags).toBe('${local.tags}');
    expect(infra.module('vpc').tags).toBe('${local.tags}');
    for (const name of ['ebs_csi', 'external_secrets'])
      expect(infra.resource('aws_iam_role', name).tags).toBe('${local.tags}');
    const addonConfig = await callArgument(
      infra.module('eks').addons['aws-ebs-csi-driver'].configuration_values,
      'jsonencode',
    );
    expect(addonConfig).toEqual({
      controller: { extraVolumeTags: '${local.tags}' },
    });
    expect(infra.tfvars).toMatchObject({
      name: request().name,
      owner: request().owner,
    });
  });

  it('keeps IAM role name prefixes within the 38-character limit', async () => {
    const { infra } = await renderParsed(request());
    expect(infra.locals().iam_name_prefix).toBe('${substr(var.name, 0, 29)}');
    for (const [, , role] of infra
      .all('resource')
      .filter(([type]) => type === 'aws_iam_role')) {
      const suffix = /^\$\{local\.iam_name_prefix\}(.*)$/.exec(
        role.name_prefix,
      )![1];
      expect(29 + suffix.length).toBeLessThanOrEqual(38);
    }
  });
});
