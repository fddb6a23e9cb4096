import { parse as parseHcl } from '@cdktf/hcl2json';
import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { parseAllDocuments } from 'yaml';
import { renderRepository } from '../../renderRepository';
import type { RenderedFile } from '../../types';

/** One YAML document of the generated repository, parsed. */
export interface YamlDocument {
  path: string;
  // Parsed YAML: reviews reach into it freely.
  value: any;
}

/** One Terraform root module: its folder and its parsed `.tf` files merged per block type. */
export interface TerraformRoot {
  dir: string;
  files: Record<string, any>;
  tfvars: Record<string, any>;
}

/** The generated repository as a reviewer reads it: parsed, never text-searched. */
export interface ParsedRepository {
  files: RenderedFile[];
  yaml: YamlDocument[];
  terraform: TerraformRoot[];
}

function parseYaml(file: RenderedFile): YamlDocument[] {
  return parseAllDocuments(file.content).map(doc => {
    if (doc.errors.length > 0) {
      throw new Error(`${file.path}: ${doc.errors[0].message}`);
    }
    return { path: file.path, value: doc.toJS() };
  });
}

export async function parseRepository(
  request: KafkaClusterRequest,
): Promise<ParsedRepository> {
  const files = renderRepository(request);
  const yaml = files
    .filter(f => /\.ya?ml$/.test(f.path) && !f.path.includes('/templates/'))
    .flatMap(parseYaml);
  const dirs = [
    ...new Set(
      files
        .filter(f => f.path.endsWith('.tf'))
        .map(f => f.path.slice(0, f.path.lastIndexOf('/'))),
    ),
  ];
  const terraform: TerraformRoot[] = [];
  for (const dir of dirs) {
    const own = files.filter(
      f =>
        f.path.startsWith(`${dir}/`) &&
        !f.path.slice(dir.length + 1).includes('/'),
    );
    const parsed: Record<string, any> = {};
    for (const file of own.filter(f => f.path.endsWith('.tf'))) {
      parsed[file.path] = await parseHcl(file.path, file.content);
    }
    const tfvarsFile = own.find(f => f.path.endsWith('terraform.tfvars'));
    terraform.push({
      dir,
      files: parsed,
      tfvars: tfvarsFile
        ? await parseHcl(tfvarsFile.path, tfvarsFile.content)
        : {},
    });
  }
  return { files, yaml, terraform };
}

export function ofKind(repository: ParsedRepository, kind: string): any[] {
  return repository.yaml.filter(d => d.value?.kind === kind).map(d => d.value);
}

/** Every block of one type (`provider`, `module`, ...) in a root, keyed by label. */
export function blocks(
  root: TerraformRoot,
  type: string,
): Record<string, any[]> {
  const merged: Record<string, any[]> = {};
  for (const parsed of Object.values(root.files)) {
    for (const [label, value] of Object.entries<any>(parsed[type] ?? {})) {
      merged[label] = [
        ...(merged[label] ?? []),
        ...(Array.isArray(value) ? value : [value]),
      ];
    }
  }
  return merged;
}

/** Every string anywhere inside a parsed value (HCL expressions are strings in hcl2json). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object')
    return Object.values(value).flatMap(stringsIn);
  return [];
}
