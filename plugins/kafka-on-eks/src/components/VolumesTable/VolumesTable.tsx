import { useMemo, type ReactNode } from 'react';
import {
  Link,
  StatusError,
  StatusWarning,
  Table,
  type TableColumn,
} from '@backstage/core-components';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import {
  VOLUME_NEARLY_FULL_PERCENT,
  type KafkaVolumeUsageMetrics,
  type KafkaVolumeView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { formatBytes } from '../../format';
import {
  ebsConsoleUrlOf,
  iopsOf,
  lifecycleOf,
  throughputOf,
  type EbsPerformanceFact,
} from './volumeFacts';
import { usePagedTableOptions } from '../pagedTableOptions';

/** A volume with its fill and forecast from the metrics, when known. */
type VolumeRow = KafkaVolumeView & {
  id: string;
  usage?: KafkaVolumeUsageMetrics;
};

function Caption(props: { children: ReactNode }) {
  return (
    <Typography variant="caption" component="div" color="textSecondary">
      {props.children}
    </Typography>
  );
}

function PerformanceCell(props: { fact: EbsPerformanceFact; unit?: string }) {
  const { fact, unit = '' } = props;
  return (
    <div>
      {fact.text === '—' ? fact.text : `${fact.text}${unit}`}
      {fact.baseline && (
        <Typography variant="caption" color="textSecondary">
          {' '}
          (baseline)
        </Typography>
      )}
    </div>
  );
}

function SizeCell(props: { volume: KafkaVolumeView }) {
  const { volume } = props;
  const requested = volume.requested?.quantity;
  const actual = volume.capacity?.quantity;
  const differs =
    requested !== undefined && actual !== undefined && requested !== actual;
  return (
    <>
      <div>
        {differs ? `${requested} requested` : requested ?? actual ?? '—'}
      </div>
      {differs && <div>{actual} now</div>}
      {volume.resizePending && <StatusWarning>resize pending</StatusWarning>}
      {volume.modifyVolumeStatus && (
        <Caption>modify: {volume.modifyVolumeStatus}</Caption>
      )}
      {volume.resizeError && <StatusError>{volume.resizeError}</StatusError>}
    </>
  );
}

function EbsVolumeCell(props: { volume: KafkaVolumeView }) {
  const { volume } = props;
  if (!volume.ebsVolumeId) return <>—</>;
  const url = ebsConsoleUrlOf(volume);
  return url ? (
    <Link to={url} title="Open in the AWS console">
      {volume.ebsVolumeId}
    </Link>
  ) : (
    <>{volume.ebsVolumeId}</>
  );
}

function LifecycleCell(props: { volume: KafkaVolumeView }) {
  const { volume } = props;
  const lifecycle = lifecycleOf(volume);
  return (
    <>
      {volume.reclaimPolicy ?? '—'} · deleteClaim{' '}
      {volume.deleteClaim === undefined ? '—' : String(volume.deleteClaim)}
      {lifecycle.text && <Caption>{lifecycle.text}</Caption>}
    </>
  );
}

function UsageCell(props: { usage?: KafkaVolumeUsageMetrics }) {
  const { usage } = props;
  if (!usage) return <>—</>;
  const percent = Math.min(100, Math.max(0, usage.usedPercent));
  const growth = usage.growthBytesPerDay;
  return (
    <>
      <div>
        {formatBytes(usage.usedBytes)} · {Number(percent.toFixed(1))} %
      </div>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={percent >= VOLUME_NEARLY_FULL_PERCENT ? 'secondary' : 'primary'}
        aria-label={`${usage.pvc} used`}
      />
      <Caption>
        {growth === undefined
          ? 'growth unknown'
          : `${growth < 0 ? '−' : '+'}${formatBytes(Math.abs(growth))}/day`}
        {usage.daysToFull !== undefined &&
          ` · full in ${formatDays(usage.daysToFull)}`}
      </Caption>
    </>
  );
}

/**
 * One decimal under 10 days, where a half day matters (`full in 3.5 days`),
 * whole days above; rounded down, so it never promises more time than left.
 */
function formatDays(days: number): string {
  const rounded = days >= 10 ? Math.floor(days) : Math.floor(days * 10) / 10;
  return `${rounded.toLocaleString('en-US')} day${rounded === 1 ? '' : 's'}`;
}

// A new object per column: the Table adds fontWeight to a highlighted
// column's cellStyle in place.
const noWrap = () => ({ whiteSpace: 'nowrap' as const });

const columns: TableColumn<VolumeRow>[] = [
  {
    title: 'PVC',
    field: 'pvc',
    highlight: true,
    cellStyle: noWrap(),
    render: v => (
      <>
        {v.pvc}
        {v.phase && v.phase !== 'Bound' && (
          <StatusWarning>{v.phase}</StatusWarning>
        )}
        {/* Pool, node and JBOD id as a caption: a column fewer at 1,280 px. */}
        <Caption>
          {`${v.pool ?? '?'} / node ${v.nodeId ?? '?'}`}
          {v.volumeId !== undefined && ` · JBOD #${v.volumeId}`}
        </Caption>
        {v.pv && (
          // Long PV names wrap anywhere rather than widen the column.
          <Typography
            variant="caption"
            component="div"
            color="textSecondary"
            style={{ whiteSpace: 'normal', wordBreak: 'break-all' }}
          >
            PV {v.pv}
          </Typography>
        )}
      </>
    ),
  },
  {
    title: 'Size',
    field: 'requested.bytes',
    searchable: false,
    cellStyle: noWrap(),
    render: v => <SizeCell volume={v} />,
  },
  {
    title: 'Class / EBS type',
    field: 'storageClass',
    render: v => (
      <>
        {v.storageClass ?? '—'}
        <Caption>EBS {v.ebsType ?? '—'}</Caption>
        {v.volumeAttributesClass && (
          <Caption>attributes: {v.volumeAttributesClass}</Caption>
        )}
      </>
    ),
  },
  {
    title: 'IOPS / throughput',
    field: 'iops',
    searchable: false,
    cellStyle: noWrap(),
    render: v => (
      <>
        <PerformanceCell fact={iopsOf(v)} unit=" IOPS" />
        <PerformanceCell fact={throughputOf(v)} />
      </>
    ),
  },
  {
    title: 'EBS volume / zone',
    field: 'ebsVolumeId',
    cellStyle: noWrap(),
    render: v => (
      <>
        <EbsVolumeCell volume={v} />
        <Caption>{v.zone ?? '—'}</Caption>
      </>
    ),
  },
  {
    title: 'Reclaim / deleteClaim',
    field: 'reclaimPolicy',
    render: v => <LifecycleCell volume={v} />,
  },
];

// From the metrics; after Size, which it is a share of.
const usageColumn: TableColumn<VolumeRow> = {
  title: 'Used',
  field: 'usage.usedPercent',
  type: 'numeric',
  searchable: false,
  cellStyle: { minWidth: 130 },
  render: v => <UsageCell usage={v.usage} />,
};

/**
 * The Kafka's PersistentVolumeClaims with their EBS facts: sizes and
 * resizes, performance, zone, the console link and what outlives what. With
 * `usage` (from Prometheus), a "Used" column: bytes and percent, growth per
 * day and the days until full.
 */
export function VolumesTable(props: {
  volumes: KafkaVolumeView[];
  usage?: KafkaVolumeUsageMetrics[];
}) {
  const { volumes, usage } = props;
  const rows = useMemo(() => {
    const usageOf = new Map((usage ?? []).map(u => [u.pvc, u]));
    return volumes.map(volume => ({
      ...volume,
      id: volume.pvc,
      usage: usageOf.get(volume.pvc),
    }));
  }, [volumes, usage]);
  const withUsage = usage !== undefined;
  const tableColumns = useMemo(
    () =>
      withUsage
        ? [...columns.slice(0, 2), usageColumn, ...columns.slice(2)]
        : columns,
    [withUsage],
  );
  const options = usePagedTableOptions(volumes.length);
  return (
    <Table<VolumeRow>
      title="EBS volumes"
      columns={tableColumns}
      data={rows}
      options={options}
    />
  );
}
