import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { gitCloneUrl, gitopsDeployKeySecretName } from '../naming';
import { attributes, block, comment, renderFile } from './body';
import { hcl, type HclExpression } from './hcl';

/** Graviton families (`a1`, `m7g`, `c7gn`, `r8gd`, `is4gen`...) need the ARM AMI. */
const GRAVITON_INSTANCE_TYPE = '^(a1|[a-z]+[0-9]+g[a-z]*)[.]';

const amiType = (instanceType: HclExpression) =>
  hcl`can(regex(${GRAVITON_INSTANCE_TYPE}, ${instanceType})) ? "AL2023_ARM_64_STANDARD" : "AL2023_x86_64_STANDARD"`;

/** `infra/locals.tf`: zones, tags, names and node group sizes shared by the other files. */
export function renderInfraLocals(request: KafkaClusterRequest): string {
  return renderFile(
    [
      ...comment(
        'Local Zones and Wavelength Zones cannot host EKS node groups.',
      ),
      block(
        'data',
        ['aws_availability_zones', 'available'],
        attributes({ state: 'available' }),
        [
          block(
            'filter',
            [],
            attributes({
              name: 'opt-in-status',
              values: ['opt-in-not-required'],
            }),
          ),
        ],
      ),
    ],
    [block('data', ['aws_partition', 'current'])],
    [block('data', ['aws_caller_identity', 'current'])],
    [
      block(
        'locals',
        [],
        attributes({
          azs: hcl`slice(data.aws_availability_zones.available.names, 0, var.zones)`,
          tags: {
            'kafka-on-eks/cluster': hcl`var.name`,
            'kafka-on-eks/owner': hcl`var.owner`,
          },
        }),
        comment(
          'IAM name prefixes are limited to 38 characters (29 + "-ebs-csi-").',
        ),
        attributes({ iam_name_prefix: hcl`substr(var.name, 0, 29)` }),
        comment(
          'One node per Kafka pod: each zone gets its share of the pool, rounded up.',
        ),
        attributes({
          controller_nodes_per_zone: hcl`ceil(var.controller_replicas / var.zones)`,
          broker_nodes_per_zone: hcl`ceil(var.broker_node_capacity / var.zones)`,
        }),
        comment(
          'The AMI must match the CPU architecture of the instance type.',
        ),
        attributes({
          ami_types: {
            system: amiType(hcl`var.system_instance_type`),
            controller: amiType(hcl`var.controller_instance_type`),
            broker: amiType(hcl`var.broker_instance_type`),
          },
        }),
        comment(
          'Created by hand before the bootstrap stage (README, GitOps credentials).',
        ),
        attributes({
          gitops_deploy_key_secret_name: gitopsDeployKeySecretName(
            request.name,
          ),
        }),
      ),
    ],
  );
}

/**
 * `bootstrap/locals.tf`: what Argo CD syncs, fixed from the request (its
 * kafka-on-eks.yaml), so no variable can disagree with it.
 */
export function renderBootstrapLocals(request: KafkaClusterRequest): string {
  return renderFile([
    block(
      'locals',
      [],
      comment('Argo CD clones over SSH with a read-only deploy key.'),
      attributes({
        gitops_repo_url: gitCloneUrl(request.repoUrl, request.name),
        gitops_revision: request.gitopsRevision,
        gitops_deploy_key_secret_name: gitopsDeployKeySecretName(request.name),
      }),
    ),
  ]);
}
