import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { requestWith } from '../__fixtures__/requests';
import {
  callArgument,
  renderParsed,
  resolveLocal,
  resolveVariable,
  type Json,
  type ParsedTerraform,
} from './__testUtils__/terraform';

type Fact = (parsed: ParsedTerraform) => Json | Promise<Json>;

const vpcSubnets: Fact = p => ({
  private: p.infra.module('vpc').private_subnets,
  public: p.infra.module('vpc').public_subnets,
});

const nodeGroups = (p: ParsedTerraform) =>
  Object.entries<Json>(p.infra.module('eks').eks_managed_node_groups).filter(
    ([key]) => key !== 'system',
  );

/** Kafka node group key -> the one private subnet it is pinned to. */
const kafkaNodeGroupSubnets: Fact = p =>
  Object.fromEntries(nodeGroups(p).map(([key, g]) => [key, g.subnet_ids]));

/** Node group key -> its instance type, followed through terraform.tfvars. */
const instanceTypes: Fact = p =>
  Object.fromEntries(
    nodeGroups(p).map(([key, group]) => [
      key,
      group.instance_types.map((t: Json) => resolveVariable(t, p.infra.tfvars)),
    ]),
  );

/** Evaluates `ceil(var.a / var.b)` locals against terraform.tfvars. */
const nodesPerZone =
  (pool: 'controller' | 'broker'): Fact =>
  p => {
    const local = `${pool}_nodes_per_zone`;
    for (const [key, group] of nodeGroups(p)) {
      if (!key.startsWith(`${pool}-`)) continue;
      expect([group.min_size, group.desired_size]).toEqual([
        `\${local.${local}}`,
        `\${local.${local}}`,
      ]);
      expect(group.max_size).toBe(`\${local.${local} + 1}`);
    }
    const match = /^\$\{ceil\(var\.([a-z_]+) \/ var\.([a-z_]+)\)\}$/.exec(
      p.infra.locals()[local],
    );
    expect(match).not.toBeNull();
    const { tfvars } = p.infra;
    return Math.ceil(tfvars[match![1]] / tfvars[match![2]]);
  };

const bootstrapSource = async (p: ParsedTerraform) => {
  const release = p.bootstrap.resource('helm_release', 'argocd_bootstrap');
  const { applications } = await callArgument(release.values[0], 'yamlencode');
  return applications.bootstrap.source;
};

