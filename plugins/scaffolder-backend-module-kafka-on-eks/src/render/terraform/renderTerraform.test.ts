import {
  readReference,
  terraformModuleVariables,
  TERRAFORM_MODULE_VERSIONS,
} from '@internal/reference-data';
import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { largeRequest, requestWith } from '../__fixtures__/requests';
import {
  ARGOCD_NAMESPACE,
  GITOPS_PATHS,
  KAFKA_POOL_NODE_LABEL,
  KAFKA_TAINT,
  STORAGE_CLASS_NAMES,
} from '../naming';
import { renderTerraform } from './index';
import { CHARTS, MODULES, PROVIDERS } from './pins';
import {
  callArgument,
  parseHcl,
  renderParsed,
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

const REQUESTS: Array<[string, () => KafkaClusterRequest]> = [
  ['the default request', () => requestWith()],
  ['largeRequest()', largeRequest],
  [
    'gp3 with provisioned performance',
    () =>
      requestWith({ zones: 2, brokers: { iops: 6000, throughputMiBps: 500 } }),
  ],
];

/** The attribute names of the object type of one `variable` of the EKS module (first level). */
async function eksObjectTypeKeys(variable: string): Promise<Set<string>> {
  const parsed = await parseHcl('variables.tf', readReference(EKS_VARIABLES));
  const type: string = parsed.variable[variable][0].type;
  return new Set([...type.matchAll(/^ {4}([a-z_0-9]+)\s*=/gm)].map(m => m[1]));
}

const arguments_ = (block: Json) =>
  Object.keys(block).filter(key => !META_ARGUMENTS.has(key));

describe.each(REQUESTS)('renderTerraform, %s', (_, request) => {
  it('writes only under terraform/, and every HCL file parses', async () => {
    const files = renderTerraform(request());
    expect(files.every(f => f.path.startsWith('terraform/'))).toBe(true);
    expect(new Set(files.map(f => f.path)).size).toBe(files.length);
    const hcl = files.filter(f => /\.(tf|tfvars)$/.test(f.path));
    expect(hcl.map(f => f.path)).toEqual(
      expect.arrayContaining([
        'terraform/versions.tf',
        'terraform/providers.tf',
        'terraform/vpc.tf',
        'terraform/eks.tf',
        'terraform/storage.tf',
        'terraform/argocd.tf',
        'terraform/variables.tf',
        'terraform/outputs.tf',
        'terraform/terraform.tfvars',
      ]),
    );
    for (const file of hcl) {
      await expect(parseHcl(file.path, file.content)).resolves.toBeInstanceOf(
        Object,
      );
    }
  });

  it('is pure: the same request renders the same files', () => {
    expect(renderTerraform(request())).toEqual(renderTerraform(request()));
  });

  it('calls the EKS and VPC modules at their exact versions with their own input names only', async () => {
    const parsed = await renderParsed(request());
    const eks = parsed.module('eks');
    const vpc = parsed.module('vpc');
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
    ]) {
      expect(eks).not.toHaveProperty([renamed]);
    }
    expect(eks).toMatchObject({
      name: '${var.name}',
      kubernetes_version: '${var.kubernetes_version}',
      vpc_id: '${module.vpc.vpc_id}',
      subnet_ids: '${module.vpc.private_subnets}',
      endpoint_public_access: true,
      enable_cluster_creator_admin_permissions: true,
      authentication_mode: 'API',
    });
  });

  it('gives node groups and add-ons only keys the v21 module and node group submodule know', async () => {
    const eks = (await renderParsed(request())).module('eks');
    const submodule = await terraformModuleVariables('eks-managed-node-group');
    const nodeGroupType = await eksObjectTypeKeys('eks_managed_node_groups');
    const addonType = await eksObjectTypeKeys('addons');
    expect(nodeGroupType.has('instance_types')).toBe(true);
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
  });

  it('never mentions aws-auth or the v20 input names', () => {
    for (const file of renderTerraform(request())) {
      expect(file.content).not.toMatch(
        /aws[-_]auth|cluster_version|cluster_addons/,
      );
      // Only the module's output (and our output of the same name) is called cluster_name.
      const uses = file.content.match(/.{0,20}cluster_name.{0,2}/g) ?? [];
      for (const use of uses)
        expect(use).toMatch(/module\.eks\.cluster_name|output "cluster_name"/);
    }
  });

  it('pins Terraform, the providers, and the Helm charts', async () => {
    const parsed = await renderParsed(request());
    const terraform = parsed.tf['versions.tf'].terraform[0];
    expect(terraform.required_version).toBe('>= 1.5.7, < 2.0.0');
    const providers = terraform.required_providers[0];
    expect(Object.keys(providers).sort()).toEqual([
      'aws',
      'helm',
      'kubernetes',
    ]);
    for (const [name, pin] of Object.entries(PROVIDERS)) {
      expect(providers[name]).toEqual(pin);
      // Bounded above: a new major version never arrives unreviewed.
      expect(pin.version).toMatch(/^>= \d+\.\d+\.\d+, < \d+\.0\.0$/);
    }
    expect(providers.aws.version).toMatch(/^>= 6\.28\./); // both modules need aws >= 6.28

    const argocd = parsed.resource('helm_release', 'argocd');
    const bootstrap = parsed.resource('helm_release', 'argocd_bootstrap');
    expect(argocd).toMatchObject({
      repository: CHARTS.argoRepository,
      chart: 'argo-cd',
      version: CHARTS.argoCd.version,
      namespace: ARGOCD_NAMESPACE,
      create_namespace: true,
    });
    expect(bootstrap).toMatchObject({
      chart: 'argocd-apps',
      version: CHARTS.argoCdApps.version,
    });
    for (const release of [argocd, bootstrap])
      expect(release.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('authenticates helm (3.x attribute syntax) and kubernetes to the new cluster with aws eks get-token', async () => {
    const providers = (await renderParsed(request())).tf['providers.tf']
      .provider;
    expect(providers.aws[0].region).toBe('${var.region}');
    const exec = {
      api_version: 'client.authentication.k8s.io/v1beta1',
      command: 'aws',
      args: [
        'eks',
        'get-token',
        '--cluster-name',
        '${module.eks.cluster_name}',
        '--region',
        '${var.region}',
      ],
    };
    const connection = {
      host: '${module.eks.cluster_endpoint}',
      cluster_ca_certificate:
        '${base64decode(module.eks.cluster_certificate_authority_data)}',
    };
    // helm 3.x: `kubernetes` and `exec` are attributes (objects), not blocks (lists).
    expect(providers.helm[0].kubernetes).toEqual({ ...connection, exec });
    expect(providers.kubernetes[0]).toEqual({ ...connection, exec: [exec] });
  });

  it('installs the add-ons, the EBS CSI driver with an EKS Pod Identity role', async () => {
    const parsed = await renderParsed(request());
    const { addons } = parsed.module('eks');
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

    const trust =
      parsed.tf['ebs-csi.tf'].data.aws_iam_policy_document
        .ebs_csi_assume_role[0];
    expect(trust.statement).toEqual([
      {
        effect: 'Allow',
        actions: ['sts:AssumeRole', 'sts:TagSession'],
        principals: [
          { type: 'Service', identifiers: ['pods.eks.amazonaws.com'] },
        ],
      },
    ]);
    expect(parsed.resource('aws_iam_role', 'ebs_csi').assume_role_policy).toBe(
      '${data.aws_iam_policy_document.ebs_csi_assume_role.json}',
    );
    expect(
      parsed.resource('aws_iam_role_policy_attachment', 'ebs_csi'),
    ).toEqual({
      role: '${aws_iam_role.ebs_csi.name}',
      policy_arn:
        'arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy',
    });
  });

  it('labels and taints the Kafka node groups the way the KafkaNodePools select them', async () => {
    const { eks_managed_node_groups: groups } = (
      await renderParsed(request())
    ).module('eks');
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
    }
    expect(groups.system).not.toHaveProperty('taints');
  });

  it('makes gp3 the default StorageClass and keeps st1, both encrypted xfs, retained, zone-aware', async () => {
    const parsed = await renderParsed(request());
    for (const type of ['gp3', 'st1'] as const) {
      const sc = parsed.resource('kubernetes_storage_class_v1', type);
      expect(sc).toMatchObject({
        storage_provisioner: 'ebs.csi.aws.com',
        reclaim_policy: 'Retain',
        volume_binding_mode: 'WaitForFirstConsumer',
        allow_volume_expansion: true,
        parameters: {
          type,
          encrypted: 'true',
          'csi.storage.k8s.io/fstype': 'xfs',
        },
      });
      expect(sc.metadata[0].name).toBe(STORAGE_CLASS_NAMES[type]);
    }
    expect(
      parsed.resource('kubernetes_storage_class_v1', 'gp3').metadata[0]
        .annotations,
    ).toEqual({
      'storageclass.kubernetes.io/is-default-class': 'true',
    });
    expect(
      parsed.resource('kubernetes_storage_class_v1', 'st1').metadata[0],
    ).not.toHaveProperty('annotations');
    // kubernetes_manifest needs the API server at plan time, before the cluster exists.
    expect(
      Object.values(parsed.tf).some(tf => tf.resource?.kubernetes_manifest),
    ).toBe(false);
  });

  it('bootstraps Argo CD to sync kubernetes/argocd from the repository', async () => {
    const parsed = await renderParsed(request());
    const [values] = parsed.resource('helm_release', 'argocd_bootstrap').values;
    const { applications } = await callArgument(values, 'yamlencode');
    expect(Object.keys(applications)).toEqual(['bootstrap']);
    expect(applications.bootstrap).toMatchObject({
      namespace: ARGOCD_NAMESPACE,
      project: 'default',
      source: {
        repoURL: '${var.gitops_repo_url}',
        targetRevision: '${var.gitops_revision}',
        path: GITOPS_PATHS.applications,
      },
      destination: {
        server: 'https://kubernetes.default.svc',
        namespace: ARGOCD_NAMESPACE,
      },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    });
    expect(
      parsed.resource('helm_release', 'argocd_bootstrap').depends_on,
    ).toContain('${helm_release.argocd}');
  });

  it('declares, types and describes every variable it uses, and tfvars sets only declared ones', async () => {
    const parsed = await renderParsed(request());
    const variables = parsed.variables();
    for (const [name, variable] of Object.entries<Json>(variables)) {
      expect([name, typeof variable.type, typeof variable.description]).toEqual(
        [name, 'string', 'string'],
      );
    }
    const used = new Set(
      parsed.files
        .filter(f => f.path.endsWith('.tf'))
        .flatMap(f =>
          [...f.content.matchAll(/\bvar\.([a-z_0-9]+)/g)].map(m => m[1]),
        ),
    );
    expect([...used].filter(name => !variables[name])).toEqual([]);
    expect(Object.keys(parsed.tfvars).filter(name => !variables[name])).toEqual(
      [],
    );
    // Without a default, tfvars must set it.
    const required = Object.keys(variables).filter(
      name => !('default' in variables[name]),
    );
    expect(required.filter(name => !(name in parsed.tfvars))).toEqual([]);
    expect(variables.gitops_repo_token.sensitive).toBe(true);
  });

  it('tags AWS resources with the name and owner', async () => {
    const parsed = await renderParsed(request());
    expect(parsed.locals().tags).toEqual({
      'kafka-on-eks/cluster': '${var.name}',
      'kafka-on-eks/owner': '${var.owner}',
    });
    expect(parsed.module('eks').tags).toBe('${local.tags}');
    expect(parsed.module('vpc').tags).toBe('${local.tags}');
    expect(parsed.resource('aws_iam_role', 'ebs_csi').tags).toBe(
      '${local.tags}',
    );
    const addonConfig = await callArgument(
      parsed.module('eks').addons['aws-ebs-csi-driver'].configuration_values,
      'jsonencode',
    );
    expect(addonConfig).toEqual({
      controller: { extraVolumeTags: '${local.tags}' },
    });
    expect(parsed.tfvars).toMatchObject({
      name: request().name,
      owner: request().owner,
    });
  });
});
