import {
  EKS_VERSION_CALENDAR,
  validateClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { largeRequest, requestWith } from '../__fixtures__/requests';
import { type Stage } from './model';
import { acceptsValue, REQUEST_VARIABLES, type RequestVariable } from './rules';
import { generationGuards } from './variables';
import { renderFile, attributes, block } from './body';
import { conditionOf } from './rules';
import { parseHcl, renderParsed, type Json } from './__testUtils__/terraform';

/**
 * The Terraform variables validate exactly what the request schema allows.
 * Every calendar version is in standard support on this day, so the
 * create-time support gate (not a Terraform rule: an existing cluster
 * keeps its version) does not decide any verdict here.
 */
const EARLY_DAY = { today: '2025-06-01' };
const REGION = 'eu-west-1';

const BASE_INPUT = {
  name: 'orders',
  owner: 'group:default/team-a',
  region: REGION,
  repoUrl: 'github.com?owner=acme&repo=orders-kafka',
};

/** The input with one dotted field set (or removed, for undefined). */
function inputWith(field: string, value: unknown): Record<string, unknown> {
  const input: Record<string, any> = structuredClone(BASE_INPUT);
  const path = field.split('.');
  let node = input;
  for (const key of path.slice(0, -1)) node = node[key] ??= {};
  if (value === undefined) delete node[path[path.length - 1]];
  else node[path[path.length - 1]] = value;
  return input;
}

const text = (length: number, unit = 'a') => unit.repeat(length);
const KEY_ID = '12345678-90ab-cdef-1234-567890abcdef';
const cidrs = (count: number) =>
  Array.from({ length: count }, (_, i) => `10.${i}.0.0/16`);

/** Boundary values per request field; each must get the same verdict from both sides. */
const BOUNDARIES: Record<string, unknown[]> = {
  name: [
    'abc',
    'ab',
    text(40),
    text(41),
    'a-b',
    'a-',
    '1ab',
    'Abc',
    'a_b',
    'ab\n',
  ],
  owner: [
    'group:default/team-a',
    'team-a',
    `group:default/${text(239)}`,
    `group:default/${text(240)}`,
    'group:default/team a',
    'group:/x',
    '',
  ],
  region: [
    'eu-west-1',
    'us-gov-west-1',
    'eu-west-0',
    'xx-west-1',
    'EU-west-1',
    'ap-southeast-2',
  ],
  zones: [1, 2, 3, 4, 2.5],
  kubernetesVersion: [
    ...EKS_VERSION_CALENDAR.map(v => v.version),
    '1.31',
    '1.36',
    '1.3',
    '1.35.0',
  ],
  'controllers.replicas': [1, 2, 3, 4, 5, 6, 3.5],
  'controllers.instanceType': [
    'm7i.large',
    'c7gn.16xlarge',
    `m7i.${text(28)}`,
    `m7i.${text(29)}`,
    'M7i.large',
    'm7i',
    'm7i.large ',
  ],
  'brokers.replicas': [0, 1, 2, 59, 60, 61, 1.5, -1],
  // At least the 3 brokers of the base request: below, the validator refuses
  // a rule Terraform cannot see (it has no broker count of its own).
  'brokers.nodeCapacity': [3, 4, 59, 60, 61, 0, 3.5, -1],
  'brokers.instanceType': ['r7g.2xlarge', 'r7g.', '.large', `r.${text(30)}`],
  apiAccessCidrs: [
    [],
    ['203.0.113.0/24'],
    ['0.0.0.0/0'],
    ['10.0.0.0/0'],
    ['10.0.0.0/7'],
    ['10.0.0.0/8'],
    ['10.0.0.1/24'],
    ['10.0.0.1/32'],
    ['203.0.113.0/24', '203.0.113.0/24'],
    ['256.0.0.0/8'],
    ['01.0.0.0/8'],
    ['10.0.0.0/33'],
    ['10.0.0.0'],
    cidrs(40),
    cidrs(41),
  ],
  portalRoleArn: [
    undefined,
    'arn:aws:iam::123456789012:role/backstage',
    'arn:aws-cn:iam::123456789012:role/path/to/backstage',
    'arn:aws:iam::123456789012:user/backstage',
    'arn:aws:iam::12345678901:role/backstage',
    `arn:aws:iam::123456789012:role/${text(512)}`,
    `arn:aws:iam::123456789012:role/${text(513)}`,
  ],
  ebsKmsKeyArn: [
    undefined,
    `arn:aws:kms:${REGION}:123456789012:key/${KEY_ID}`,
    `arn:aws:kms:us-east-1:123456789012:key/${KEY_ID}`,
    `arn:aws:kms:${REGION}:123456789012:alias/ebs`,
    `arn:aws:kms:${REGION}:123456789012:key/${KEY_ID.toUpperCase()}`,
  ],
};

const cases = REQUEST_VARIABLES.flatMap(variable =>
  (BOUNDARIES[variable.field] ?? []).map(value => ({
    variable: variable.name,
    field: variable.field,
    value,
    spec: variable,
  })),
);

describe('the Terraform variable rules', () => {
  it('have boundary values for every request-derived variable', () => {
    expect(
      REQUEST_VARIABLES.filter(v => !BOUNDARIES[v.field]).map(v => v.name),
    ).toEqual([]);
  });

  it.each(cases.map(c => [c.field, JSON.stringify(c.value), c] as const))(
    '%s = %s: the request validator and the Terraform rule agree',
    (_, __, { field, value, spec }) => {
      const request = validateClusterRequest(
        inputWith(field, value),
        EARLY_DAY,
      );
      // Problems elsewhere would make the verdict about something else.
      const elsewhere = request.ok
        ? []
        : request.problems.filter(p => !p.path.startsWith(field));
      expect(elsewhere).toEqual([]);
      expect([
        field,
        value,
        acceptsValue(spec, value, { region: REGION }),
      ]).toEqual([field, value, request.ok]);
    },
  );

  it('each value the validator keeps is the one tfvars gets', async () => {
    const request = requestWith({
      portalRoleArn: 'arn:aws:iam::123456789012:role/backstage',
      apiAccessCidrs: ['203.0.113.0/24'],
    });
    const parsed = await renderParsed(request);
    for (const spec of REQUEST_VARIABLES) {
      for (const stage of spec.stages) {
        // Node capacity left out is the broker count.
        const value =
          spec.field === 'brokers.nodeCapacity'
            ? request.brokers.nodeCapacity ?? request.brokers.replicas
            : valueAt(request, spec.field);
        expect([spec.name, parsed[stage].tfvars[spec.name]]).toEqual([
          spec.name,
          value ?? null,
        ]);
      }
    }
  });

  it.each([
    ['the default request', () => requestWith()],
    ['largeRequest()', largeRequest],
    ['2 zones', () => requestWith({ zones: 2 })],
  ])(
    'every variable with a request-derived value validates with the table, %s',
    async (_, request) => {
      const parsed = await renderParsed(request());
      for (const stage of ['infra', 'bootstrap'] as Stage[]) {
        const variables = parsed[stage].variables();
        for (const name of Object.keys(parsed[stage].tfvars)) {
          const spec = REQUEST_VARIABLES.find(v => v.name === name);
          expect([name, spec?.stages.includes(stage)]).toEqual([name, true]);
          expect(variables[name].validation).toEqual(
            await expectedValidations(spec!, request()),
          );
          expect(variables[name].type).toBe(`\${${spec!.type}}`);
        }
      }
    },
  );
});

function valueAt(request: object, path: string): unknown {
  return path
    .split('.')
    .reduce<any>(
      (node, key) => (node === undefined ? node : node[key]),
      request,
    );
}

/** The validation blocks the table (and the generation guards) prescribe, parsed. */
async function expectedValidations(
  spec: RequestVariable,
  request: Parameters<typeof generationGuards>[0],
): Promise<Json[]> {
  const content = renderFile([
    block(
      'variable',
      ['expected'],
      ...spec.checks.map(check => [
        block(
          'validation',
          [],
          attributes({
            condition: conditionOf(spec, check),
            error_message: check.message,
          }),
        ),
      ]),
      ...generationGuards(request, spec.name).map(([condition, message]) => [
        block(
          'validation',
          [],
          attributes({ condition, error_message: message }),
        ),
      ]),
    ),
  ]);
  return (await parseHcl('expected.tf', content)).variable.expected[0]
    .validation;
}
