import { useMemo, type ReactNode } from 'react';
import {
  Link,
  StatusError,
  StatusWarning,
  Table,
  type TableColumn,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { KafkaVolumeView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  ebsConsoleUrlOf,
  iopsOf,
  lifecycleOf,
  throughputOf,
  type EbsPerformanceFact,
} from './volumeFacts';

type VolumeRow = KafkaVolumeView & { id: string };

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
    title: 'Pool / node',
    field: 'nodeId',
    cellStyle: noWrap(),
    render: v => `${v.pool ?? '?'} / ${v.nodeId ?? '?'}`,
  },
  {
    title: 'JBOD volume',
    field: 'volumeId',
    type: 'numeric',
    emptyValue: '—',
    searchable: false,
  },
  {
    title: 'Size',
    field: 'requested.bytes',
    searchable: false,
    cellStyle: noWrap(),
    render: v => <SizeCell volume={v} />,
  },
  {
    title: 'Class',
    field: 'storageClass',
    render: v => (
      <>
        {v.storageClass ?? '—'}
        {v.volumeAttributesClass && (
          <Caption>attributes: {v.volumeAttributesClass}</Caption>
        )}
      </>
    ),
  },
  { title: 'EBS type', field: 'ebsType', emptyValue: '—' },
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
  { title: 'Zone', field: 'zone', emptyValue: '—', cellStyle: noWrap() },
  {
    title: 'EBS volume',
    field: 'ebsVolumeId',
    cellStyle: noWrap(),
    render: v => <EbsVolumeCell volume={v} />,
  },
  {
    title: 'Reclaim / deleteClaim',
    field: 'reclaimPolicy',
    render: v => <LifecycleCell volume={v} />,
  },
];

const PAGE_SIZE = 20;

/**
 * The Kafka's PersistentVolumeClaims with their EBS facts: sizes and
 * resizes, performance, zone, the console link and what outlives what.
 */
export function VolumesTable(props: { volumes: KafkaVolumeView[] }) {
  const { volumes } = props;
  const rows = useMemo(
    () => volumes.map(volume => ({ ...volume, id: volume.pvc })),
    [volumes],
  );
  const paging = volumes.length > PAGE_SIZE;
  const options = useMemo(
    () => ({
      paging,
      pageSize: PAGE_SIZE,
      emptyRowsWhenPaging: false,
      search: paging,
      padding: 'dense' as const,
    }),
    [paging],
  );
  return (
    <Table<VolumeRow>
      title="EBS volumes"
      columns={columns}
      data={rows}
      options={options}
    />
  );
}
