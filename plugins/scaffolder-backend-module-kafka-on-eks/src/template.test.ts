import {
  clusterRequestSchema,
  EBS_LIMITS,
  validateClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Ajv from 'ajv';
import { strimziKafkaVersions } from '@internal/reference-data';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { TEST_CONTEXT } from './render/__fixtures__/requests';

// The template's form must show the same rules the action enforces.
const template = parse(
  fs.readFileSync(
    path.resolve(__dirname, '../../../templates/kafka-on-eks/template.yaml'),
    'utf8',
  ),
);
const RULE_KEYWORDS = [
  'type',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'maxItems',
  'minItems',
  'pattern',
  'default',
] as const;

type Schema = Record<string, any>;

/** Every field of the form, pages merged, including fields behind dependencies. */
function formProperties(): Record<string, Schema> {
  const properties: Record<string, Schema> = {};
  for (const page of template.spec.parameters) {
    Object.assign(properties, page.properties);
    for (const dependency of Object.values<Schema>(page.dependencies ?? {})) {
      for (const branch of dependency.oneOf ?? []) {
        for (const [name, field] of Object.entries<Schema>(
          branch.properties ?? {},
        )) {
          if (!('const' in field)) properties[name] = field;
        }
      }
    }
  }
  return properties;
}

function rulesOf(schema: Schema): Record<string, unknown> {
  return Object.fromEntries(
    RULE_KEYWORDS.filter(k => k in schema).map(k => [k, schema[k]]),
  );
}

/** Compares two schemas' rules field by field, into objects and array items. */
function differences(form: Schema, request: Schema, at: string): string[] {
  const found: string[] = [];
  const formRules = rulesOf(form);
  const requestRules = rulesOf(request);
  if (request.type === 'object') {
    // Nested objects: the form may leave out the {} default.
    delete requestRules.default;
  }
  if (JSON.stringify(formRules) !== JSON.stringify(requestRules)) {
    found.push(
      `${at}: form ${JSON.stringify(formRules)} != request ${JSON.stringify(
        requestRules,
      )}`,
    );
  }
  if (request.properties) {
    const names = new Set([
      ...Object.keys(request.properties),
      ...Object.keys(form.properties ?? {}),
    ]);
    for (const name of names) {
      if (!form.properties?.[name])
        found.push(`${at}.${name}: missing from the form`);
      else if (!request.properties[name])
        found.push(`${at}.${name}: not in the request schema`);
      else
        found.push(
          ...differences(
            form.properties[name],
            request.properties[name],
            `${at}.${name}`,
          ),
        );
    }
  }
  if (request.items) {
    found.push(...differences(form.items, request.items, `${at}[]`));
    expect(form.items.required ?? []).toEqual(request.items.required ?? []);
  }
  return found;
}

// Fields only day-2 changes set: a new cluster runs its Kafka version's
// metadata version and has nodes for exactly its brokers.
function createTimeSchema(): Schema {
  const schema = structuredClone(clusterRequestSchema) as unknown as Schema;
  delete schema.properties.metadataVersion;
  delete schema.properties.brokers.properties.nodeCapacity;
  return schema;
}

describe('templates/kafka-on-eks/template.yaml', () => {
  const form = formProperties();
  const request = createTimeSchema();

  it('offers every field of the request, with the same rules as the validator', () => {
    const problems = Object.keys(request.properties).flatMap(name =>
      form[name]
        ? differences(form[name], request.properties[name], name)
        : [`${name}: missing from the form`],
    );
    expect(problems).toEqual([]);
  });

  it('requires what the request requires', () => {
    const required = template.spec.parameters.flatMap(
      (page: Schema) => page.required ?? [],
    );
    for (const name of request.required) {
      expect(required).toContain(name);
    }
  });

  it("offers exactly the Kafka versions Strimzi 1.2.0 supports, defaulting to the operator's", () => {
    const upstream = strimziKafkaVersions();
    expect(form.kafkaVersion.enum).toEqual(
      upstream.filter(v => v.supported).map(v => String(v.version)),
    );
    expect(form.kafkaVersion.default).toBe(
      String(upstream.find(v => v.default)!.version),
    );
  });

  it('passes every request field from the form to kafka-on-eks:generate', () => {
    const generate = template.spec.steps.find(
      (s: Schema) => s.action === 'kafka-on-eks:generate',
    );
    for (const name of Object.keys(request.properties)) {
      if (name === 'repoUrl') continue;
      expect(generate.input[name]).toBe(`\${{ parameters.${name} }}`);
    }
    // Only a GitHub repository is named: a local publish has none.
    expect(generate.input.repoUrl).toBe(
      "${{ parameters.repoUrl if parameters.publishTo !== 'local' }}",
    );
  });

  it('publishes to GitHub unless asked for a local repository, and registers the result', () => {
    const actions = template.spec.steps.map((s: Schema) => [s.action, s.if]);
    expect(actions).toEqual([
      ['kafka-on-eks:generate', undefined],
      ['publish:github', "${{ parameters.publishTo !== 'local' }}"],
      ['catalog:register', "${{ parameters.publishTo !== 'local' }}"],
      ['kafka-on-eks:publish-local', "${{ parameters.publishTo === 'local' }}"],
    ]);
    expect(form.repoUrl['ui:field']).toBe('RepoUrlPicker');
  });

  it('keeps publishTo optional, so the documented API parameters alone are enough', () => {
    const required = template.spec.parameters.flatMap(
      (page: Schema) => page.required ?? [],
    );
    expect(required).not.toContain('publishTo');
    const publish = template.spec.steps.find(
      (s: Schema) => s.action === 'publish:github',
    );
    expect(publish.input.repoVisibility).toBe('private');
    expect(publish.input.defaultBranch).toBe(
      "${{ parameters.gitopsRevision or 'main' }}",
    );
  });

  it('says in the form what two zones give up', () => {
    expect(form.zones.enumNames[0]).toContain(
      'a zone outage stops the cluster',
    );
    expect(form.zones['ui:help']).toContain('loses the quorum');
  });

  it("rejects st1 sizes outside st1's limits while typing, as the action does", () => {
    // The form validates with ajv, as the scaffolder's form does.
    const ajv = new Ajv({ strict: false, allErrors: true });
    const formAccepts = ajv.compile(form.brokers);
    const actionAccepts = (brokers: object) =>
      validateClusterRequest(
        {
          name: 'sizes',
          owner: 'group:default/team-a',
          brokers,
        },
        TEST_CONTEXT,
      ).ok;
    const cases = [
      { storageClass: 'st1', volumeSizeGi: EBS_LIMITS.st1.minSizeGi - 1 },
      { storageClass: 'st1', volumeSizeGi: EBS_LIMITS.st1.minSizeGi },
      { storageClass: 'st1', volumeSizeGi: EBS_LIMITS.st1.maxSizeGi },
      { storageClass: 'st1', volumeSizeGi: EBS_LIMITS.st1.maxSizeGi + 1 },
      { storageClass: 'gp3', volumeSizeGi: EBS_LIMITS.st1.minSizeGi - 1 },
      { storageClass: 'gp3', volumeSizeGi: EBS_LIMITS.st1.maxSizeGi + 1 },
    ];
    const verdicts = cases.map(brokers => [
      formAccepts(brokers),
      actionAccepts(brokers),
    ]);
    expect(verdicts).toEqual([
      [false, false],
      [true, true],
      [true, true],
      [false, false],
      [true, true],
      [true, true],
    ]);
  });
});
