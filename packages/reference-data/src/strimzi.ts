import Ajv, { type ValidateFunction } from 'ajv';
import fs from 'node:fs';
import { parse, parseAllDocuments } from 'yaml';
import { readReference, referencePath } from './referencePath';

const STRIMZI = 'strimzi-1.2.0';

/** One entry of Strimzi's kafka-versions.yaml. */
export interface StrimziKafkaVersion {
  version: string;
  metadata: string;
  supported: boolean;
  default: boolean;
}

/** The Kafka versions file of the Strimzi release. */
export function strimziKafkaVersions(): StrimziKafkaVersion[] {
  return parse(readReference(`${STRIMZI}/kafka-versions.yaml`));
}

/** The operator Helm chart's values.yaml. */
export function strimziHelmValues(): Record<string, unknown> {
  return parse(readReference(`${STRIMZI}/helm-chart-values.yaml`));
}

type Crd = {
  spec: {
    names: { kind: string };
    versions: Array<{
      name: string;
      served: boolean;
      schema: { openAPIV3Schema: object };
    }>;
  };
};

function strimziCrds(): Crd[] {
  const dir = referencePath(`${STRIMZI}/crds`);
  return fs
    .readdirSync(dir)
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      parseAllDocuments(fs.readFileSync(`${dir}/${file}`, 'utf8')).map(
        doc => doc.toJS() as Crd,
      ),
    )
    .filter(crd => crd?.spec?.names?.kind);
}

/** The `openAPIV3Schema` of one Strimzi kind at one API version (default `v1`). */
export function strimziCrdSchema(kind: string, version = 'v1'): object {
  const crd = strimziCrds().find(c => c.spec.names.kind === kind);
  if (!crd)
    throw new Error(
      `No Strimzi CRD of kind ${kind} in ../shared/reference/${STRIMZI}/crds`,
    );
  const served = crd.spec.versions.find(v => v.name === version);
  if (!served) throw new Error(`The ${kind} CRD does not serve ${version}`);
  return served.schema.openAPIV3Schema;
}

/** The API versions a Strimzi CRD serves. */
export function strimziServedVersions(kind: string): string[] {
  const crd = strimziCrds().find(c => c.spec.names.kind === kind);
  return crd ? crd.spec.versions.filter(v => v.served).map(v => v.name) : [];
}

/**
 * Validates Strimzi documents against their CRD's v1 schema. Returns the
 * problems as `kind/name: path message` lines; empty when valid.
 */
export function createStrimziValidator(): (document: any) => string[] {
  // CRD schemas carry x-kubernetes-* keywords that plain JSON Schema lacks.
  const ajv = new Ajv({ allErrors: true, strict: false });
  const cache = new Map<string, ValidateFunction>();
  return document => {
    const kind = document?.kind;
    if (typeof kind !== 'string') return ['document has no kind'];
    if (document.apiVersion !== 'kafka.strimzi.io/v1') {
      return [
        `${kind}: apiVersion is ${document.apiVersion}, expected kafka.strimzi.io/v1`,
      ];
    }
    let validate = cache.get(kind);
    if (!validate) {
      validate = ajv.compile(strimziCrdSchema(kind));
      cache.set(kind, validate);
    }
    if (validate(document)) return [];
    return (validate.errors ?? []).map(
      e =>
        `${kind}/${document.metadata?.name}: ${e.instancePath || '/'} ${
          e.message
        } ${JSON.stringify(e.params)}`,
    );
  };
}
