import { requestWith } from '../__fixtures__/requests';
import { BROKER_VOLUME_ATTRIBUTES_CLASS } from '../naming';
import { renderTerraform } from './index';
import {
  callArgument,
  renderParsed,
  resolveVariable,
  type Json,
  type ParsedTerraform,
} from './__testUtils__/terraform';

type Fact = (parsed: ParsedTerraform) => Json | Promise<Json>;

const vpcSubnets: Fact = p => ({
  private: p.module('vpc').private_subnets,
  public: p.module('vpc').public_subnets,
});

/** Kafka node group key -> the one private subnet it is pinned to. */
const kafkaNodeGroupSubnets: Fact = p =>
  Object.fromEntries(
    Object.entries<Json>(p.module('eks').eks_managed_node_groups)
      .filter(([key]) => key !== 'system')
      .map(([key, group]) => [key, group.subnet_ids]),
  );

/** Node group key -> its instance type, followed through terraform.tfvars. */
const instanceTypes: Fact = p =>
  Object.fromEntries(
    Object.entries<Json>(p.module('eks').eks_managed_node_groups)
      .filter(([key]) => key !== 'system')
      .map(([key, group]) => [
        key,
        group.instance_types.map((t: Json) => resolveVariable(t, p.tfvars)),
      ]),
  );

/** Evaluates `ceil(var.a / var.b)` locals against terraform.tfvars. */
const nodesPerZone =
  (pool: 'controller' | 'broker'): Fact =>
  p => {
    const groups = Object.entries<Json>(
      p.module('eks').eks_managed_node_groups,
    ).filter(([key]) => key.startsWith(`${pool}-`));
    const local = `${pool}_nodes_per_zone`;
    for (const [, group] of groups) {
      expect([group.min_size, group.desired_size]).toEqual([
        `\${local.${local}}`,
        `\${local.${local}}`,
      ]);
      expect(group.max_size).toBe(`\${local.${local} + 1}`);
    }
    const match = /^\$\{ceil\(var\.([a-z_]+) \/ var\.([a-z_]+)\)\}$/.exec(
      p.locals()[local],
    );
    expect(match).not.toBeNull();
    return Math.ceil(p.tfvars[match![1]] / p.tfvars[match![2]]);
  };

const volumeAttributesClass: Fact = async p => {
  const release = p.resource('helm_release', 'broker_volume_attributes');
  if (!release) return null;
  expect(release.chart).toBe('${path.module}/charts/raw-manifests');
  const { manifests } = await callArgument(release.values[0], 'yamlencode');
  expect(manifests).toHaveLength(1);
  return manifests[0];
};

const gitopsRepository: Fact = async p => {
  const [values] = p.resource('helm_release', 'argocd_bootstrap').values;
  const { applications } = await callArgument(values, 'yamlencode');
  return resolveVariable(applications.bootstrap.source.repoURL, p.tfvars);
};

