import { clone } from '../api/json';
import { isRecord } from '../api/types';

/** RFC 7386 JSON merge patch: maps merge, `null` removes, everything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return clone(patch);
  const result: Record<string, unknown> = isRecord(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/**
 * Strategic merge patch, approximated as a merge patch: the `$patch`,
 * `$retainKeys`, `$setElementOrder/...` and `$deleteFromPrimitiveList/...`
 * directives kubectl sends are dropped, and lists are replaced instead of
 * merged by key.
 */
export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  return mergePatch(target, withoutDirectives(patch));
}

function withoutDirectives(patch: unknown): unknown {
  if (Array.isArray(patch)) return patch.map(withoutDirectives);
  if (!isRecord(patch)) return patch;
  return Object.fromEntries(
    Object.entries(patch)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, value]) => [key, withoutDirectives(value)]),
  );
}

/**
 * Server-side apply as a field merge: the applied configuration's maps merge
 * into the live object and its lists and scalars replace. No field ownership
 * is tracked, so fields a manager stops applying are kept.
 */
export function serverSideApply(live: unknown, applied: unknown): unknown {
  if (!isRecord(applied)) return clone(applied);
  const result: Record<string, unknown> = isRecord(live) ? clone(live) : {};
  for (const [key, value] of Object.entries(applied)) {
    result[key] = serverSideApply(result[key], value);
  }
  return result;
}

export class JsonPatchError extends Error {}

/** The path as the patch wrote it (the document is wrapped under /root). */
const shown = (path: string) => path.replace(/^\/root/, '');

type JsonPatchOperation = {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: unknown;
};

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) {
    throw new JsonPatchError(`invalid JSON pointer "${path}"`);
  }
  return path
    .slice(1)
    .split('/')
    .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The child of an array or object at a pointer segment. */
function child(node: unknown, part: string): unknown {
  if (Array.isArray(node)) return node[Number(part)];
  return isRecord(node) ? node[part] : undefined;
}

function parentOf(root: unknown, parts: string[], path: string) {
  let node = root;
  for (const part of parts.slice(0, -1)) {
    node = child(node, part);
    if (node === undefined) {
      throw new JsonPatchError(`doc is missing path: "${shown(path)}"`);
    }
  }
  return node;
}

function read(root: unknown, path: string): unknown {
  const parts = pointer(path);
  if (!parts.length) return root;
  const parent = parentOf(root, parts, path);
  const last = parts[parts.length - 1];
  const value = child(parent, last);
  if (value === undefined) {
    throw new JsonPatchError(`doc is missing path: "${shown(path)}"`);
  }
  return value;
}

function write(
  root: unknown,
  path: string,
  value: unknown,
  mode: 'add' | 'replace' | 'remove',
): void {
  const parts = pointer(path);
  const parent = parentOf(root, parts, path);
  const last = parts[parts.length - 1];
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) {
      throw new JsonPatchError(`invalid index in path: "${shown(path)}"`);
    }
    if (mode === 'add') parent.splice(index, 0, value);
    else if (index >= parent.length) {
      throw new JsonPatchError(`doc is missing path: "${shown(path)}"`);
    } else if (mode === 'replace') parent[index] = value;
    else parent.splice(index, 1);
  } else if (isRecord(parent)) {
    if (mode !== 'add' && !(last in parent)) {
      throw new JsonPatchError(`doc is missing path: "${shown(path)}"`);
    }
    if (mode === 'remove') delete parent[last];
    else parent[last] = value;
  } else {
    throw new JsonPatchError(`doc is missing path: "${shown(path)}"`);
  }
}

/** RFC 6902 JSON patch (`kubectl patch --type json`). */
export function jsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) {
    throw new JsonPatchError('a JSON patch must be an array of operations');
  }
  const doc = { root: clone(target) } as Record<string, unknown>;
  for (const raw of operations as JsonPatchOperation[]) {
    const path = `/root${raw.path ?? ''}`;
    switch (raw.op) {
      case 'add':
      case 'replace':
        write(doc, path, clone(raw.value), raw.op);
        break;
      case 'remove':
        write(doc, path, undefined, 'remove');
        break;
      case 'move':
      case 'copy': {
        const from = `/root${raw.from ?? ''}`;
        const value = clone(read(doc, from));
        if (raw.op === 'move') write(doc, from, undefined, 'remove');
        write(doc, path, value, 'add');
        break;
      }
      case 'test':
        if (JSON.stringify(read(doc, path)) !== JSON.stringify(raw.value)) {
          throw new JsonPatchError(`testing value ${raw.path} failed`);
        }
        break;
      default:
        throw new JsonPatchError(`Unexpected kind: ${String(raw.op)}`);
    }
  }
  return doc.root;
}
