import { parseAllDocuments } from 'yaml';
import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { RenderedFile } from '../../types';
import { renderKubernetes } from '../index';

export interface ParsedDocument {
  path: string;
  // Parsed YAML: tests reach into it freely.
  value: any;
}

/** Every document of every file; throws on a YAML error, naming the file. */
export function parseFiles(files: RenderedFile[]): ParsedDocument[] {
  return files.flatMap(file =>
    parseAllDocuments(file.content).map(doc => {
      if (doc.errors.length > 0) {
        throw new Error(
          `${file.path}: ${doc.errors.map(e => e.message).join('; ')}`,
        );
      }
      return { path: file.path, value: doc.toJS() };
    }),
  );
}

/** Renders and parses in one step. */
export function renderDocuments(
  request: KafkaClusterRequest,
): ParsedDocument[] {
  return parseFiles(renderKubernetes(request));
}

export function documentsOfKind(
  documents: ParsedDocument[],
  kind: string,
): any[] {
  return documents.filter(d => d.value?.kind === kind).map(d => d.value);
}

/** The one document of a kind (and name); throws if there is not exactly one. */
export function onlyDocument(
  documents: ParsedDocument[],
  kind: string,
  name?: string,
): any {
  const found = documentsOfKind(documents, kind).filter(
    d => name === undefined || d.metadata?.name === name,
  );
  if (found.length !== 1) {
    throw new Error(
      `expected one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`,
    );
  }
  return found[0];
}

/**
 * Fields the CRD schema does not declare. The Strimzi schemas have no
 * `additionalProperties: false`, so a JSON Schema validator accepts any
 * unknown key; Kubernetes would silently drop it. This walks the schema
 * instead, stopping where it preserves unknown fields (`config`, ...).
 */
export function unknownFields(
  value: unknown,
  schema: any,
  path = '',
): string[] {
  if (!schema || schema['x-kubernetes-preserve-unknown-fields']) return [];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) =>
      unknownFields(item, schema.items, `${path}[${i}]`),
    );
  }
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  if (schema.properties) {
    return entries.flatMap(([key, child]) =>
      Object.hasOwn(schema.properties, key)
        ? unknownFields(child, schema.properties[key], `${path}.${key}`)
        : [`${path}.${key}`],
    );
  }
  if (typeof schema.additionalProperties === 'object') {
    return entries.flatMap(([key, child]) =>
      unknownFields(child, schema.additionalProperties, `${path}.${key}`),
    );
  }
  return [];
}