const CASES: Array<{
  change: string;
  input: Record<string, unknown>;
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
    fact: p => [p.tfvars.zones, p.variables().zones.validation[0].condition],
    before: [3, '${var.zones == 3}'],
    after: [2, '${var.zones == 2}'],
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
    change: "storageClass: 'st1' reaches tfvars",
    input: { brokers: { storageClass: 'st1', volumeSizeGi: 2000 } },
    fact: p => [p.tfvars.broker_storage_class, p.tfvars.broker_volume_size_gi],
    before: ['gp3', 500],
    after: ['st1', 2000],
  },
  {
    change: "storageClass: 'st1' keeps both classes, gp3 the default",
    input: { brokers: { storageClass: 'st1', volumeSizeGi: 2000 } },
    fact: p => ({
      st1: p.resource('kubernetes_storage_class_v1', 'st1')?.parameters.type,
      gp3Default: p.resource('kubernetes_storage_class_v1', 'gp3')?.metadata[0]
        .annotations['storageclass.kubernetes.io/is-default-class'],
    }),
    before: { st1: 'st1', gp3Default: 'true' },
    after: { st1: 'st1', gp3Default: 'true' },
  },
  {
    change: 'iops and throughputMiBps produce the VolumeAttributesClass',
    input: {
      kubernetesVersion: '1.34',
      brokers: { iops: 6000, throughputMiBps: 500 },
    },
    fact: volumeAttributesClass,
    before: null,
    after: {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'VolumeAttributesClass',
      metadata: { name: BROKER_VOLUME_ATTRIBUTES_CLASS },
      driverName: 'ebs.csi.aws.com',
      parameters: { iops: '6000', throughput: '500' },
    },
  },
  {
    change: 'iops alone sets only iops',
    input: { brokers: { iops: 12000 } },
    fact: async p => (await volumeAttributesClass(p))?.parameters ?? null,
    before: null,
    after: { iops: '12000' },
  },
  {
    change: 'throughputMiBps alone sets only throughput',
    input: { kubernetesVersion: '1.36', brokers: { throughputMiBps: 700 } },
    fact: async p => (await volumeAttributesClass(p))?.parameters ?? null,
    before: null,
    after: { throughput: '700' },
  },
  {
    change:
      'a VolumeAttributesClass raises the minimum Kubernetes version to 1.34',
    input: { brokers: { iops: 6000 } },
    fact: p =>
      p
        .variables()
        .kubernetes_version.validation[0].condition.match(/>= (\d+)/)[1],
    before: '30',
    after: '34',
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
      const expression: string = p.locals().ami_types.broker;
      const [, pattern, variable] =
        /can\(regex\("([^"]+)", var\.([a-z_]+)\)\)/.exec(expression)!;
      expect(p.module('eks').eks_managed_node_groups['broker-1'].ami_type).toBe(
        '${local.ami_types.broker}',
      );
      return new RegExp(pattern).test(p.tfvars[variable])
        ? 'AL2023_ARM_64_STANDARD'
        : 'AL2023_x86_64_STANDARD';
    },
    before: 'AL2023_x86_64_STANDARD',
    after: 'AL2023_ARM_64_STANDARD',
  },
  {
    change: 'region reaches tfvars, the aws provider and the outputs',
    input: { region: 'ap-southeast-2' },
    fact: p => [
      resolveVariable(p.tf['providers.tf'].provider.aws[0].region, p.tfvars),
      resolveVariable(p.outputs().region.value, p.tfvars),
    ],
    before: ['eu-west-1', 'eu-west-1'],
    after: ['ap-southeast-2', 'ap-southeast-2'],
  },
  {
    change: 'the bootstrap Application clones the repository from repoUrl',
    input: { repoUrl: 'gitlab.example.com?owner=platform/kafka&repo=payments' },
    fact: gitopsRepository,
    before: 'https://github.com/acme/orders-kafka.git',
    after: 'https://gitlab.example.com/platform/kafka/payments.git',
  },
  {
    change: 'kubernetesVersion reaches the cluster',
    input: { kubernetesVersion: '1.31' },
    fact: p => resolveVariable(p.module('eks').kubernetes_version, p.tfvars),
    before: '1.35',
    after: '1.31',
  },
  {
    change: 'name and owner reach the cluster, VPC and tags',
    input: { name: 'payments-events', owner: 'user:default/jane.doe' },
    fact: p => [
      resolveVariable(p.module('eks').name, p.tfvars),
      resolveVariable(p.module('vpc').name, p.tfvars),
      resolveVariable(p.locals().tags['kafka-on-eks/owner'], p.tfvars),
    ],
    before: ['orders', 'orders', 'group:default/team-a'],
    after: ['payments-events', 'payments-events', 'user:default/jane.doe'],
  },
];

describe('renderTerraform input changes', () => {
  let baseline: ParsedTerraform;
  beforeAll(async () => {
    baseline = await renderParsed(requestWith());
  });

  it.each(CASES)('$change', async ({ input, fact, before, after }) => {
    expect(await fact(baseline)).toEqual(before);
    expect(await fact(await renderParsed(requestWith(input)))).toEqual(after);
  });

  it('writes the raw-manifests chart only when a VolumeAttributesClass needs it', () => {
    const chartFiles = (input: Record<string, unknown>) =>
      renderTerraform(requestWith(input))
        .map(f => f.path)
        .filter(path => path.startsWith('terraform/charts/'));
    expect(chartFiles({})).toEqual([]);
    expect(chartFiles({ brokers: { iops: 4000 } }).sort()).toEqual([
      'terraform/charts/raw-manifests/Chart.yaml',
      'terraform/charts/raw-manifests/templates/manifests.yaml',
      'terraform/charts/raw-manifests/values.yaml',
    ]);
  });

  it('records the VolumeAttributesClass in the kafka output only when there is one', async () => {
    const withIops = await renderParsed(
      requestWith({ brokers: { iops: 4000 } }),
    );
    expect(withIops.outputs().kafka.value.brokers.volume_attributes_class).toBe(
      BROKER_VOLUME_ATTRIBUTES_CLASS,
    );
    expect(
      baseline.outputs().kafka.value.brokers.volume_attributes_class,
    ).toBeNull();
  });

  it('outputs the update-kubeconfig command for the cluster and region', () => {
    expect(baseline.outputs().configure_kubectl.value).toBe(
      'aws eks update-kubeconfig --region ${var.region} --name ${module.eks.cluster_name}',
    );
    expect(Object.keys(baseline.outputs())).toEqual(
      expect.arrayContaining([
        'cluster_name',
        'cluster_endpoint',
        'region',
        'configure_kubectl',
      ]),
    );
    expect(baseline.outputs().cluster_endpoint.value).toBe(
      '${module.eks.cluster_endpoint}',
    );
  });

  it('falls back to a placeholder repository without repoUrl', async () => {
    const request = requestWith();
    delete request.repoUrl;
    expect(await gitopsRepository(await renderParsed(request))).toBe(
      'https://github.com/REPLACE-ME/orders.git',
    );
  });
});
