/**
 * A loopback Kubernetes API server for tests and the demo portal: discovery,
 * list/watch with resourceVersions, writes, Strimzi and storage kinds, faults.
 *
 * @packageDocumentation
 */
export {
  startKubeLoopback,
  kubeconfigFor,
  type KubeLoopback,
  type KubeLoopbackOptions,
} from './KubeLoopback';
export { loadSeedDirectory } from './seed/loadSeedDirectory';
export {
  createSelfSignedCertificate,
  opensslAvailable,
  type SelfSignedCertificate,
} from './tls/selfSignedCertificate';
export type { KubeObject, ObjectMeta, ObjectRef } from './api/types';
export type { Status } from './api/status';
export type { ObjectFilter } from './core/ObjectApi';
export type { ForbiddenRule } from './http/access';
export type { Faults, FaultUpdate } from './http/faults';
export type { RequestCounts, CountedVerb } from './http/requestCounts';
export type { StrimziApiVersion } from './resources';
export {
  playStrimziOperator,
  type OperatorOptions,
} from './operator/playStrimziOperator';
export {
  KAFKA_POOL_NODE_LABEL,
  kubernetesNode,
  nodeGroupNodeName,
  playNodeGroup,
  type KubernetesNodeOptions,
  type NodeGroupOptions,
  type NodeTaint,
} from './nodes';
