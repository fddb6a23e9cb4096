/**
 * EBS volume types a broker pool can use. gp3 is the default; st1 suits
 * large, sequential, throughput-bound logs at a lower price per GiB.
 *
 * @public
 */
export type BrokerStorageClass = 'gp3' | 'st1';

/** @public */
export type TopicCleanupPolicy = 'delete' | 'compact';

/**
 * The KRaft controller quorum: a static, odd-sized pool.
 *
 * @public
 */
export interface ControllerPoolRequest {
  replicas: 3 | 5;
  instanceType: string;
  /** gp3 volume for the metadata log. */
  volumeSizeGi: number;
}

/**
 * The workload the brokers were sized for: the sizing assistant's inputs,
 * kept in the request so the generated README can show the reasoning. The
 * zones are the request's own.
 *
 * @public
 */
export interface BrokerSizingInputs {
  /** Peak rate producers write, in MB/s (decimal: 10^6 bytes), before replication. */
  peakWriteMBps: number;
  /** Consumer groups that each read everything written (read fan-out). */
  readFanout: number;
  /** How long Kafka keeps what is written, in hours. */
  retentionHours: number;
  /** Copies of every partition, the leader included. */
  replicationFactor: number;
  /** Extra room on every volume as a fraction: 0.2 is 20 %. */
  headroom: number;
}

/** @public */
export interface BrokerPoolRequest {
  replicas: number;
  instanceType: string;
  storageClass: BrokerStorageClass;
  volumeSizeGi: number;
  /** gp3 only: provisioned IOPS beyond the included 3,000. */
  iops?: number;
  /** gp3 only: provisioned throughput beyond the included 125 MiB/s. */
  throughputMiBps?: number;
  /** What the sizing assistant was told; absent when the brokers were sized by hand. */
  sizing?: BrokerSizingInputs;
}

/** @public */
export interface TopicRequest {
  name: string;
  partitions: number;
  /** Defaults to the cluster's derived replication factor. */
  replicationFactor: number;
  retentionHours: number;
  cleanupPolicy: TopicCleanupPolicy;
}

/**
 * A validated request for a new Kafka on EKS cluster, with defaults applied.
 * The field names are the public contract of the template and the
 * `kafka-on-eks:generate` action.
 *
 * @public
 */
export interface KafkaClusterRequest {
  /** DNS-1035 label: names the EKS cluster, the Kafka and the entity. */
  name: string;
  /** Entity ref of the owning group or user, e.g. `group:default/team-a`. */
  owner: string;
  system?: string;
  description?: string;
  /** AWS region code, e.g. `eu-west-1`. */
  region: string;
  /** Availability zones to spread subnets, nodes and brokers over. */
  zones: 2 | 3;
  /** EKS Kubernetes version, e.g. `1.34`. */
  kubernetesVersion: string;
  /** A Kafka version the Strimzi operator supports, e.g. `4.3.1`. */
  kafkaVersion: string;
  controllers: ControllerPoolRequest;
  brokers: BrokerPoolRequest;
  topics: TopicRequest[];
  /** The RepoUrlPicker format: `github.com?owner=acme&repo=orders-kafka`. */
  repoUrl?: string;
}

/**
 * One rule a request broke, with the field path it concerns.
 *
 * @public
 */
export interface RequestProblem {
  /** Dotted path of the field, e.g. `brokers.volumeSizeGi` or `topics[2].name`. */
  path: string;
  /** The rule, in words a form can show next to the field. */
  message: string;
}

/** @public */
export type RequestValidation =
  | { ok: true; request: KafkaClusterRequest }
  | { ok: false; problems: RequestProblem[] };
