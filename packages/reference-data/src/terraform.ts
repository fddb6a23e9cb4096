import { parse } from '@cdktf/hcl2json';
import { readReference } from './referencePath';

const MODULE_FILES = {
  eks: 'terraform/eks-v21.19.0/variables.tf',
  'eks-managed-node-group':
    'terraform/eks-v21.19.0/modules-eks-managed-node-group-variables.tf',
  vpc: 'terraform/vpc-v6.6.0/variables.tf',
} as const;

/** The pinned versions of the reference modules. */
export const TERRAFORM_MODULE_VERSIONS = {
  eks: '21.19.0',
  vpc: '6.6.0',
} as const;

/** The input variable names a Terraform module declares. */
export async function terraformModuleVariables(
  module: keyof typeof MODULE_FILES,
): Promise<Set<string>> {
  const file = MODULE_FILES[module];
  const parsed = (await parse(file, readReference(file))) as {
    variable?: Record<string, unknown>;
  };
  return new Set(Object.keys(parsed.variable ?? {}));
}
