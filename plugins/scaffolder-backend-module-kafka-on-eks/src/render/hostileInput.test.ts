import { parse as parseHcl } from '@cdktf/hcl2json';
import { validateClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { renderRepository } from './renderRepository';
import type { RenderedFile } from './types';
import { TEST_CONTEXT } from './__fixtures__/requests';

// Every string field of the request, with a benign value to compare against.
const STRING_FIELDS: Array<[path: string, benign: string]> = [
  ['name', 'orders'],
  ['owner', 'group:default/team-a'],
  ['system', 'system:default/payments'],
  ['description', 'Order events'],
  ['region', 'eu-west-1'],
  ['kubernetesVersion', '1.35'],
  ['kafkaVersion', '4.3.1'],
  ['metadataVersion', '4.3-IV0'],
  ['repoUrl', 'github.com?owner=acme&repo=orders-kafka'],
  ['controllers.instanceType', 'm7i.large'],
  ['brokers.instanceType', 'm7i.xlarge'],
  ['brokers.storageClass', 'gp3'],
  ['topics[0].name', 'orders.created'],
  ['topics[0].cleanupPolicy', 'delete'],
  ['clientAuthentication', 'scram-sha-512'],
  ['clients[0].name', 'orders-service'],
  ['clients[0].component', 'component:default/orders-service'],
  ['clients[0].namespace', 'orders'],
  ['clients[0].topics[0].name', 'audit'],
  ['clients[0].topics[0].access', 'readwrite'],
  ['clients[0].consumerGroups[0]', 'orders-*'],
  ['apiAccessCidrs[0]', '203.0.113.0/24'],
  ['portalRoleArn', 'arn:aws:iam::123456789012:role/backstage'],
  [
    'ebsKmsKeyArn',
    'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  ],
  ['gitopsRevision', 'main'],
];

// The client uses the second topic, so a hostile first topic name leaves it valid.
function baseRequest(): Record<string, any> {
  return {
    name: 'orders',
    owner: 'group:default/team-a',
    controllers: {},
    brokers: {},
    topics: [{ name: 'orders.created' }, { name: 'audit' }],
    clients: [
      {
        name: 'orders-service',
        namespace: 'orders',
        topics: [{ name: 'audit', access: 'readwrite' }],
        consumerGroups: ['orders-*'],
      },
    ],
    apiAccessCidrs: ['203.0.113.0/24'],
  };
}

function requestWithField(path: string, value: string): Record<string, any> {
  const request = baseRequest();
  const keys = path.match(/\w+|\d+/g)!;
  let target: any = request;
  for (const key of keys.slice(0, -1)) target = target[key];
  target[keys[keys.length - 1]] = value;
  return request;
}

// Strings that have broken generators before: quoting, interpolation,
// YAML anchors, tags and documents, HCL heredocs, unicode line breaks.
const NASTY = [
  '"',
  "'",
  '\\',
  '\n',
  '\r\n',
  '\u2028',
  '${',
  '%{',
  '$${x}',
  '}',
  '#',
  ': ',
  '- ',
  '&anchor',
  '*anchor',
  '!!python/object',
  '!<tag:x>',
  '---',
  '...',
  '<<EOT\n',
  'EOT',
  '{{',
  '`',
  '\u0000',
  '\u202e',
  '🦄',
  'é',
];

const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 })), {
      maxLength: 12,
    })
    .map(p => p.join('')),
  fc.constantFrom(...NASTY).map(s => `orders${s}`),
  fc.string({ minLength: 300, maxLength: 2000 }),
);

/** The shape of a file: its key paths, with values left out. */
async function shapeOf(file: RenderedFile): Promise<string[]> {
  // Helm chart templates are Go templates, not YAML: fixed text, compared whole.
  if (file.path.includes('/templates/'))
    return [`${file.path}:${file.content}`];
  if (/\.ya?ml$/.test(file.path)) {
    const documents = parseAllDocuments(file.content);
    const errors = documents.flatMap(d => d.errors.map(e => e.message));
    if (errors.length > 0)
      throw new Error(`${file.path} does not parse: ${errors.join('; ')}`);
    return documents.flatMap((d, i) => keyPaths(d.toJS(), `${file.path}#${i}`));
  }
  if (file.path.endsWith('.tf') || file.path.endsWith('.tfvars')) {
    return keyPaths(await parseHcl(file.path, file.content), file.path);
  }
  return [file.path];
}

