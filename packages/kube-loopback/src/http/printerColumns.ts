import type { KubeObject } from '../api/types';
import { isRecord } from '../api/types';

/**
 * The columns `kubectl get` shows per kind, as the API server's printers
 * define them: Strimzi's from the CRDs' additionalPrinterColumns, the
 * built-in kinds' from Kubernetes' own printers.
 */

export interface PrinterColumn {
  name: string;
  type: 'string' | 'integer' | 'date' | 'boolean';
  description: string;
  /** 0 in the default output, 1 only with `-o wide`. */
  priority: number;
  cell: (obj: KubeObject, now: Date) => unknown;
}

/** kubernetes apimachinery's duration.HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0
      ? `${Math.floor(hours / 24)}d`
      : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const days = Math.floor(hours / 24) % 365;
    const years = Math.floor(hours / 24 / 365);
    return days === 0 ? `${years}y` : `${years}y${days}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

function age(obj: KubeObject, now: Date): string {
  const created = Date.parse(obj.metadata.creationTimestamp ?? '');
  return Number.isNaN(created)
    ? '<unknown>'
    : humanDuration(now.getTime() - created);
}

function get(obj: unknown, path: string[]): unknown {
  let value = obj;
  for (const part of path) value = isRecord(value) ? value[part] : undefined;
  return value;
}

/**
 * The JSONPath forms Strimzi's columns use: `.a.b`, escaped dots
 * (`strimzi\.io/cluster`), `[?(@.type=="Ready")]` and `[*]`.
 */
