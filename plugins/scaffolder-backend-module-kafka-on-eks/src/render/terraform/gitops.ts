import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  APPLICATION_KAFKA_LABEL,
  ARGOCD_NAMESPACE,
  GITOPS_PATHS,
} from '../naming';
import { attributes, blank, block, comment, renderFile } from './body';
import { call, hcl } from './hcl';
import { CHARTS } from './pins';

/** The Application that syncs `kubernetes/argocd` (app of apps). */
export const BOOTSTRAP_APPLICATION = 'bootstrap';

/**
 * Argo CD dropped the health check of Applications in 1.8; without it an
 * app of apps does not wait for a child's health between sync waves.
 */
const APPLICATION_HEALTH_LUA = [
  'hs = {}',
  'hs.status = "Progressing"',
  'hs.message = ""',
  'if obj.status ~= nil and obj.status.health ~= nil then',
  '  hs.status = obj.status.health.status',
  '  if obj.status.health.message ~= nil then',
  '    hs.message = obj.status.health.message',
  '  end',
  'end',
  'return hs',
  '',
].join('\n');

const releaseBase = (name: string, chart: { name: string; version: string }) =>
  attributes({
    name,
    namespace: ARGOCD_NAMESPACE,
    repository: CHARTS.argoRepository,
    chart: chart.name,
    version: chart.version,
  });

/** `bootstrap/argocd.tf`: Argo CD and the bootstrap Application. */
export function renderGitops(request: KafkaClusterRequest): string {
  return renderFile(
    [
      block(
        'resource',
        ['helm_release', 'argocd'],
        releaseBase('argocd', CHARTS.argoCd),
        attributes({ create_namespace: true }),
        [blank],
        attributes({
          values: [
            call('yamlencode', {
              // No SSO is configured; log in as admin (see outputs).
              dex: { enabled: false },
              configs: {
                cm: {
                  'resource.customizations.health.argoproj.io_Application':
                    APPLICATION_HEALTH_LUA,
                },
              },
            }),
          ],
        }),
      ),
    ],
    [
      ...comment(
        `App of apps: Argo CD syncs ${GITOPS_PATHS.applications}, whose Applications install`,
        'the Strimzi operator and the Kafka. The finalizer makes deleting it cascade',
        '(the Kafka and its data carry Delete=false and stay).',
      ),
      block(
        'resource',
        ['helm_release', 'argocd_bootstrap'],
        releaseBase('argocd-bootstrap', CHARTS.argoCdApps),
        [blank],
        attributes({
          values: [
            call('yamlencode', {
              applications: {
                [BOOTSTRAP_APPLICATION]: {
                  namespace: ARGOCD_NAMESPACE,
                  additionalLabels: { [APPLICATION_KAFKA_LABEL]: request.name },
                  finalizers: ['resources-finalizer.argocd.argoproj.io'],
                  project: 'default',
                  source: {
                    repoURL: hcl`local.gitops_repo_url`,
                    targetRevision: hcl`local.gitops_revision`,
                    path: GITOPS_PATHS.applications,
                  },
                  destination: {
                    server: 'https://kubernetes.default.svc',
                    namespace: ARGOCD_NAMESPACE,
                  },
                  syncPolicy: {
                    automated: { prune: true, selfHeal: true },
                    retry: {
                      limit: 10,
                      backoff: {
                        duration: '10s',
                        factor: 2,
                        maxDuration: '5m',
                      },
                    },
                  },
                },
              },
            }),
          ],
        }),
        [blank],
        comment('Its repository Secret must exist before the first sync.'),
        attributes({
          depends_on: [
            hcl`helm_release.argocd`,
            hcl`helm_release.gitops_credentials`,
          ],
        }),
      ),
    ],
  );
}
