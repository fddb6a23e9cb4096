/**
 * Types, annotation names and permissions shared by the Kafka on EKS plugins.
 *
 * Pure: no Node or browser APIs, so both the frontend and the backend can
 * depend on it. Every export is named here, so the public surface is this
 * file and its API report, not whatever a folder happens to contain.
 *
 * @packageDocumentation
 */

// Which entity shows which Kafka cluster.
export {
  KAFKA_ANNOTATION,
  KAFKA_ENTITY_REF_ANNOTATION,
  KAFKA_USER_COMPONENT_ANNOTATION,
  KUBERNETES_CLUSTER_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
  isKafkaOnEksEntity,
  readKafkaLocation,
} from './annotations';
export type { KafkaLocation, KafkaLocationResult } from './annotations';
export {
  KAFKA_CLIENT_ACCESS_ANNOTATION,
  readClientAccess,
} from './clientAccess';
export type {
  KafkaAclGrant,
  KafkaClientAccess,
  KafkaClientAccessByComponent,
} from './clientAccess';

export {
  kafkaClusterReadPermission,
  kafkaOnEksPermissions,
  kafkaRebalanceUpdatePermission,
} from './permissions';

// The request a team makes for a cluster, and its rules.
export type {
  BrokerPoolRequest,
  BrokerSizingInputs,
  BrokerStorageClass,
  ClientAuthentication,
  ClientTopicAccess,
  ControllerPoolRequest,
  KafkaClientRequest,
  KafkaClusterRequest,
  RequestContext,
  RequestProblem,
  RequestValidation,
  RequestWarning,
  TopicAccess,
  TopicCleanupPolicy,
  TopicRequest,
} from './request/types';
export {
  PATTERNS,
  PATTERN_RULES,
  clusterRequestSchema,
} from './request/schema';
export {
  formatRequestProblems,
  validateClusterRequest,
} from './request/validate';
export { requestWarnings } from './request/warnings';
export {
  REQUEST_FILE,
  REQUEST_FILE_SCHEMA_VERSION,
  formatRequestFileProblems,
  readRequestFile,
} from './request/requestFile';
export type { RequestFileResult } from './request/requestFile';
export { EBS_LIMITS } from './request/ebsLimits';
export {
  gp3PerformanceOf,
  volumeAttributesClassName,
} from './request/gp3Performance';
export {
  EKS_VERSION_CALENDAR,
  eksVersionSupport,
  kubernetesVersionChoices,
  versionsInStandardSupport,
} from './request/eksVersions';
export type {
  EksVersionSupport,
  KubernetesVersionChoice,
} from './request/eksVersions';
export {
  STRIMZI_VERSION,
  compareDottedVersions,
  compareMetadataVersions,
  effectiveMetadataVersion,
  metadataVersionOf,
} from './request/kafkaVersions';
export { replicationFor, topicMinInSyncReplicas } from './request/replication';
export type { ReplicationSettings } from './request/replication';

// Day-2 changes: a desired request checked as a transition of the current one.
export { validateClusterChange } from './change/validateClusterChange';
export {
  EBS_MODIFICATION_COOLDOWN_HOURS,
  nodeCapacityOf,
  planClusterChange,
} from './change/planClusterChange';
export { CHANGE_FIELD_RULES } from './change/fieldRules';
export { changeSummaryMarkdown } from './change/summary';
export { liveFactsFromView } from './change/liveFacts';
export {
  CHANGE_BRANCH_PREFIX,
  CHANGE_TEMPLATE_NAME,
  CLUSTER_CHANGE_KINDS,
} from './change/changeRequests';
export type {
  ClusterChangeFormValue,
  ClusterChangeKind,
  ClusterChangeRequest,
  ClusterChangesResponse,
  ClusterRequestResponse,
} from './change/changeRequests';
export type {
  ChangeApplier,
  ChangeContext,
  ChangePlan,
  ChangeValidation,
  ClusterChange,
  LiveClusterFacts,
} from './change/types';

// Sizing: brokers, volumes and what they cost.
export {
  DEFAULT_SIZING_INPUTS,
  SizingInputError,
  validateSizingInputs,
} from './sizing/inputs';
export type {
  KafkaSizingInputs,
  SizingInputsValidation,
} from './sizing/inputs';
export { DEFAULT_EBS_PRICES, resolveEbsPrices } from './sizing/prices';
export type { EbsPrices, EbsPricesOverride } from './sizing/prices';
export { formatMoney, monthlyEbsCost } from './sizing/monthlyCost';
export type { BrokerVolumes, MonthlyEbsCost } from './sizing/monthlyCost';
export { sizeKafkaCluster } from './sizing/sizeKafkaCluster';
export type { KafkaSizing, SizingFigure } from './sizing/sizeKafkaCluster';
export { brokerChoiceWarnings } from './sizing/brokerChoiceWarnings';
export { sizingReportFor } from './sizing/sizingReport';
export type { SizingReport } from './sizing/sizingReport';
export type { Gp3Performance } from './sizing/volumeRules';

// The view of a live cluster that the backend serves and the frontend shows.
export type {
  KafkaAutoRebalanceView,
  KafkaClusterView,
  KafkaConditionView,
  KafkaGitOpsApplicationView,
  KafkaGitOpsView,
  KafkaListenerView,
  KafkaNodePoolView,
  KafkaPodView,
  KafkaPoolKubernetesNodesView,
  KafkaReadiness,
  KafkaRebalanceAction,
  KafkaRebalanceProposalView,
  KafkaRebalanceView,
  KafkaResourceRequirementsView,
  KafkaResourceView,
  KafkaStorageVolumeView,
  KafkaTopicReplicasChangeView,
  KafkaTopicStatus,
  KafkaTopicView,
  KafkaView,
  KafkaViewError,
  KafkaViewErrorType,
  KafkaViewObjectKind,
  KafkaVolumeView,
  KafkaZoneNodeCountView,
  StorageSize,
  StrimziApiVersion,
} from './view/types';
export { toStorageSize } from './view/quantity';
export {
  REBALANCE_ANNOTATION,
  isKafkaRebalanceAction,
  rebalanceActionsFor,
} from './view/rebalanceActions';
export { buildEbsConsoleUrl, regionFromZone } from './view/ebs';
export { findHealthWarnings } from './health/healthWarnings';
export type {
  KafkaHealthSeverity,
  KafkaHealthWarning,
} from './health/healthWarnings';

// Operational metrics from Prometheus, served beside the view.
export {
  VOLUME_FULL_SOON_DAYS,
  VOLUME_NEARLY_FULL_PERCENT,
} from './metrics/types';
export type {
  KafkaBrokerThroughputMetrics,
  KafkaClusterMetrics,
  KafkaConsumerGroupLagMetrics,
  KafkaLagTrendPoint,
  KafkaMetricsWarning,
  KafkaMetricsWarningType,
  KafkaTopicMetrics,
  KafkaVolumeUsageMetrics,
  KafkaVolumeUsageWarningType,
} from './metrics/types';
