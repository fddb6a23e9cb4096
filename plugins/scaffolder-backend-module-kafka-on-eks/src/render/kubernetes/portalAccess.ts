import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { PORTAL_KUBERNETES_GROUP } from '../naming';
import { PORTAL_CLUSTER_ROLE } from './names';

const READ = ['get', 'list', 'watch'];

/**
 * What the portal's backend lists and watches (its watchedKinds, Argo CD's
 * Applications included), plus KafkaUsers, read-only; and `patch` on
 * KafkaRebalances alone, to approve, stop or refresh a rebalance. No
 * Secrets: the portal never sees credentials.
 */
export const PORTAL_RULES = [
  {
    apiGroups: ['kafka.strimzi.io'],
    resources: [
      'kafkas',
      'kafkanodepools',
      'kafkatopics',
      'kafkausers',
      'kafkarebalances',
    ],
    verbs: READ,
  },
  {
    apiGroups: ['kafka.strimzi.io'],
    resources: ['kafkarebalances'],
    verbs: ['patch'],
  },
  {
    apiGroups: [''],
    // Nodes: whether a new broker has a Ready node to land on.
    resources: ['pods', 'persistentvolumeclaims', 'persistentvolumes', 'nodes'],
    verbs: READ,
  },
  {
    apiGroups: ['storage.k8s.io'],
    resources: ['storageclasses', 'volumeattributesclasses'],
    verbs: READ,
  },
  {
    // The GitOps sync of the Kafka tab: the Applications this repository's
    // bootstrap creates, read-only (Argo CD itself needs nothing from us).
    apiGroups: ['argoproj.io'],
    resources: ['applications'],
    verbs: READ,
  },
];

/**
 * When the request names the portal's IAM role: Terraform maps that role to
 * the group bound here (an EKS access entry), the rest is RBAC in Git.
 */
export function portalClusterRoles(request: KafkaClusterRequest) {
  if (!request.portalRoleArn) return [];
  return [
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: PORTAL_CLUSTER_ROLE },
      rules: PORTAL_RULES,
    },
  ];
}

export function portalClusterRoleBindings(request: KafkaClusterRequest) {
  if (!request.portalRoleArn) return [];
  return [
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: PORTAL_CLUSTER_ROLE },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: PORTAL_CLUSTER_ROLE,
      },
      subjects: [
        {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'Group',
          name: PORTAL_KUBERNETES_GROUP,
        },
      ],
    },
  ];
}
