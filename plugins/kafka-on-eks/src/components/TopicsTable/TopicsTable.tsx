import { useMemo } from 'react';
import {
  Link,
  Table,
  type TableColumn,
  type TableOptions,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type {
  KafkaTopicMetrics,
  KafkaTopicView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { formatRetention } from '../../format';
import { NoBreakName } from './NoBreakName';
import { ReplicasChange, TopicStatus } from './TopicStatus';

/**
 * A topic with the stable `id` material-table keeps row state by, and the
 * largest consumer lag on it from the metrics.
 */
type TopicRow = KafkaTopicView & { id: string; maxConsumerLag?: number };

function Caption(props: { children: string }) {
  return (
    <Typography variant="caption" component="div" color="textSecondary">
      {props.children}
    </Typography>
  );
}

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
// Seven columns fit 1,280 px without a horizontal scroll: min ISR, cleanup
// policy and a replicas change are caption lines of the column they belong to.
const columns: TableColumn<TopicRow>[] = [
  {
    title: 'Name',
    field: 'name',
    highlight: true,
    // The widest column of the fixed layout: names are what people scan.
    width: '30%',
    render: topic => <NoBreakName name={topic.name} />,
  },
  {
    title: 'Partitions',
    field: 'partitions',
    type: 'numeric',
    searchable: false,
  },
  {
    title: 'Replicas',
    field: 'replicas',
    type: 'numeric',
    searchable: false,
    render: topic => (
      <>
        {topic.replicas}
        <Caption>{`min ISR ${topic.minInsyncReplicas ?? 'default'}`}</Caption>
      </>
    ),
  },
  {
    title: 'Retention',
    field: 'retentionMs',
    searchable: false,
    render: topic => (
      <>
        {retentionText(topic)}
        <Caption>{`cleanup ${topic.cleanupPolicy ?? 'default'}`}</Caption>
      </>
    ),
    customSort: (a, b) => retentionRank(a) - retentionRank(b),
  },
  {
    title: 'Status',
    field: 'status',
    render: topic => (
      <>
        <TopicStatus topic={topic} />
        <ReplicasChange topic={topic} />
      </>
    ),
  },
];

// From the metrics: the group furthest behind on the topic, in messages.
const lagColumn: TableColumn<TopicRow> = {
  title: 'Consumer lag',
  field: 'maxConsumerLag',
  type: 'numeric',
  searchable: false,
  render: topic =>
    topic.maxConsumerLag === undefined
      ? '—'
      : topic.maxConsumerLag.toLocaleString('en-US'),
  // Topics without a group sort below a caught-up one.
  customSort: (a, b) => (a.maxConsumerLag ?? -1) - (b.maxConsumerLag ?? -1),
};

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
  // The columns share the card's width instead of widening the table: no
  // horizontal scroll at 1,280 px. Names keep one line with an ellipsis.
  tableLayout: 'fixed',
};

/**
 * The Kafka's topics: search, sort and page in the browser. Pass the same
 * `topics` array while nothing changed (see `reuseUnchanged`) so the table
 * does not re-process every topic on each poll. With `topicMetrics`, a
 * "Consumer lag" column shows the largest lag of any group on each topic.
 */
export function TopicsTable(props: {
  topics: KafkaTopicView[];
  /** Produce rate and lag per topic, from Prometheus; none hides the column. */
  topicMetrics?: KafkaTopicMetrics[];
  /** Where "Edit" leads for a topic: the change template; none hides it. */
  editTopicLink?: (topic: string) => string;
}) {
  const { topics, topicMetrics, editTopicLink } = props;
  const rows = useMemo(() => {
    const lagOf = new Map(
      (topicMetrics ?? []).map(t => [t.topic, t.maxConsumerLag]),
    );
    return topics.map(topic => ({
      ...topic,
      id: topic.resourceName,
      maxConsumerLag: lagOf.get(topic.name),
    }));
  }, [topics, topicMetrics]);
  const withLag = topicMetrics !== undefined;
  const tableColumns = useMemo(
    () => [
      ...columns.slice(0, 4),
      ...(withLag ? [lagColumn] : []),
      ...columns.slice(4),
      ...(editTopicLink ? [editColumn(editTopicLink)] : []),
    ],
    [editTopicLink, withLag],
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
