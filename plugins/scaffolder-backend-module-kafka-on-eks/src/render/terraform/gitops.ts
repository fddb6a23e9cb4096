import { ARGOCD_NAMESPACE, GITOPS_PATHS } from '../naming';
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

/** `argocd.tf`: Argo CD, the repository credentials and the bootstrap Application. */
export function renderGitops(): string {
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
        [blank],
        comment(
          'Needs the node groups and CoreDNS, not only the control plane.',
        ),
        attributes({ depends_on: [hcl`module.eks`] }),
      ),
    ],
    [
      ...comment(
        'Credentials for a private repository: export TF_VAR_gitops_repo_token.',
        'They end up in the Terraform state, so keep that state private.',
      ),
      block(
        'resource',
        ['kubernetes_secret_v1', 'gitops_repository'],
        attributes({
          count: hcl`nonsensitive(var.gitops_repo_token != null) ? 1 : 0`,
        }),
        [blank],
        [
          block(
            'metadata',
            [],
            attributes({
              name: 'gitops-repository',
              namespace: ARGOCD_NAMESPACE,
              labels: { 'argocd.argoproj.io/secret-type': 'repository' },
            }),
          ),
        ],
        [blank],
        attributes({
          data: {
            type: 'git',
            url: hcl`var.gitops_repo_url`,
            username: hcl`var.gitops_repo_username`,
            password: hcl`var.gitops_repo_token`,
          },
        }),
        [blank],
        attributes({ depends_on: [hcl`helm_release.argocd`] }),
      ),
    ],
    [
      ...comment(
        `App of apps: Argo CD syncs ${GITOPS_PATHS.applications}, whose Applications install`,
        'the Strimzi operator and the Kafka. The finalizer makes deleting it cascade.',
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
                  finalizers: ['resources-finalizer.argocd.argoproj.io'],
                  project: 'default',
                  source: {
                    repoURL: hcl`var.gitops_repo_url`,
                    targetRevision: hcl`var.gitops_revision`,
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
        attributes({
          depends_on: [
            hcl`helm_release.argocd`,
            hcl`kubernetes_secret_v1.gitops_repository`,
          ],
        }),
      ),
    ],
  );
}