export function jsonPath(obj: unknown, expression: string): unknown {
  const steps =
    expression.match(/\[\?\(@\.\w+=="[^"]*"\)\]|\[\*\]|\.(?:\\\.|[^.[])+/g) ??
    [];
  let values: unknown[] = [obj];
  for (const step of steps) {
    const filter = /^\[\?\(@\.(\w+)=="([^"]*)"\)\]$/.exec(step);
    if (filter) {
      values = values
        .flatMap(v => (Array.isArray(v) ? v : []))
        .filter(v => isRecord(v) && v[filter[1]] === filter[2]);
    } else if (step === '[*]') {
      values = values.flatMap(v => (Array.isArray(v) ? v : []));
    } else {
      const key = step.slice(1).replace(/\\\./g, '.');
      values = values
        .map(v => (isRecord(v) ? v[key] : undefined))
        .filter(v => v !== undefined);
    }
  }
  return values[0];
}

function customColumn(
  name: string,
  type: PrinterColumn['type'],
  description: string,
  path: string,
): PrinterColumn {
  return {
    name,
    type,
    description,
    priority: 0,
    cell: obj => {
      const value = jsonPath(obj, path);
      if (value === undefined || value === null) return null;
      if (type === 'string' && typeof value !== 'string')
        return JSON.stringify(value);
      return value;
    },
  };
}

const NAME: PrinterColumn = {
  name: 'Name',
  type: 'string',
  description: 'Name must be unique within a namespace.',
  priority: 0,
  cell: obj => obj.metadata.name,
};
const AGE: PrinterColumn = {
  name: 'Age',
  type: 'date',
  description:
    'CreationTimestamp is a timestamp representing the server time when this object was created.',
  priority: 0,
  cell: age,
};

const READY_CONDITION = '.status.conditions[?(@.type=="Ready")].status';
const STRIMZI_COLUMNS: Record<string, PrinterColumn[]> = {
  Kafka: [
    customColumn(
      'Ready',
      'string',
      'The state of the custom resource',
      READY_CONDITION,
    ),
    customColumn(
      'Warnings',
      'string',
      'Warnings related to the custom resource',
      '.status.conditions[?(@.type=="Warning")].status',
    ),
    customColumn(
      'Kafka version',
      'string',
      'The Kafka version used by the cluster',
      '.status.kafkaVersion',
    ),
    customColumn(
      'Metadata version',
      'string',
      'The Kafka metadata version used by the cluster',
      '.status.kafkaMetadataVersion',
    ),
  ],
  KafkaNodePool: [
    customColumn(
      'Desired replicas',
      'integer',
      'The desired number of replicas',
      '.spec.replicas',
    ),
    customColumn(
      'Roles',
      'string',
      'Roles of the nodes in the pool',
      '.status.roles',
    ),
    customColumn(
      'NodeIds',
      'string',
      'Node IDs used by Kafka nodes in this pool',
      '.status.nodeIds',
    ),
  ],
  KafkaTopic: [
    customColumn(
      'Cluster',
      'string',
      'The name of the Kafka cluster this topic belongs to',
      '.metadata.labels.strimzi\\.io/cluster',
    ),
    customColumn(
      'Partitions',
      'integer',
      'The desired number of partitions in the topic',
      '.spec.partitions',
    ),
    customColumn(
      'Replication factor',
      'integer',
      'The desired number of replicas of each partition',
      '.spec.replicas',
    ),
    customColumn(
      'Ready',
      'string',
      'The state of the custom resource',
      READY_CONDITION,
    ),
  ],
  KafkaRebalance: [
    customColumn(
      'Cluster',
      'string',
      'The name of the Kafka cluster this resource rebalances',
      '.metadata.labels.strimzi\\.io/cluster',
    ),
    customColumn(
      'Template',
      'string',
      'If this rebalance resource is a template',
      '.metadata.annotations.strimzi\\.io/rebalance-template',
    ),
    customColumn(
      'Status',
      'string',
      'Status of the current rebalancing operation',
      '.status.conditions[*].type',
    ),
  ],
  KafkaUser: [
    customColumn(
      'Cluster',
      'string',
      'The name of the Kafka cluster this user belongs to',
      '.metadata.labels.strimzi\\.io/cluster',
    ),
    customColumn(
      'Authentication',
      'string',
      'How the user is authenticated',
      '.spec.authentication.type',
    ),
    customColumn(
      'Authorization',
      'string',
      'How the user is authorised',
      '.spec.authorization.type',
    ),
    customColumn(
      'Ready',
      'string',
      'The state of the custom resource',
      READY_CONDITION,
    ),
  ],
};

const column = (
  name: string,
  cell: PrinterColumn['cell'],
  priority = 0,
  type: PrinterColumn['type'] = 'string',
): PrinterColumn => ({ name, type, description: name, priority, cell });

const ACCESS_MODES: Record<string, string> = {
  ReadWriteOnce: 'RWO',
  ReadOnlyMany: 'ROX',
  ReadWriteMany: 'RWX',
  ReadWriteOncePod: 'RWOP',
};
const accessModes = (modes: unknown) =>
  Array.isArray(modes) ? modes.map(m => ACCESS_MODES[m] ?? m).join(',') : '';
const orUnset = (value: unknown) => (value ? String(value) : '<unset>');

function podColumns(): PrinterColumn[] {
  const containers = (p: KubeObject): any[] =>
    (get(p, ['status', 'containerStatuses']) as any[]) ?? [];
  const total = (p: KubeObject) =>
    ((get(p, ['spec', 'containers']) as unknown[]) ?? []).length;
  return [
    column(
      'Ready',
      p => `${containers(p).filter(c => c.ready).length}/${total(p)}`,
    ),
    column('Status', p => {
      const waiting = containers(p).find(c => c.state?.waiting?.reason);
      if (p.metadata.deletionTimestamp) return 'Terminating';
      return (
        waiting?.state.waiting.reason ??
        get(p, ['status', 'phase']) ??
        'Unknown'
      );
    }),
    column('Restarts', (p, now) => {
      const restarts = containers(p).reduce(
        (n, c) => n + (c.restartCount ?? 0),
        0,
      );
      const last = containers(p)
        .map(c => Date.parse(c.lastState?.terminated?.finishedAt ?? ''))
        .filter(t => !Number.isNaN(t))
        .sort()
        .pop();
      return last
        ? `${restarts} (${humanDuration(now.getTime() - last)} ago)`
        : String(restarts);
    }),
    AGE,
    column('IP', p => get(p, ['status', 'podIP']) ?? '<none>', 1),
    column('Node', p => get(p, ['spec', 'nodeName']) ?? '<none>', 1),
    column(
      'Nominated Node',
      p => get(p, ['status', 'nominatedNodeName']) ?? '<none>',
      1,
    ),
    column('Readiness Gates', () => '<none>', 1),
  ];
}

/** Kubernetes' node printer: readiness plus SchedulingDisabled, roles from `node-role.kubernetes.io/<role>` labels. */
function nodeColumns(): PrinterColumn[] {
  const address = (type: string) => (o: KubeObject) =>
    ((get(o, ['status', 'addresses']) as any[]) ?? []).find(
      a => a?.type === type,
    )?.address ?? '<none>';
  const info = (field: string) => (o: KubeObject) =>
    get(o, ['status', 'nodeInfo', field]) ?? '';
  return [
    column('Status', o => {
      const ready = ((get(o, ['status', 'conditions']) as any[]) ?? []).find(
        c => c?.type === 'Ready',
      );
      const state =
        { True: 'Ready', False: 'NotReady' }[ready?.status as string] ??
        'Unknown';
      return get(o, ['spec', 'unschedulable']) === true
        ? `${state},SchedulingDisabled`
        : state;
    }),
    column('Roles', o => {
      const roles = Object.keys(o.metadata.labels ?? {})
        .filter(k => k.startsWith('node-role.kubernetes.io/'))
        .map(k => k.slice('node-role.kubernetes.io/'.length))
        .filter(Boolean);
      const legacy = o.metadata.labels?.['kubernetes.io/role'];
      if (legacy) roles.push(legacy);
      return roles.length ? roles.sort().join(',') : '<none>';
    }),
    AGE,
    column('Version', info('kubeletVersion')),
    column('Internal-IP', address('InternalIP'), 1),
    column('External-IP', address('ExternalIP'), 1),
    column('OS-Image', info('osImage'), 1),
    column('Kernel-Version', info('kernelVersion'), 1),
    column('Container-Runtime', info('containerRuntimeVersion'), 1),
  ];
}

const BUILT_IN_COLUMNS: Record<string, () => PrinterColumn[]> = {
  Namespace: () => [column('Status', o => get(o, ['status', 'phase'])), AGE],
  Node: nodeColumns,
  Pod: podColumns,
  PersistentVolumeClaim: () => [
    column('Status', o =>
      o.metadata.deletionTimestamp
        ? 'Terminating'
        : get(o, ['status', 'phase']),
    ),
    column('Volume', o => get(o, ['spec', 'volumeName']) ?? ''),
    column('Capacity', o => get(o, ['status', 'capacity', 'storage']) ?? ''),
    column('Access Modes', o => accessModes(get(o, ['status', 'accessModes']))),
    column('StorageClass', o => get(o, ['spec', 'storageClassName']) ?? ''),
    column('VolumeAttributesClass', o =>
      orUnset(get(o, ['spec', 'volumeAttributesClassName'])),
    ),
    AGE,
    column('VolumeMode', o => get(o, ['spec', 'volumeMode']) ?? '', 1),
  ],
  PersistentVolume: () => [
    column('Capacity', o => get(o, ['spec', 'capacity', 'storage']) ?? ''),
    column('Access Modes', o => accessModes(get(o, ['spec', 'accessModes']))),
    column('Reclaim Policy', o =>
      get(o, ['spec', 'persistentVolumeReclaimPolicy']),
    ),
    column('Status', o => get(o, ['status', 'phase'])),
    column('Claim', o => {
      const ref = get(o, ['spec', 'claimRef']) as
        | { namespace?: string; name?: string }
        | undefined;
      return ref?.name ? `${ref.namespace}/${ref.name}` : '';
    }),
    column('StorageClass', o => get(o, ['spec', 'storageClassName']) ?? ''),
    column('VolumeAttributesClass', o =>
      orUnset(get(o, ['spec', 'volumeAttributesClassName'])),
    ),
    column('Reason', o => get(o, ['status', 'reason']) ?? ''),
    AGE,
    column('VolumeMode', o => get(o, ['spec', 'volumeMode']) ?? '', 1),
  ],
  StorageClass: () => [
    column('Provisioner', o => o.provisioner),
    column('ReclaimPolicy', o => o.reclaimPolicy ?? 'Delete'),
    column('VolumeBindingMode', o => o.volumeBindingMode ?? 'Immediate'),
    column(
      'AllowVolumeExpansion',
      o => o.allowVolumeExpansion === true,
      0,
      'boolean',
    ),
    AGE,
  ],
  VolumeAttributesClass: () => [column('DriverName', o => o.driverName), AGE],
};

export function printerColumns(kind: string): PrinterColumn[] {
  const strimzi = STRIMZI_COLUMNS[kind];
  if (strimzi) return [NAME, ...strimzi, AGE];
  const name: PrinterColumn =
    kind === 'StorageClass'
      ? {
          ...NAME,
          // The default class is marked in its name cell.
          cell: o =>
            o.metadata.annotations?.[
              'storageclass.kubernetes.io/is-default-class'
            ] === 'true'
              ? `${o.metadata.name} (default)`
              : o.metadata.name,
        }
      : NAME;
  return [name, ...(BUILT_IN_COLUMNS[kind]?.() ?? [AGE])];
}
