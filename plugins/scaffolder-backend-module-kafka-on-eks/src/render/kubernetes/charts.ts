import { STRIMZI_VERSION } from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * Every chart and release asset the generated Argo CD Applications pin, in
 * one place. Read from each project's repository in 2026-08 (Chart.yaml at
 * the newest release, or the release tag).
 */
export const CHARTS = {
  /** prometheus-community/helm-charts, charts/prometheus-operator-crds (operator v0.93.1). */
  prometheusOperatorCrds: {
    repoURL: 'https://prometheus-community.github.io/helm-charts',
    chart: 'prometheus-operator-crds',
    version: '31.0.1',
  },
  /** Same repository, charts/kube-prometheus-stack (operator v0.93.1, its CRDs above). */
  kubePrometheusStack: {
    repoURL: 'https://prometheus-community.github.io/helm-charts',
    chart: 'kube-prometheus-stack',
    version: '88.5.3',
  },
  /** cert-manager/cert-manager, the jetstack chart repository. */
  certManager: {
    repoURL: 'https://charts.jetstack.io',
    chart: 'cert-manager',
    version: 'v1.21.2',
  },
  /**
   * strimzi/drain-cleaner tag 1.6.0 (2026-05). It works with any Strimzi
   * from 0.21 on: it only annotates pods for the operator to roll.
   */
  drainCleaner: {
    repoURL: 'oci://quay.io/strimzi-helm/strimzi-drain-cleaner',
    version: '1.6.0',
  },
} as const;

/** Strimzi's CRDs alone, a release asset of the operator's own version. */
export const STRIMZI_CRDS_URL = `https://github.com/strimzi/strimzi-kafka-operator/releases/download/${STRIMZI_VERSION}/strimzi-crds-${STRIMZI_VERSION}.yaml`;
