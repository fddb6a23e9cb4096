import {
  STRIMZI_VERSION,
  type KafkaClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  APPLICATION_KAFKA_LABEL,
  ARGOCD_NAMESPACE,
  GITOPS_PATHS,
  KAFKA_NAMESPACE,
  STRIMZI_HELM_CHART,
  STRIMZI_NAMESPACE,
  gitCloneUrl,
} from '../naming';
import {
  APPLICATIONS,
  NAMESPACE_FILE,
  RESOURCES_FINALIZER,
  STRIMZI_CRDS_PATH,
  SYNC_WAVE,
  kafkaApplicationName,
} from './names';

export const IN_CLUSTER = 'https://kubernetes.default.svc';

/** Waves of the app of apps: CRDs, then operators, then what uses them. */
export const WAVES = { crds: -1, operators: 0, kafka: 1, clients: 2 } as const;

/**
 * Automated sync, with retries: until the operator's CRDs exist the Kafka
 * app cannot sync, and Argo CD only waits on a child Application's health
 * between waves when its argocd-cm has an Application health check.
 */
export function syncPolicy(syncOptions: string[], prune = true) {
  return {
    automated: { prune, selfHeal: true },
    syncOptions,
    retry: {
      limit: 10,
      backoff: { duration: '10s', factor: 2, maxDuration: '5m' },
    },
  };
}

export interface ApplicationInput {
  name: string;
  wave: number;
  /**
   * Whether deleting the Application deletes what it synced. The teardown
   * docs delete the bootstrap app and rely on this cascade; objects whose
   * loss loses data carry `Delete=false`, so they stay even then.
   */
  cascade: boolean;
  spec: Record<string, unknown>;
}

/** An Application of the app of apps, labelled with its Kafka. */
export function application(
  request: KafkaClusterRequest,
  input: ApplicationInput,
) {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: input.name,
      namespace: ARGOCD_NAMESPACE,
      labels: { [APPLICATION_KAFKA_LABEL]: request.name },
      annotations: { [SYNC_WAVE]: String(input.wave) },
      ...(input.cascade && { finalizers: [RESOURCES_FINALIZER] }),
    },
    spec: { project: 'default', ...input.spec },
  };
}

/** A source in this repository, at the revision the request names (never HEAD). */
export function repositorySource(
  request: KafkaClusterRequest,
  path: string,
  extra: Record<string, unknown> = {},
) {
  return {
    repoURL: gitCloneUrl(request.repoUrl, request.name),
    targetRevision: request.gitopsRevision,
    path,
    ...extra,
  };
}

/** Values for the operator chart; every key is one of its values.yaml. */
export function strimziHelmValues() {
  return { watchNamespaces: [KAFKA_NAMESPACE] };
}

/**
 * Strimzi's CRDs, from kubernetes/strimzi-crds (Kustomize). The operator
 * chart's `crds/` folder is not templated, so no annotation could reach
 * them there; here every CRD carries Prune=false,Delete=false, because
 * deleting a CRD deletes every Kafka. No automated prune, no cascade.
 * ServerSideApply: the CRDs are too large for client-side apply.
 */
export function strimziCrdsApplication(request: KafkaClusterRequest) {
  return application(request, {
    name: APPLICATIONS.strimziCrds,
    wave: WAVES.crds,
    cascade: false,
    spec: {
      source: repositorySource(request, STRIMZI_CRDS_PATH),
      destination: { server: IN_CLUSTER },
      syncPolicy: syncPolicy(['ServerSideApply=true'], false),
    },
  });
}

/**
 * The Strimzi cluster operator from its OCI chart (Argo CD 3.1+ reads
 * `oci://` sources natively; a Helm chart takes `path: .`), without its
 * CRDs (see strimziCrdsApplication).
 *
 * It also carries the Kafka namespace (a second source, that one file):
 * the chart puts a RoleBinding into every watched namespace, which fails
 * unless the namespace exists first. Argo CD applies namespaces before
 * other kinds, so one sync of this app does both.
 */
export function operatorApplication(request: KafkaClusterRequest) {
  return application(request, {
    name: APPLICATIONS.operator,
    wave: WAVES.operators,
    cascade: true,
    spec: {
      sources: [
        {
          repoURL: STRIMZI_HELM_CHART,
          targetRevision: STRIMZI_VERSION,
          path: '.',
          helm: { skipCrds: true, valuesObject: strimziHelmValues() },
        },
        repositorySource(request, GITOPS_PATHS.kafka, {
          directory: { include: NAMESPACE_FILE },
        }),
      ],
      destination: { server: IN_CLUSTER, namespace: STRIMZI_NAMESPACE },
      syncPolicy: syncPolicy(['CreateNamespace=true']),
    },
  });
}

/**
 * The Kafka and everything around it, from this repository. The namespace
 * file is left to the operator app: one resource, one owner, or the two
 * apps would fight over its tracking annotation. Deleting the app removes
 * users, RBAC and monitors; the Kafka, its pools, topics and storage
 * classes stay (Delete=false).
 */
export function kafkaApplication(request: KafkaClusterRequest) {
  return application(request, {
    name: kafkaApplicationName(request.name),
    wave: WAVES.kafka,
    cascade: true,
    spec: {
      source: repositorySource(request, GITOPS_PATHS.kafka, {
        directory: { exclude: NAMESPACE_FILE },
      }),
      destination: { server: IN_CLUSTER, namespace: KAFKA_NAMESPACE },
      syncPolicy: syncPolicy(['CreateNamespace=true']),
    },
  });
}
