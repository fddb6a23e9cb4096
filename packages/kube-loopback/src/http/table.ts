import type { KubeObject } from '../api/types';
import { apiVersionOf, type ResourceType } from '../resources';
import { printerColumns } from './printerColumns';

/**
 * Server-side printing: `kubectl get` asks for `as=Table` and prints the
 * columns the server chooses. Clients asking for plain JSON never see this.
 */

export type TableVersion = 'v1' | 'v1beta1';
export type IncludeObject = 'None' | 'Metadata' | 'Object';

/** The Table version an Accept header prefers over plain JSON, if any. */
export function negotiateTable(
  accept: string | undefined,
): TableVersion | undefined {
  for (const range of (accept ?? '').split(',')) {
    const [mediaType, ...paramParts] = range.split(';').map(p => p.trim());
    const params = Object.fromEntries(
      paramParts.map(p => p.split('=').map(s => s.trim())),
    );
    if (
      params.as === 'Table' &&
      params.g === 'meta.k8s.io' &&
      mediaType === 'application/json'
    ) {
      if (params.v === 'v1' || params.v === 'v1beta1') return params.v;
    } else if (!params.as) {
      return undefined;
    }
  }
  return undefined;
}

export function parseIncludeObject(value: string | null): IncludeObject {
  return value === 'None' || value === 'Object' ? value : 'Metadata';
}

export interface TableOptions {
  version: TableVersion;
  includeObject: IncludeObject;
  /** Watch events after the first carry no column definitions. */
  withColumns?: boolean;
  listMetadata?: Record<string, unknown>;
  now?: Date;
}

export function toTable(
  type: ResourceType,
  objects: KubeObject[],
  options: TableOptions,
): object {
  const columns = printerColumns(type.kind);
  const now = options.now ?? new Date();
  const rowObject = (obj: KubeObject) => {
    if (options.includeObject === 'None') return undefined;
    if (options.includeObject === 'Object') {
      return { ...obj, apiVersion: apiVersionOf(type), kind: type.kind };
    }
    return {
      kind: 'PartialObjectMetadata',
      apiVersion: `meta.k8s.io/${options.version}`,
      metadata: obj.metadata,
    };
  };
  return {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${options.version}`,
    metadata: options.listMetadata ?? {
      resourceVersion: objects[0]?.metadata.resourceVersion ?? '',
    },
    columnDefinitions:
      options.withColumns === false
        ? null
        : columns.map(c => ({
            name: c.name,
            type: c.type,
            format: c.name === 'Name' ? 'name' : '',
            description: c.description,
            priority: c.priority,
          })),
    rows: objects.map(obj => {
      const object = rowObject(obj);
      return {
        cells: columns.map(c => c.cell(obj, now)),
        ...(object ? { object } : {}),
      };
    }),
  };
}