const CASES: Array<{
  change: string;
  input: Record<string, unknown>;
  request?: () => KafkaClusterRequest;
  fact: Fact;
  before: Json;
  after: Json;
}> = [
  {
    change: 'zones: 2 gives two private and two public subnets',
    input: { zones: 2 },
    fact: vpcSubnets,
    before: {
      private: [0, 1, 2].map(i => `\${cidrsubnet(var.vpc_cidr, 3, ${i})}`),
      public: [48, 49, 50].map(i => `\${cidrsubnet(var.vpc_cidr, 6, ${i})}`),
    },
    after: {
      private: [0, 1].map(i => `\${cidrsubnet(var.vpc_cidr, 3, ${i})}`),
      public: [48, 49].map(i => `\${cidrsubnet(var.vpc_cidr, 6, ${i})}`),
    },
  },
  {
    change:
      'zones: 2 gives Kafka node groups in 2 zones, each pinned to its subnet',
    input: { zones: 2 },
    fact: kafkaNodeGroupSubnets,
    before: Object.fromEntries(
      ['controller', 'broker'].flatMap(pool =>
        [0, 1, 2].map(i => [
          `${pool}-${i + 1}`,
          [`\${module.vpc.private_subnets[${i}]}`],
        ]),
      ),
    ),
    after: Object.fromEntries(
      ['controller', 'broker'].flatMap(pool =>
        [0, 1].map(i => [
          `${pool}-${i + 1}`,
          [`\${module.vpc.private_subnets[${i}]}`],
        ]),
      ),
    ),
  },
  {
    change: 'zones: 2 reaches tfvars and the zone-count guard',
    input: { zones: 2 },
    fact: p => [
      p.infra.tfvars.zones,
      p.infra.variables().zones.validation.map((v: Json) => v.condition),
    ],
    before: [3, ['${contains([2, 3], var.zones)}', '${var.zones == 3}']],
    after: [2, ['${contains([2, 3], var.zones)}', '${var.zones == 2}']],
  },
  {
    change: 'zones: 2 makes each zone hold more brokers',
    input: { zones: 2 },
    fact: nodesPerZone('broker'),
    before: 1,
    after: 2,
  },
  {
    change:
      '9 brokers and 5 controllers size the groups ceil(replicas / zones)',
    input: { controllers: { replicas: 5 }, brokers: { replicas: 9 } },
    fact: async p => [
      await nodesPerZone('controller')(p),
      await nodesPerZone('broker')(p),
    ],
    before: [1, 1],
    after: [2, 3],
  },
  {
    change: 'instance types reach the right node groups',
    input: {
      controllers: { instanceType: 'c7i.large' },
      brokers: { instanceType: 'r7g.2xlarge' },
    },
    fact: instanceTypes,
    before: {
      'controller-1': ['m7i.large'],
      'controller-2': ['m7i.large'],
      'controller-3': ['m7i.large'],
      'broker-1': ['m7i.xlarge'],
      'broker-2': ['m7i.xlarge'],
      'broker-3': ['m7i.xlarge'],
    },
    after: {
      'controller-1': ['c7i.large'],
      'controller-2': ['c7i.large'],
      'controller-3': ['c7i.large'],
      'broker-1': ['r7g.2xlarge'],
      'broker-2': ['r7g.2xlarge'],
      'broker-3': ['r7g.2xlarge'],
    },
  },
  {
    change: 'a Graviton broker type gets the ARM AMI',
    input: { brokers: { instanceType: 'r7g.2xlarge' } },
    fact: p => {
      const expression: string = p.infra.locals().ami_types.broker;
      const [, pattern, variable] =
        /can\(regex\("([^"]+)", var\.([a-z_]+)\)\)/.exec(expression)!;
      expect(
        p.infra.module('eks').eks_managed_node_groups['broker-1'].ami_type,
      ).toBe('${local.ami_types.broker}');
      return new RegExp(pattern).test(p.infra.tfvars[variable])
        ? 'AL2023_ARM_64_STANDARD'
        : 'AL2023_x86_64_STANDARD';
    },
    before: 'AL2023_x86_64_STANDARD',
    after: 'AL2023_ARM_64_STANDARD',
  },
  {
    change:
      'region reaches both stages: tfvars, the aws providers, the outputs',
    input: { region: 'ap-southeast-2' },
    fact: p => [
      resolveVariable(p.infra.providers().aws[0].region, p.infra.tfvars),
      resolveVariable(p.infra.outputs().region.value, p.infra.tfvars),
      resolveVariable(
        p.bootstrap.providers().aws[0].region,
        p.bootstrap.tfvars,
      ),
    ],
    before: ['eu-west-1', 'eu-west-1', 'eu-west-1'],
    after: ['ap-southeast-2', 'ap-southeast-2', 'ap-southeast-2'],
  },
  {
    change:
      'the bootstrap Application clones the repository from repoUrl over SSH',
    input: { repoUrl: 'gitlab.example.com?owner=platform/kafka&repo=payments' },
    fact: async p =>
      resolveLocal((await bootstrapSource(p)).repoURL, p.bootstrap),
    before: 'git@github.com:acme/orders-kafka.git',
    after: 'git@gitlab.example.com:platform/kafka/payments.git',
  },
  {
    change: 'gitopsRevision is what the bootstrap Application targets',
    input: { gitopsRevision: 'production' },
    fact: async p =>
      resolveLocal((await bootstrapSource(p)).targetRevision, p.bootstrap),
    before: 'main',
    after: 'production',
  },
  {
    // On the fixtures' day only 1.35 is in standard support: render 1.34 directly.
    change: 'kubernetesVersion reaches the cluster',
    input: {},
    request: () => ({ ...requestWith(), kubernetesVersion: '1.34' }),
    fact: p =>
      resolveVariable(p.infra.module('eks').kubernetes_version, p.infra.tfvars),
    before: '1.35',
    after: '1.34',
  },
  {
    change: 'apiAccessCidrs reach the public endpoint list',
    input: { apiAccessCidrs: ['198.51.100.0/24'] },
    fact: p =>
      resolveVariable(
        p.infra.module('eks').endpoint_public_access_cidrs,
        p.infra.tfvars,
      ),
    before: [],
    after: ['198.51.100.0/24'],
  },
  {
    change: 'portalRoleArn reaches tfvars (the access entry counts on it)',
    input: { portalRoleArn: 'arn:aws:iam::123456789012:role/portal' },
    fact: p => p.infra.tfvars.portal_role_arn,
    before: null,
    after: 'arn:aws:iam::123456789012:role/portal',
  },
  {
    change:
      'name and owner reach the cluster, VPC, tags and the bootstrap data source',
    input: { name: 'payments-events', owner: 'user:default/jane.doe' },
    fact: p => [
      resolveVariable(p.infra.module('eks').name, p.infra.tfvars),
      resolveVariable(p.infra.module('vpc').name, p.infra.tfvars),
      resolveVariable(
        p.infra.locals().tags['kafka-on-eks/owner'],
        p.infra.tfvars,
      ),
      resolveVariable(
        p.bootstrap.data('aws_eks_cluster', 'this').name,
        p.bootstrap.tfvars,
      ),
      p.bootstrap.locals().gitops_deploy_key_secret_name,
    ],
    before: [
      'orders',
      'orders',
      'group:default/team-a',
      'orders',
      'kafka-on-eks/orders/gitops-deploy-key',
    ],
    after: [
      'payments-events',
      'payments-events',
      'user:default/jane.doe',
      'payments-events',
      'kafka-on-eks/payments-events/gitops-deploy-key',
    ],
  },
];

describe('renderTerraform input changes', () => {
  let baseline: ParsedTerraform;
  beforeAll(async () => {
    baseline = await renderParsed(requestWith());
  });

  it.each(CASES)('$change', async ({ input, request, fact, before, after }) => {
    expect(await fact(baseline)).toEqual(before);
    const changed = request ? request() : requestWith(input);
    expect(await fact(await renderParsed(changed))).toEqual(after);
  });

  it('outputs the update-kubeconfig command, the endpoint and the CA of the cluster', () => {
    const outputs = baseline.infra.outputs();
    expect(outputs.configure_kubectl.value).toBe(
      'aws eks update-kubeconfig --region ${var.region} --name ${module.eks.cluster_name}',
    );
    expect(outputs.cluster_endpoint.value).toBe(
      '${module.eks.cluster_endpoint}',
    );
    expect(outputs.cluster_certificate_authority_data.value).toBe(
      '${module.eks.cluster_certificate_authority_data}',
    );
    expect(outputs.gitops_deploy_key_secret_name.value).toBe(
      '${local.gitops_deploy_key_secret_name}',
    );
  });

  it('falls back to a placeholder repository without repoUrl', async () => {
    const request = requestWith();
    delete request.repoUrl;
    const parsed = await renderParsed(request);
    expect(
      resolveLocal((await bootstrapSource(parsed)).repoURL, parsed.bootstrap),
    ).toBe('git@github.com:REPLACE-ME/orders.git');
  });
});
