import type { KafkaClusterRequest } from '../request/types';

/**
 * The day-2 changes the portal offers, each a page of the change template
 * and an item of the Kafka tab's "Change this cluster" menu.
 *
 * @public
 */
export type ClusterChangeKind =
  | 'add-topic'
  | 'edit-topic'
  | 'grow-storage'
  | 'scale-brokers'
  | 'add-client'
  | 'upgrade-kafka';

/**
 * Each change kind with its menu title, in menu order.
 *
 * @public
 */
export const CLUSTER_CHANGE_KINDS: ReadonlyArray<{
  kind: ClusterChangeKind;
  title: string;
  description: string;
}> = [
  {
    kind: 'add-topic',
    title: 'Add topic',
    description: 'A new KafkaTopic, with its partitions and retention',
  },
  {
    kind: 'edit-topic',
    title: 'Edit topic',
    description:
      'More partitions, another retention or config, or remove a topic',
  },
  {
    kind: 'grow-storage',
    title: 'Grow storage',
    description: 'Larger broker volumes, or other gp3 IOPS and throughput',
  },
  {
    kind: 'scale-brokers',
    title: 'Scale brokers',
    description: 'Node capacity first (Terraform), then the broker count',
  },
  {
    kind: 'add-client',
    title: 'Add client',
    description: 'A KafkaUser with ACLs on topics and consumer groups',
  },
  {
    kind: 'upgrade-kafka',
    title: 'Upgrade Kafka',
    description: 'The Kafka version first, then the metadata version',
  },
];

/**
 * The catalog name of the day-2 change template, in the `default` namespace.
 *
 * @public
 */
export const CHANGE_TEMPLATE_NAME = 'kafka-on-eks-change';

/**
 * Every change branch starts with this, so change pull requests can be
 * listed by their head branch.
 *
 * @public
 */
export const CHANGE_BRANCH_PREFIX = 'kafka-on-eks/';

/**
 * The value of the change template's `KafkaClusterChange` form field.
 *
 * @public
 */
export interface ClusterChangeFormValue {
  /** The whole desired request, the input of `kafka-on-eks:update`. */
  request: KafkaClusterRequest;
  /** The branch after {@link CHANGE_BRANCH_PREFIX}, e.g. `add-topic-orders-created`. */
  branch: string;
  /** The pull request's title, e.g. `Add topic orders.created`. */
  title: string;
}

/**
 * `GET /v1/entities/:kind/:namespace/:name/request` of the kafka-on-eks
 * backend: the request a cluster's repository holds, read from its main
 * branch.
 *
 * @public
 */
export interface ClusterRequestResponse {
  /** The request in `kafka-on-eks.yaml`, validated. */
  request: KafkaClusterRequest;
  /** The renderer version that made the repository's files. */
  rendererVersion: number;
  /** Where it was read: a GitHub URL, or a local repository's folder. */
  repository: { type: 'github' | 'local'; url: string };
}

/**
 * An open change of a cluster: a pull request, or for a local repository
 * an unmerged change branch.
 *
 * @public
 */
export interface ClusterChangeRequest {
  title: string;
  /** The whole branch name, starting with {@link CHANGE_BRANCH_PREFIX}. */
  branch: string;
  /** The pull request's page, where there is one. */
  url?: string;
  author?: string;
  createdAt?: string;
}

/**
 * `GET /v1/entities/:kind/:namespace/:name/changes` of the kafka-on-eks
 * backend.
 *
 * @public
 */
export interface ClusterChangesResponse {
  /** False when the repository's host cannot be listed; `message` says why. */
  supported: boolean;
  message?: string;
  changes: ClusterChangeRequest[];
}
