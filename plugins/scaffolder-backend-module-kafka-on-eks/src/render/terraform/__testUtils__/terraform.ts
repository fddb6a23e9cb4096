import { parse } from '@cdktf/hcl2json';
import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { RenderedFile } from '../../types';
import { renderTerraform } from '../index';

/** hcl2json's output: Terraform JSON syntax, where blocks are arrays. */
export type Json = any;

export async function parseHcl(
  fileName: string,
  content: string,
): Promise<Json> {
  return parse(fileName, content);
}

/** A rendered `terraform/` folder, with every HCL file parsed. */
export interface ParsedTerraform {
  files: RenderedFile[];
  /** Parsed `.tf` files, by file name (`eks.tf`). */
  tf: Record<string, Json>;
  tfvars: Record<string, Json>;
  content(fileName: string): string;
  /** The only `module "<name>"` block. */
  module(name: string): Json;
  /** The only `resource "<type>" "<name>"` block, or undefined. */
  resource(type: string, name: string): Json | undefined;
  /** All `variable` blocks, by name. */
  variables(): Record<string, Json>;
  /** All `output` blocks, by name. */
  outputs(): Record<string, Json>;
  /** The merged `locals` blocks. */
  locals(): Record<string, Json>;
}

function blocksOf(tf: Record<string, Json>, kind: string): Json[] {
  return Object.values(tf).flatMap(file => (file[kind] ? [file[kind]] : []));
}

export async function renderParsed(
  request: KafkaClusterRequest,
): Promise<ParsedTerraform> {
  const files = renderTerraform(request);
  const byName = new Map(
    files.map(f => [f.path.replace(/^terraform\//, ''), f.content]),
  );
  const tf: Record<string, Json> = {};
  for (const [name, content] of byName) {
    if (name.endsWith('.tf')) tf[name] = await parseHcl(name, content);
  }
  const tfvars = await parseHcl(
    'terraform.tfvars',
    byName.get('terraform.tfvars') ?? '',
  );
  const named = (kind: string) =>
    Object.fromEntries(
      blocksOf(tf, kind).flatMap(group =>
        Object.entries(group).map(([name, list]) => {
          expect(list).toHaveLength(1);
          return [name, (list as Json[])[0]];
        }),
      ),
    );
  return {
    files,
    tf,
    tfvars,
    content: fileName => {
      const content = byName.get(fileName);
      if (content === undefined) throw new Error(`no terraform/${fileName}`);
      return content;
    },
    module: name => {
      const modules = named('module');
      expect(modules[name]).toBeDefined();
      return modules[name];
    },
    resource: (type, name) => {
      const matches = blocksOf(tf, 'resource').flatMap(
        group => group[type]?.[name] ?? [],
      );
      expect(matches.length).toBeLessThanOrEqual(1);
      return matches[0];
    },
    variables: () => named('variable'),
    outputs: () => named('output'),
    locals: () =>
      Object.assign(
        {},
        ...blocksOf(tf, 'locals').flatMap((list: Json[]) => list),
      ),
  };
}

/** The object given to `${yamlencode(...)}` or `${jsonencode(...)}`, parsed. */
export async function callArgument(value: string, fn: string): Promise<Json> {
  const prefix = `\${${fn}(`;
  expect(value.startsWith(prefix) && value.endsWith(')}')).toBe(true);
  const inner = value.slice(prefix.length, -2);
  return (await parseHcl('argument.tf', `argument = ${inner}\n`)).argument;
}

/** A value that is exactly `${var.<name>}`, resolved against terraform.tfvars. */
export function resolveVariable(
  value: Json,
  tfvars: Record<string, Json>,
): Json {
  const match =
    typeof value === 'string' ? /^\$\{var\.([a-z_0-9]+)\}$/.exec(value) : null;
  if (!match)
    throw new Error(`not a plain variable reference: ${JSON.stringify(value)}`);
  expect(tfvars).toHaveProperty([match[1]]);
  return tfvars[match[1]];
}

/**
 * How hcl2json writes back a literal string: Terraform JSON strings are
 * templates too, so a literal `${` / `%{` comes back escaped. A string that
 * was (wrongly) interpolated comes back with a bare `${` instead. HCL
 * also normalizes strings to NFC (e.g. U+F900 becomes U+8C48).
 */
export function asTemplateLiteral(value: string): string {
  // HCL (cty) stores every string in Unicode NFC, whatever its escapes.
  return value
    .normalize('NFC')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
}
