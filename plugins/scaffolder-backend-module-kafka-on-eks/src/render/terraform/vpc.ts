import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { attributes, blank, block, comment, renderFile } from './body';
import { hcl } from './hcl';
import { zoneIndexes } from './model';
import { MODULES } from './pins';

/**
 * Subnet layout inside the VPC CIDR (a /16 by default): one /19 private
 * subnet per zone from the bottom (pods take VPC addresses with the VPC CNI,
 * so they are large), one /22 public subnet per zone from the seventh /19.
 */
export const PRIVATE_SUBNET_NEWBITS = 3;
export const PUBLIC_SUBNET_NEWBITS = 6;
export const PUBLIC_SUBNET_FIRST_NETNUM = 48;

/** `infra/vpc.tf`: the VPC over the chosen zones, with NAT and the EKS load balancer subnet tags. */
export function renderVpc(request: KafkaClusterRequest): string {
  const zones = zoneIndexes(request);
  return renderFile([
    block(
      'module',
      ['vpc'],
      attributes({ source: MODULES.vpc.source, version: MODULES.vpc.version }),
      [blank],
      attributes({
        name: hcl`var.name`,
        cidr: hcl`var.vpc_cidr`,
        azs: hcl`local.azs`,
      }),
      [blank],
      comment('One private and one public subnet per zone, in zone order.'),
      attributes({
        private_subnets: zones.map(
          i => hcl`cidrsubnet(var.vpc_cidr, ${PRIVATE_SUBNET_NEWBITS}, ${i})`,
        ),
        public_subnets: zones.map(
          i =>
            hcl`cidrsubnet(var.vpc_cidr, ${PUBLIC_SUBNET_NEWBITS}, ${
              PUBLIC_SUBNET_FIRST_NETNUM + i
            })`,
        ),
      }),
      [blank],
      comment(
        'Nodes live in private subnets and reach ECR, EKS and GitHub through NAT.',
      ),
      comment(
        'One NAT gateway per zone keeps a zone outage from cutting the others off.',
      ),
      attributes({
        enable_nat_gateway: true,
        single_nat_gateway: hcl`var.single_nat_gateway`,
        one_nat_gateway_per_az: hcl`!var.single_nat_gateway`,
      }),
      [blank],
      comment(
        'Where Kubernetes Services of type LoadBalancer put public and internal ELBs.',
      ),
      attributes({
        public_subnet_tags: { 'kubernetes.io/role/elb': '1' },
        private_subnet_tags: { 'kubernetes.io/role/internal-elb': '1' },
      }),
      [blank],
      attributes({ tags: hcl`local.tags` }),
    ),
  ]);
}
