import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { MONITORING_NAMESPACE } from '../naming';
import { IN_CLUSTER, WAVES, application, syncPolicy } from './argocd';
import { CHARTS } from './charts';
import { APPLICATIONS } from './names';

const CERT_MANAGER_NAMESPACE = 'cert-manager';
export const DRAIN_CLEANER_NAMESPACE = 'strimzi-drain-cleaner';

/**
 * The Prometheus Operator's CRDs (PodMonitor and friends), apart from
 * kube-prometheus-stack so the PodMonitors in kubernetes/kafka apply on a
 * fresh cluster and a chart upgrade cannot drop them. ServerSideApply: the
 * CRDs are too large for client-side apply.
 */
export function prometheusCrdsApplication(request: KafkaClusterRequest) {
  const chart = CHARTS.prometheusOperatorCrds;
  return application(request, {
    name: APPLICATIONS.prometheusCrds,
    wave: WAVES.crds,
    cascade: true,
    spec: {
      source: {
        repoURL: chart.repoURL,
        chart: chart.chart,
        targetRevision: chart.version,
      },
      destination: { server: IN_CLUSTER, namespace: MONITORING_NAMESPACE },
      syncPolicy: syncPolicy(['CreateNamespace=true', 'ServerSideApply=true']),
    },
  });
}

/**
 * kube-prometheus-stack values: Prometheus picks up every PodMonitor,
 * ServiceMonitor and rule in every namespace, not only the chart's own
 * (the `...NilUsesHelmValues` switches); the kubelet ServiceMonitor (on by
 * default) brings `kubelet_volume_stats_*`, the brokers' disk usage.
 * Grafana is off to keep the stack small. The EKS control plane is not
 * scrapeable, so its targets are off rather than always down.
 */
export function kubePrometheusStackValues() {
  return {
    crds: { enabled: false },
    grafana: { enabled: false },
    kubeControllerManager: { enabled: false },
    kubeScheduler: { enabled: false },
    kubeEtcd: { enabled: false },
    prometheus: {
      prometheusSpec: {
        podMonitorSelectorNilUsesHelmValues: false,
        serviceMonitorSelectorNilUsesHelmValues: false,
        ruleSelectorNilUsesHelmValues: false,
        probeSelectorNilUsesHelmValues: false,
        scrapeConfigSelectorNilUsesHelmValues: false,
      },
    },
  };
}

/**
 * Prometheus in the cluster rather than Amazon Managed Prometheus' scraper:
 * the PodMonitors are the contract (any Prometheus Operator honours them,
 * the managed scraper does not read them), and the portal reaches this
 * Prometheus through the API server's service proxy with the credentials
 * it already has, with no AWS workspace or SigV4 to set up.
 */
export function monitoringApplication(request: KafkaClusterRequest) {
  const chart = CHARTS.kubePrometheusStack;
  return application(request, {
    name: APPLICATIONS.monitoring,
    wave: WAVES.kafka,
    cascade: true,
    spec: {
      source: {
        repoURL: chart.repoURL,
        chart: chart.chart,
        targetRevision: chart.version,
        helm: { valuesObject: kubePrometheusStackValues() },
      },
      destination: { server: IN_CLUSTER, namespace: MONITORING_NAMESPACE },
      syncPolicy: syncPolicy(['CreateNamespace=true', 'ServerSideApply=true']),
    },
  });
}

/** cert-manager, which issues the Drain Cleaner's webhook certificate. */
export function certManagerApplication(request: KafkaClusterRequest) {
  const chart = CHARTS.certManager;
  return application(request, {
    name: APPLICATIONS.certManager,
    wave: WAVES.operators,
    cascade: true,
    spec: {
      source: {
        repoURL: chart.repoURL,
        chart: chart.chart,
        targetRevision: chart.version,
        helm: { valuesObject: { crds: { enabled: true } } },
      },
      destination: { server: IN_CLUSTER, namespace: CERT_MANAGER_NAMESPACE },
      syncPolicy: syncPolicy(['CreateNamespace=true', 'ServerSideApply=true']),
    },
  });
}

/**
 * Strimzi Drain Cleaner: a webhook that turns the eviction of a Kafka pod
 * (a node drain, a node group upgrade) into a rolling restart by the
 * operator, which keeps every partition in sync, where a plain eviction
 * honours only the PodDisruptionBudget. Its certificate comes from
 * cert-manager (the chart's default, `certManager.create`), hence the later
 * wave. Argo CD creates the namespace, so the chart's own is off.
 */
export function drainCleanerApplication(request: KafkaClusterRequest) {
  const chart = CHARTS.drainCleaner;
  return application(request, {
    name: APPLICATIONS.drainCleaner,
    wave: WAVES.kafka,
    cascade: true,
    spec: {
      source: {
        repoURL: chart.repoURL,
        targetRevision: chart.version,
        path: '.',
        helm: {
          valuesObject: {
            certManager: { create: true },
            namespace: { create: false, name: DRAIN_CLEANER_NAMESPACE },
          },
        },
      },
      destination: { server: IN_CLUSTER, namespace: DRAIN_CLEANER_NAMESPACE },
      syncPolicy: syncPolicy(['CreateNamespace=true']),
    },
  });
}
