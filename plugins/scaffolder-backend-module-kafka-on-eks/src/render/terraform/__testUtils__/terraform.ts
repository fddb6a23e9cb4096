import { parse } from '@cdktf/hcl2json';
import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { largeRequest, requestWith } from '../../__fixtures__/requests';
import type { RenderedFile } from '../../types';
import { renderTerraform } from '../index';
import { STAGES, type Stage } from '../model';

/** hcl2json's output: Terraform JSON syntax, where blocks are arrays. */
export type Json = any;

export async function parseHcl(
  fileName: string,
  content: string,
): Promise<Json> {
  return parse(fileName, content);
}

/** One rendered root module (`terraform/infra/` or `terraform/bootstrap/`), parsed. */
export interface ParsedStage {
  stage: Stage;
  /** Parsed `.tf` files, by file name (`eks.tf`). */
  tf: Record<string, Json>;
  tfvars: Record<string, Json>;
  /** The only `module "<name>"` block. */
  module(name: string): Json;
  /** All module blocks, by name. */
  modules(): Record<string, Json>;
  /** The only `resource "<type>" "<name>"` block, or undefined. */
  resource(type: string, name: string): Json | undefined;
  /** The only `data "<type>" "<name>"` block, or undefined. */
  data(type: string, name: string): Json | undefined;
  /** Every block of a kind (`resource`, `data`) as [type, name, body]. */
  all(kind: 'resource' | 'data'): Array<[string, string, Json]>;
  /** `provider` blocks, by provider name (hcl2json lists). */
  providers(): Record<string, Json[]>;
  /** All `variable` blocks, by name. */
  variables(): Record<string, Json>;
  /** All `output` blocks, by name. */
  outputs(): Record<string, Json>;
  /** The merged `locals` blocks. */
  locals(): Record<string, Json>;
}

/** A rendered `terraform/` folder, with every HCL file of both stages parsed. */
export interface ParsedTerraform {
  files: RenderedFile[];
  infra: ParsedStage;
  bootstrap: ParsedStage;
  /** A file's content, by path under `terraform/`. */
  content(path: string): string;
}

function blocksOf(tf: Record<string, Json>, kind: string): Json[] {
  return Object.values(tf).flatMap(file => (file[kind] ? [file[kind]] : []));
}

async function parseStage(
  stage: Stage,
  files: RenderedFile[],
): Promise<ParsedStage> {
  const prefix = `${STAGES[stage]}/`;
  const tf: Record<string, Json> = {};
  let tfvars: Json = {};
  for (const file of files) {
    if (!file.path.startsWith(prefix)) continue;
    const name = file.path.slice(prefix.length);
    if (name.endsWith('.tf')) tf[name] = await parseHcl(name, file.content);
    if (name === 'terraform.tfvars')
      tfvars = await parseHcl(name, file.content);
  }
  const named = (kind: string) =>
    Object.fromEntries(
      blocksOf(tf, kind).flatMap(group =>
        Object.entries(group).map(([name, list]) => {
          expect(list).toHaveLength(1);
          return [name, (list as Json[])[0]];
        }),
      ),
    );
  const only = (kind: string, type: string, name: string) => {
    const matches = blocksOf(tf, kind).flatMap(
      group => group[type]?.[name] ?? [],
    );
    expect(matches.length).toBeLessThanOrEqual(1);
    return matches[0];
  };
  return {
    stage,
    tf,
    tfvars,
    module: name => {
      const modules = named('module');
      expect(modules[name]).toBeDefined();
      return modules[name];
    },
    modules: () => named('module'),
    resource: (type, name) => only('resource', type, name),
    data: (type, name) => only('data', type, name),
    all: kind =>
      blocksOf(tf, kind).flatMap(group =>
        Object.entries<Json>(group).flatMap(([type, byName]) =>
          Object.entries<Json>(byName).flatMap(([name, list]) =>
            (list as Json[]).map(
              body => [type, name, body] as [string, string, Json],
            ),
          ),
        ),
      ),
    providers: () =>
      Object.assign({}, ...blocksOf(tf, 'provider')) as Record<string, Json[]>,
    variables: () => named('variable'),
    outputs: () => named('output'),
    locals: () =>
      Object.assign(
        {},
        ...blocksOf(tf, 'locals').flatMap((list: Json[]) => list),
      ),
  };
}

export async function renderParsed(
  request: KafkaClusterRequest,
): Promise<ParsedTerraform> {
  const files = renderTerraform(request);
  const byPath = new Map(
    files.map(f => [f.path.replace(/^terraform\//, ''), f.content]),
  );
  return {
    files,
    infra: await parseStage('infra', files),
    bootstrap: await parseStage('bootstrap', files),
    content: path => {
      const content = byPath.get(path);
      if (content === undefined) throw new Error(`no terraform/${path}`);
      return content;
    },
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

/** A value that is exactly `${local.<name>}`, resolved against the stage's locals. */
export function resolveLocal(value: Json, stage: ParsedStage): Json {
  const match =
    typeof value === 'string'
      ? /^\$\{local\.([a-z_0-9]+)\}$/.exec(value)
      : null;
  if (!match)
    throw new Error(`not a plain local reference: ${JSON.stringify(value)}`);
  const locals = stage.locals();
  expect(locals).toHaveProperty([match[1]]);
  return locals[match[1]];
}

/** Every string anywhere in a parsed value (keys included). */
export function allStrings(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...allStrings(v)]);
  return [];
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

/** Requests that together take every branch of the renderer. */
export const TERRAFORM_REQUESTS: Array<[string, () => KafkaClusterRequest]> = [
  ['the default request', () => requestWith()],
  ['largeRequest()', largeRequest],
  [
    'every option set',
    () =>
      requestWith({
        zones: 2,
        apiAccessCidrs: ['203.0.113.0/24', '198.51.100.16/28'],
        portalRoleArn: 'arn:aws:iam::123456789012:role/backstage-portal',
        ebsKmsKeyArn:
          'arn:aws:kms:eu-west-1:123456789012:key/12345678-90ab-cdef-1234-567890abcdef',
        brokers: { iops: 6000, throughputMiBps: 500 },
        gitopsRevision: 'release/2026-12',
        repoUrl: 'github.com?owner=platform&repo=payments-kafka',
      }),
  ],
];
