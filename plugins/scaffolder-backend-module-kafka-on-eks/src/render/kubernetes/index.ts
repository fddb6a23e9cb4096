import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { GITOPS_PATHS, KAFKA_NAMESPACE } from '../naming';
import type { RenderedFile } from '../types';
import {
  kafkaApplication,
  operatorApplication,
  strimziCrdsApplication,
} from './argocd';
import {
  clientApplications,
  clientNamespaceDocuments,
  clientNamespaces,
  clientReaderRoleBindings,
  clientReaderRoles,
} from './clientCredentials';
import { hasCruiseControl, rebalanceTemplate } from './cruiseControl';
import { kafkaResource } from './kafka';
import { kafkaUsers } from './kafkaUsers';
import { metricsConfigMap } from './metrics';
import {
  KEEP,
  NAMESPACE_FILE,
  STRIMZI_CRDS_PATH,
  SYNC_OPTIONS,
  clientsPath,
} from './names';
import { brokerPool, controllerPool } from './nodePools';
import {
  certManagerApplication,
  drainCleanerApplication,
  monitoringApplication,
  prometheusCrdsApplication,
} from './platformApps';
import { podMonitors } from './podMonitors';
import { portalClusterRoleBindings, portalClusterRoles } from './portalAccess';
import { storageClasses, volumeAttributesClasses } from './storage';
import { strimziCrdsKustomization } from './strimziCrds';
import { kafkaTopics } from './topics';
import { yamlFile } from './yaml';

const argocd = (file: string) => `${GITOPS_PATHS.applications}/${file}`;
const kafka = (file: string) => `${GITOPS_PATHS.kafka}/${file}`;

/** A file per non-empty list: a request without clients writes no users file. */
const optionalFile = (path: string, documents: unknown[]) =>
  documents.length > 0 ? [yamlFile(path, documents)] : [];

function clientFiles(request: KafkaClusterRequest): RenderedFile[] {
  return clientNamespaces(request).flatMap(namespace => {
    const docs = clientNamespaceDocuments(request, namespace);
    const file = (name: string) => `${clientsPath(namespace)}/${name}`;
    return [
      yamlFile(file('service-accounts.yaml'), docs.serviceAccounts),
      yamlFile(file('secret-stores.yaml'), docs.secretStores),
      yamlFile(file('external-secrets.yaml'), docs.externalSecrets),
    ];
  });
}

/**
 * The `kubernetes/` folder of the generated repository: Argo CD
 * Applications in `kubernetes/argocd` (synced by the app of apps Terraform
 * bootstraps), Strimzi's CRDs in `kubernetes/strimzi-crds`, the Kafka and
 * its surroundings in `kubernetes/kafka`, and each client namespace's
 * credentials in `kubernetes/clients/<namespace>`. Pure.
 */
export function renderKubernetes(request: KafkaClusterRequest): RenderedFile[] {
  return [
    yamlFile(argocd('strimzi-crds.yaml'), [strimziCrdsApplication(request)]),
    yamlFile(argocd('strimzi-operator.yaml'), [operatorApplication(request)]),
    yamlFile(argocd('kafka.yaml'), [kafkaApplication(request)]),
    yamlFile(argocd('prometheus-operator-crds.yaml'), [
      prometheusCrdsApplication(request),
    ]),
    yamlFile(argocd('kube-prometheus-stack.yaml'), [
      monitoringApplication(request),
    ]),
    yamlFile(argocd('cert-manager.yaml'), [certManagerApplication(request)]),
    yamlFile(argocd('strimzi-drain-cleaner.yaml'), [
      drainCleanerApplication(request),
    ]),
    ...optionalFile(argocd('clients.yaml'), clientApplications(request)),
    yamlFile(`${STRIMZI_CRDS_PATH}/kustomization.yaml`, [
      strimziCrdsKustomization(),
    ]),
    yamlFile(kafka(NAMESPACE_FILE), [
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          name: KAFKA_NAMESPACE,
          // Deleting the namespace deletes the Kafka and its PVCs with it.
          annotations: { [SYNC_OPTIONS]: KEEP },
        },
      },
    ]),
    yamlFile(kafka('storage-classes.yaml'), storageClasses(request)),
    ...optionalFile(
      kafka('volume-attributes-classes.yaml'),
      volumeAttributesClasses(request),
    ),
    yamlFile(kafka('kafka.yaml'), [kafkaResource(request)]),
    yamlFile(kafka('node-pools.yaml'), [
      controllerPool(request),
      brokerPool(request),
    ]),
    yamlFile(kafka('metrics-config.yaml'), [metricsConfigMap(request)]),
    ...(hasCruiseControl(request)
      ? [
          yamlFile(kafka('rebalance-template.yaml'), [
            rebalanceTemplate(request),
          ]),
        ]
      : []),
    ...optionalFile(kafka('topics.yaml'), kafkaTopics(request)),
    ...optionalFile(kafka('kafka-users.yaml'), kafkaUsers(request)),
    ...optionalFile(
      kafka('client-secret-roles.yaml'),
      clientReaderRoles(request),
    ),
    ...optionalFile(
      kafka('client-secret-role-bindings.yaml'),
      clientReaderRoleBindings(request),
    ),
    ...optionalFile(
      kafka('portal-cluster-role.yaml'),
      portalClusterRoles(request),
    ),
    ...optionalFile(
      kafka('portal-cluster-role-binding.yaml'),
      portalClusterRoleBindings(request),
    ),
    yamlFile(kafka('pod-monitors.yaml'), podMonitors(request)),
    ...clientFiles(request),
  ];
}
