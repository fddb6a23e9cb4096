import {
  STRIMZI_VERSION,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  ARGOCD_NAMESPACE,
  GITOPS_PATHS,
  KAFKA_NAMESPACE,
  STRIMZI_HELM_CHART,
  STRIMZI_NAMESPACE,
  gitCloneUrl,
} from '../naming';
import {
  NAMESPACE_FILE,
  OPERATOR_APPLICATION,
  PROMETHEUS_CRDS_APPLICATION,
  PROMETHEUS_CRDS_CHART,
  SYNC_WAVE,
  kafkaApplicationName,
} from './names';

const IN_CLUSTER = 'https://kubernetes.default.svc';

/**
 * Automated sync, with retries: until the operator's CRDs exist the Kafka
 * app cannot sync, and Argo CD only waits on a child Application's health
 * between waves when its argocd-cm has an Application health check.
 */
function syncPolicy(syncOptions: string[]) {
  return {
    automated: { prune: true, selfHeal: true },
    syncOptions,
    retry: {
      limit: 10,
      backoff: { duration: '10s', factor: 2, maxDuration: '5m' },
    },
  };
}

function application(
  name: string,
  wave: number,
  spec: Record<string, unknown>,
) {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name,
      namespace: ARGOCD_NAMESPACE,
      annotations: { [SYNC_WAVE]: String(wave) },
    },
    spec: { project: 'default', ...spec },
  };
}

/** Values for the operator chart; every key is one of its values.yaml. */
export function strimziHelmValues() {
  return { watchNamespaces: [KAFKA_NAMESPACE] };
}

/**
 * The Strimzi cluster operator from its OCI chart (Argo CD 3.1+ reads
 * `oci://` sources natively; a Helm chart takes `path: .`). ServerSideApply:
 * the CRDs are too large for client-side apply's last-applied annotation.
 *
 * It also carries the Kafka namespace (a second source, that one file):
 * the chart puts a RoleBinding into every watched namespace, which fails
 * unless the namespace exists first. Argo CD applies namespaces before
 * other kinds, so one sync of this app does both.
 */
export function operatorApplication(request: KafkaClusterRequest) {
  return application(OPERATOR_APPLICATION, 0, {
    sources: [
      {
        repoURL: STRIMZI_HELM_CHART,
        targetRevision: STRIMZI_VERSION,
        path: '.',
        helm: { valuesObject: strimziHelmValues() },
      },
      {
        repoURL: gitCloneUrl(request.repoUrl, request.name),
        targetRevision: 'HEAD',
        path: GITOPS_PATHS.kafka,
        directory: { include: NAMESPACE_FILE },
      },
    ],
    destination: { server: IN_CLUSTER, namespace: STRIMZI_NAMESPACE },
    syncPolicy: syncPolicy(['CreateNamespace=true', 'ServerSideApply=true']),
  });
}

/**
 * The Kafka and everything around it, from this repository. The namespace
 * file is left to the operator app: one resource, one owner, or the two
 * apps would fight over its tracking annotation.
 */
export function kafkaApplication(request: KafkaClusterRequest) {
  return application(kafkaApplicationName(request.name), 1, {
    source: {
      repoURL: gitCloneUrl(request.repoUrl, request.name),
      targetRevision: 'HEAD',
      path: GITOPS_PATHS.kafka,
      directory: { exclude: NAMESPACE_FILE },
    },
    destination: { server: IN_CLUSTER, namespace: KAFKA_NAMESPACE },
    syncPolicy: syncPolicy(['CreateNamespace=true']),
  });
}

/**
 * The Prometheus Operator's CRDs only (PodMonitor and friends), so the
 * PodMonitors in kubernetes/kafka apply on a fresh cluster; a Prometheus
 * that scrapes them is the platform's choice. ServerSideApply: the CRDs are
 * too large for client-side apply.
 */
export function prometheusCrdsApplication() {
  return application(PROMETHEUS_CRDS_APPLICATION, 0, {
    source: {
      repoURL: PROMETHEUS_CRDS_CHART.repoURL,
      chart: PROMETHEUS_CRDS_CHART.chart,
      targetRevision: PROMETHEUS_CRDS_CHART.version,
    },
    destination: { server: IN_CLUSTER, namespace: 'kube-system' },
    syncPolicy: syncPolicy(['ServerSideApply=true']),
  });
}
