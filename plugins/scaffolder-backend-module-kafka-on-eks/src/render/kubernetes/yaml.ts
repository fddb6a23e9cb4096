import { Document, parse, visit } from 'yaml';
import type { RenderedFile } from '../types';

/**
 * True when a plain scalar reads back as exactly this string under YAML 1.1
 * too. Kubernetes and Argo CD parse with a YAML 1.1 library, where `yes`,
 * `on`, `y`, `1_000` or `2001-12-14` are not strings. Multi-line text is
 * left to the library: it writes a block scalar, read literally by both.
 */
function readsBackUnderYaml11(value: string): boolean {
  if (value.includes('\n')) return true;
  try {
    return parse(value, { version: '1.1' }) === value;
  } catch {
    return false;
  }
}

/**
 * Serializes one object as YAML. Every value is a node of a built object,
 * never text spliced into YAML, so user text can only ever be a value; a
 * string YAML 1.1 would read as something else is double-quoted.
 */
export function toYaml(value: unknown): string {
  // No anchors and aliases for objects used twice: each reads in place.
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && !readsBackUnderYaml11(node.value)) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  // lineWidth 0: never fold long strings (goal lists, regexes).
  return doc.toString({ lineWidth: 0 });
}

/** A file of one or more YAML documents. */
export function yamlFile(path: string, documents: unknown[]): RenderedFile {
  return { path, content: documents.map(toYaml).join('---\n') };
}
