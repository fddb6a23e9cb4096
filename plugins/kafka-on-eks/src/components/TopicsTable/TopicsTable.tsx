import { useMemo } from 'react';
import {
  Link,
  Table,
  type TableColumn,
  type TableOptions,
} from '@backstage/core-components';
import type { KafkaTopicView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { formatRetention } from '../../format';
import { ReplicasChange, TopicStatus } from './TopicStatus';

/** A topic with the stable `id` material-table keeps row state by. */
type TopicRow = KafkaTopicView & { id: string };

function retentionText(topic: KafkaTopicView): string {
  const written = topic.config['retention.ms'];
  // A value the operator rejected stays visible as written.
  if (topic.retentionMs === undefined && written !== undefined) {
    return `${written} (invalid)`;
  }
  return formatRetention(topic.retentionMs);
}

// Unlimited (-1) sorts above every finite retention, unset below.
function retentionRank(topic: KafkaTopicView): number {
  if (topic.retentionMs === undefined) return -Infinity;
  return topic.retentionMs < 0 ? Infinity : topic.retentionMs;
}

// Module-level: material-table deep-compares columns on every update, and
// stable render functions keep that cheap and its state (page, sort) intact.
const columns: TableColumn<TopicRow>[] = [
  { title: 'Name', field: 'name', highlight: true },
  {
    title: 'Partitions',
    field: 'partitions',
    type: 'numeric',
    searchable: false,
  },
  {
    title: 'Replication factor',
    field: 'replicas',
    type: 'numeric',
    searchable: false,
  },
  {
    title: 'Min ISR',
    field: 'minInsyncReplicas',
    type: 'numeric',
    searchable: false,
    render: topic => topic.minInsyncReplicas ?? 'default',
  },
  {
    title: 'Retention',
    field: 'retentionMs',
    searchable: false,
    render: retentionText,
    customSort: (a, b) => retentionRank(a) - retentionRank(b),
  },
  { title: 'Cleanup policy', field: 'cleanupPolicy', emptyValue: 'default' },
  {
    title: 'Status',
    field: 'status',
    render: topic => <TopicStatus topic={topic} />,
  },
  {
    title: 'Replicas change',
    field: 'replicasChange',
    sorting: false,
    searchable: false,
    render: topic => <ReplicasChange topic={topic} />,
  },
];

// An unmanaged topic is not in the request, so no change can edit it.
function editColumn(
  editTopicLink: (topic: string) => string,
): TableColumn<TopicRow> {
  return {
    title: 'Change',
    field: 'name',
    sorting: false,
    searchable: false,
    render: topic =>
      topic.status === 'Unmanaged' ? null : (
        <Link to={editTopicLink(topic.name)} aria-label={`Edit ${topic.name}`}>
          Edit
        </Link>
      ),
  };
}

// Client-side paging keeps the DOM at one page however many topics there
// are. A filter pass over 10,000 topics takes ~40 ms in Chromium
// (bench/topics-table): material-table's default 200 ms debounce would make
// each keystroke feel slow, none would filter on every key of a fast burst.
const OPTIONS: TableOptions<TopicRow> = {
  paging: true,
  pageSize: 20,
  pageSizeOptions: [20, 50, 100],
  emptyRowsWhenPaging: false,
  search: true,
  debounceInterval: 30,
  padding: 'dense',
};

/**
 * The Kafka's topics: search, sort and page in the browser. Pass the same
 * `topics` array while nothing changed (see `reuseUnchanged`) so the table
 * does not re-process every topic on each poll.
 */
export function TopicsTable(props: {
  topics: KafkaTopicView[];
  /** Where "Edit" leads for a topic: the change template; none hides it. */
  editTopicLink?: (topic: string) => string;
}) {
  const { topics, editTopicLink } = props;
  const rows = useMemo(
    () => topics.map(topic => ({ ...topic, id: topic.resourceName })),
    [topics],
  );
  const tableColumns = useMemo(
    () => (editTopicLink ? [...columns, editColumn(editTopicLink)] : columns),
    [editTopicLink],
  );
  return (
    <Table<TopicRow>
      title={`Topics (${topics.length.toLocaleString('en-US')})`}
      columns={tableColumns}
      data={rows}
      options={OPTIONS}
    />
  );
}
