import { useMemo } from 'react';
import {
  StatusOK,
  StatusWarning,
  Table,
  type TableColumn,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type {
  KafkaNodePoolView,
  KafkaStorageVolumeView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

type NodePoolRow = KafkaNodePoolView & { id: string };

function describeVolume(volume: KafkaStorageVolumeView): string {
  return [
    volume.id !== undefined ? `#${volume.id}` : undefined,
    volume.type,
    volume.class,
    volume.size?.quantity,
    volume.kraftMetadata ? 'KRaft metadata' : undefined,
    `deleteClaim ${volume.deleteClaim}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function PodsCell(props: { pool: KafkaNodePoolView }) {
  const { pool } = props;
  const allReady = pool.podsReady === pool.replicas;
  const Status = allReady ? StatusOK : StatusWarning;
  return (
    <>
      <Status>
        {pool.podsReady}/{pool.replicas} ready
      </Status>
      {pool.pods.map(pod => (
        <Typography key={pod.name} variant="caption" component="div">
          {pod.name}: {pod.zone ?? 'zone unknown'}
          {pod.ready ? '' : ' · not ready'}
        </Typography>
      ))}
    </>
  );
}

function KubernetesNodesCell(props: { pool: KafkaNodePoolView }) {
  const nodes = props.pool.kubernetesNodes;
  // No count: the pool requires no particular nodes, or they cannot be read.
  if (!nodes) return <>—</>;
  const Status = nodes.ready >= props.pool.replicas ? StatusOK : StatusWarning;
  return (
    <>
      <Status>
        {nodes.ready}/{nodes.total} Ready
      </Status>
      {Object.entries(nodes.byZone).map(([zone, count]) => (
        <Typography key={zone} variant="caption" component="div">
          {zone}: {count.ready}/{count.total} Ready
        </Typography>
      ))}
    </>
  );
}

// Module-level, so material-table sees the same columns on every render.
const columns: TableColumn<NodePoolRow>[] = [
  {
    title: 'Name',
    field: 'name',
    highlight: true,
    render: pool => (
      <>
        {pool.name}
        {pool.definedBy === 'Kafka' && (
          <Typography variant="caption" component="div" color="textSecondary">
            from the Kafka spec
          </Typography>
        )}
      </>
    ),
  },
  { title: 'Roles', field: 'roles', render: pool => pool.roles.join(', ') },
  { title: 'Replicas', field: 'replicas', type: 'numeric' },
  { title: 'Node ids', field: 'nodeIds', render: p => p.nodeIds.join(', ') },
  {
    title: 'Storage',
    field: 'storage',
    sorting: false,
    render: pool =>
      pool.storage.length === 0
        ? '—'
        : pool.storage.map((volume, i) => (
            <Typography key={i} variant="body2" component="div">
              {describeVolume(volume)}
            </Typography>
          )),
  },
  {
    title: 'Pods and zones',
    field: 'podsReady',
    render: pool => <PodsCell pool={pool} />,
  },
  {
    // The nodes the pool's node affinity admits: room for more brokers?
    title: 'Kubernetes nodes',
    field: 'kubernetesNodes.ready',
    render: pool => <KubernetesNodesCell pool={pool} />,
  },
];

const OPTIONS = { paging: false, search: false, padding: 'dense' } as const;

/** The node pools: roles, ids, storage per volume, pods ready and their zones, and the Ready nodes they may use. */
export function NodePoolsTable(props: { nodePools: KafkaNodePoolView[] }) {
  const { nodePools } = props;
  const rows = useMemo(
    () => nodePools.map(pool => ({ ...pool, id: pool.name })),
    [nodePools],
  );
  return (
    <Table<NodePoolRow>
      title="Node pools"
      columns={columns}
      data={rows}
      options={OPTIONS}
    />
  );
}