function keyPaths(value: unknown, at: string): string[] {
  if (Array.isArray(value))
    return [at, ...value.flatMap((v, i) => keyPaths(v, `${at}[${i}]`))];
  if (value && typeof value === 'object') {
    return [
      at,
      ...Object.entries(value).flatMap(([k, v]) =>
        keyPaths(v, `${at}.${JSON.stringify(k)}`),
      ),
    ];
  }
  return [at];
}

async function repositoryShape(
  request: Record<string, any>,
): Promise<string[]> {
  const result = validateClusterRequest(request, TEST_CONTEXT);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const shapes = await Promise.all(
    renderRepository(result.request).map(shapeOf),
  );
  // A client namespace names its folder (a validated DNS label): the shape
  // compares the folder's contents, not its name.
  return shapes
    .flat()
    .map(key =>
      key.replace(
        /^kubernetes\/clients\/[^/]+\//,
        'kubernetes/clients/<namespace>/',
      ),
    )
    .sort();
}

describe('hostile strings in every string field', () => {
  jest.setTimeout(240_000);
  const baselines = new Map<string, string[]>();

  beforeAll(async () => {
    for (const [path, benign] of STRING_FIELDS) {
      baselines.set(
        path,
        await repositoryShape(requestWithField(path, benign)),
      );
    }
  });

  it('are rejected naming the field, or rendered as values that change no structure', async () => {
    let rejected = 0;
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...STRING_FIELDS),
        hostileString,
        async ([path], value) => {
          // A blank optional field means "absent", tested on its own elsewhere.
          fc.pre(value !== '');
          const request = requestWithField(path, value);
          const result = validateClusterRequest(request, TEST_CONTEXT);
          if (!result.ok) {
            rejected++;
            const paths = result.problems.map(p => p.path);
            if (!paths.includes(path)) {
              throw new Error(
                `${JSON.stringify(
                  value,
                )} in ${path} was rejected as ${JSON.stringify(paths)}`,
              );
            }
            return;
          }
          rendered++;
          // Same keys, blocks and documents as with a benign value: the string
          // could only have landed in a value.
          expect(await repositoryShape(request)).toEqual(baselines.get(path));
        },
      ),
      {
        numRuns: Number(process.env.HOSTILE_RUNS ?? 3000),
        seed: Number(process.env.HOSTILE_SEED ?? Date.now() % 1e9),
      },
    );
    // Both outcomes must have happened, or the property tested nothing.
    expect(rejected).toBeGreaterThan(0);
    expect(rendered).toBeGreaterThan(0);
    // eslint-disable-next-line no-console
    console.log(
      `hostile strings: ${rejected} rejected naming the field, ${rendered} rendered safely`,
    );
  });

  it('keeps a hostile description as exactly one value in catalog-info.yaml and mkdocs.yml', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileString.filter(s => s.length > 0 && s.length <= 500),
        async description => {
          const result = validateClusterRequest(
            {
              name: 'orders',
              owner: 'team-a',
              description,
            },
            TEST_CONTEXT,
          );
          if (!result.ok) {
            const paths = result.problems.map(p => p.path);
            if (paths.join() !== 'description') {
              throw new Error(
                `rejected as ${JSON.stringify(paths)}, not description`,
              );
            }
            return;
          }
          const files = renderRepository(result.request);
          const catalogInfo = parseAllDocuments(
            files.find(f => f.path === 'catalog-info.yaml')!.content,
          );
          expect(catalogInfo).toHaveLength(1);
          expect(catalogInfo[0].toJS().metadata.description).toBe(description);
          const mkdocs = parseAllDocuments(
            files.find(f => f.path === 'mkdocs.yml')!.content,
          );
          expect(mkdocs[0].toJS().site_description).toBe(description);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
