import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { isRecord } from '../api/types';

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/i.test(entry.name) ? [full] : [];
  });
}

/**
 * Every object in the `*.yaml` / `*.yml` files under `dir` (subfolders too),
 * files sorted by path, documents in file order. `kind: List` documents are
 * unpacked. Throws naming the file (and document) on bad YAML or an object
 * without apiVersion, kind or metadata.name.
 */
export function loadSeedDirectory(dir: string): object[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new Error(`seed directory ${dir} does not exist`);
  }
  if (!stat.isDirectory()) {
    throw new Error(`seed directory ${dir} is not a directory`);
  }
  const files = yamlFiles(dir).sort();
  if (!files.length) {
    throw new Error(`seed directory ${dir} holds no .yaml or .yml files`);
  }
  return files.flatMap(file => {
    const where = path.relative(process.cwd(), file) || file;
    const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'));
    const list = Array.isArray(docs) ? docs : [docs];
    return list.flatMap((doc, index) => {
      if (doc.errors.length) {
        throw new Error(
          `${where}: invalid YAML in document ${index + 1}: ${
            doc.errors[0].message
          }`,
        );
      }
      const value = doc.toJS();
      if (value === null || value === undefined) return [];
      const items =
        isRecord(value) && value.kind === 'List' && Array.isArray(value.items)
          ? value.items
          : [value];
      return items.map((obj: unknown, itemIndex: number) => {
        const label = `${where} document ${index + 1}${
          items.length > 1 ? ` item ${itemIndex + 1}` : ''
        }`;
        if (!isRecord(obj)) throw new Error(`${label}: not a mapping`);
        const missing = [
          typeof obj.apiVersion === 'string' ? undefined : 'apiVersion',
          typeof obj.kind === 'string' ? undefined : 'kind',
          isRecord(obj.metadata) && typeof obj.metadata.name === 'string'
            ? undefined
            : 'metadata.name',
        ].filter(Boolean);
        if (missing.length) {
          throw new Error(`${label}: missing ${missing.join(', ')}`);
        }
        return obj as object;
      });
    });
  });
}
