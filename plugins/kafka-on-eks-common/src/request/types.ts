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
  /** Brokers in the Strimzi node pool. */
  replicas: number;
  /**
   * Brokers the node groups have room for, at least `replicas`; `replicas`
   * when absent. A day-2 change raises it first (Terraform), and `replicas`
   * in a second change once the nodes are there.
   */
  nodeCapacity?: number;
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
 * How clients prove who they are on the TLS listener (the only listener):
 * SCRAM-SHA-512 passwords or mutual TLS with a certificate per client.
 *
 * @public
 */
export type ClientAuthentication = 'scram-sha-512' | 'tls';

/**
 * What a client may do with one topic: `read` (Read, Describe, and Read on
 * its consumer groups), `write` (Write, Describe) or both.
 *
 * @public
 */
export type TopicAccess = 'read' | 'write' | 'readwrite';

/** @public */
export interface ClientTopicAccess {
  /** A topic of the same request (`topics[].name`). */
  name: string;
  access: TopicAccess;
}

/**
 * An application that connects to the Kafka: it becomes a KafkaUser with
 * exactly the ACLs listed here, and its credentials are copied into its own
 * namespace of the same EKS cluster.
 *
 * @public
 */
export interface KafkaClientRequest {
  /**
   * DNS-1123 label: the KafkaUser's name (and its Secret's in the Kafka's
   * namespace); the application reads `<name>-kafka` in its own namespace.
   */
  name: string;
  /** Entity ref of the application that connects, e.g. `component:default/orders-service`. */
  component?: string;
  /** Namespace of the application, where its credentials land; defaults to `name`. */
  namespace: string;
  topics: ClientTopicAccess[];
  /** Consumer group ids it may use; one ending in `*` is a prefix. */
  consumerGroups: string[];
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
  /**
   * The KRaft metadata version, e.g. `4.3-IV0`; the one of `kafkaVersion`
   * when absent. An upgrade keeps the old one and raises it in a later
   * change, as Strimzi's upgrade procedure requires.
   */
  metadataVersion?: string;
  controllers: ControllerPoolRequest;
  brokers: BrokerPoolRequest;
  topics: TopicRequest[];
  /** Authentication of the TLS listener; `scram-sha-512` unless asked otherwise. */
  clientAuthentication: ClientAuthentication;
  /** Applications that connect, each with its own KafkaUser and ACLs. */
  clients: KafkaClientRequest[];
  /**
   * IPv4 CIDRs that may reach the EKS API's public endpoint. Empty (the
   * default) means a private-only endpoint, reachable from inside the VPC.
   */
  apiAccessCidrs: string[];
  /** IAM role of the Backstage portal: gets read-only access to the Kafka objects. */
  portalRoleArn?: string;
  /** Customer-managed KMS key for the EBS volumes (nodes and Kafka); AWS-managed when absent. */
  ebsKmsKeyArn?: string;
  /** The RepoUrlPicker format: `github.com?owner=acme&repo=orders-kafka`. */
  repoUrl?: string;
  /** Branch or tag of this repository that Argo CD syncs; `main` by default. */
  gitopsRevision: string;
  /**
   * The day the repository was generated (`YYYY-MM-DD`), which the
   * Kubernetes support gate was checked against. Set by the validator from
   * its `today`, never read from user input, and stored in
   * `kafka-on-eks.yaml` so re-rendering gives the same files.
   */
  generatedOn: string;
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

/**
 * Something a valid request allows but its owner must know, with the field
 * it concerns: shown in the form, the generated README and the entity page.
 *
 * @public
 */
export interface RequestWarning {
  path: string;
  message: string;
}

/** @public */
export type RequestValidation =
  | { ok: true; request: KafkaClusterRequest; warnings: RequestWarning[] }
  | { ok: false; problems: RequestProblem[] };

/**
 * What the validator needs besides the input: the date the Kubernetes
 * support gate is checked against (`YYYY-MM-DD`). An input, not a clock, so
 * validation and rendering stay pure and reproducible.
 *
 * @public
 */
export interface RequestContext {
  today: string;
}
