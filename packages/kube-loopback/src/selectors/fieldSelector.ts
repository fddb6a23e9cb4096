import { badRequest } from '../api/status';
import type { KubeObject } from '../api/types';
import type { ResourceType } from '../resources';

export interface FieldRequirement {
  field: string;
  operator: '=' | '!=';
  value: string;
}

/** Fields a real server lets you select on beyond metadata, per kind. */
const EXTRA_FIELDS: Record<string, string[]> = {
  Pod: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName',
  ],
  Namespace: ['status.phase'],
  Node: ['spec.unschedulable'],
  PersistentVolume: [],
  PersistentVolumeClaim: [],
};

export function selectableFields(type: ResourceType): string[] {
  return [
    'metadata.name',
    ...(type.namespaced ? ['metadata.namespace'] : []),
    ...(EXTRA_FIELDS[type.kind] ?? []),
  ];
}

/** Splits on a separator that is not escaped with a backslash. */
function splitUnescaped(input: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '\\' && i + 1 < input.length) {
      current += c + input[i + 1];
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

/**
 * Parses a field selector (`metadata.name=x,metadata.namespace!=y`); only the
 * fields the type supports are accepted, like the API server's
 * `field label not supported` error.
 */
export function parseFieldSelector(
  selector: string,
  type: ResourceType,
): FieldRequirement[] {
  if (!selector.trim()) return [];
  const allowed = selectableFields(type);
  return splitUnescaped(selector, ',').map(term => {
    const match = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/s.exec(term.trim());
    if (!match) {
      throw badRequest(
        `invalid selector: '${selector}'; can't understand '${term}'`,
      );
    }
    const [, field, op, value] = match;
    if (!allowed.includes(field)) {
      throw badRequest(`field label not supported: ${field}`);
    }
    return {
      field,
      operator: op === '!=' ? '!=' : '=',
      value: unescape(value),
    };
  });
}

function fieldValue(obj: KubeObject, field: string): string {
  let value: unknown = obj;
  for (const part of field.split('.')) {
    value =
      value && typeof value === 'object'
        ? (value as Record<string, unknown>)[part]
        : undefined;
  }
  return value === undefined || value === null ? '' : String(value);
}

export function matchesFields(
  requirements: FieldRequirement[],
  obj: KubeObject,
): boolean {
  return requirements.every(r =>
    r.operator === '='
      ? fieldValue(obj, r.field) === r.value
      : fieldValue(obj, r.field) !== r.value,
  );
}
