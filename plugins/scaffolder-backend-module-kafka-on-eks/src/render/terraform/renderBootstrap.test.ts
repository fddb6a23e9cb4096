import {
  ARGOCD_NAMESPACE,
  EXTERNAL_SECRETS_NAMESPACE,
  EXTERNAL_SECRETS_SERVICE_ACCOUNT,
  GITOPS_PATHS,
} from '../naming';
import { CHARTS, PROVIDERS } from './pins';
import {
  callArgument,
  renderParsed,
  TERRAFORM_REQUESTS,
} from './__testUtils__/terraform';

describe.each(TERRAFORM_REQUESTS)(
  'renderTerraform bootstrap stage, %s',
  (_, request) => {
    it('pins Terraform, each stage its own providers, and the Helm charts', async () => {
      const parsed = await renderParsed(request());
      const requiredProviders = (stage: typeof parsed.infra) => {
        const terraform = stage.tf['versions.tf'].terraform[0];
        expect(terraform.required_version).toBe('>= 1.9.0, < 2.0.0');
        return terraform.required_providers[0];
      };
      expect(requiredProviders(parsed.infra)).toEqual({ aws: PROVIDERS.aws });
      expect(requiredProviders(parsed.bootstrap)).toEqual({ ...PROVIDERS });
      for (const pin of Object.values(PROVIDERS)) {
        // Bounded above: a new major version never arrives unreviewed.
        expect(pin.version).toMatch(/^>= \d+\.\d+\.\d+, < \d+\.0\.0$/);
      }
      expect(PROVIDERS.aws.version).toMatch(/^>= 6\.28\./); // both modules need aws >= 6.28

      const { bootstrap } = parsed;
      const releases = {
        argocd: bootstrap.resource('helm_release', 'argocd'),
        apps: bootstrap.resource('helm_release', 'argocd_bootstrap'),
        eso: bootstrap.resource('helm_release', 'external_secrets'),
      };
      expect(releases.argocd).toMatchObject({
        repository: CHARTS.argoRepository,
        chart: 'argo-cd',
        version: CHARTS.argoCd.version,
        namespace: ARGOCD_NAMESPACE,
        create_namespace: true,
      });
      expect(releases.apps).toMatchObject({
        chart: 'argocd-apps',
        version: CHARTS.argoCdApps.version,
      });
      expect(releases.eso).toMatchObject({
        repository: CHARTS.externalSecretsRepository,
        chart: 'external-secrets',
        version: CHARTS.externalSecrets.version,
        namespace: EXTERNAL_SECRETS_NAMESPACE,
        create_namespace: true,
      });
      for (const release of Object.values(releases))
        expect(release.version).toMatch(/^\d+\.\d+\.\d+$/);
    });

    it('authenticates bootstrap helm (3.x attribute syntax) and kubernetes to the existing cluster with aws eks get-token', async () => {
      const { bootstrap } = await renderParsed(request());
      const providers = bootstrap.providers();
      expect(providers.aws[0].region).toBe('${var.region}');
      expect(bootstrap.data('aws_eks_cluster', 'this')).toEqual({
        name: '${var.name}',
      });
      const exec = {
        api_version: 'client.authentication.k8s.io/v1beta1',
        command: 'aws',
        args: [
          'eks',
          'get-token',
          '--cluster-name',
          '${data.aws_eks_cluster.this.name}',
          '--region',
          '${var.region}',
        ],
      };
      const connection = {
        host: '${data.aws_eks_cluster.this.endpoint}',
        cluster_ca_certificate:
          '${base64decode(data.aws_eks_cluster.this.certificate_authority[0].data)}',
      };
      // helm 3.x: `kubernetes` and `exec` are attributes (objects), not blocks (lists).
      expect(providers.helm[0].kubernetes).toEqual({ ...connection, exec });
      expect(providers.kubernetes[0]).toEqual({ ...connection, exec: [exec] });
    });

    it('bootstraps Argo CD to sync kubernetes/argocd from the repository', async () => {
      const { bootstrap } = await renderParsed(request());
      const release = bootstrap.resource('helm_release', 'argocd_bootstrap');
      const { applications } = await callArgument(
        release.values[0],
        'yamlencode',
      );
      expect(Object.keys(applications)).toEqual(['bootstrap']);
      expect(applications.bootstrap).toMatchObject({
        namespace: ARGOCD_NAMESPACE,
        project: 'default',
        finalizers: ['resources-finalizer.argocd.argoproj.io'],
        source: {
          repoURL: '${local.gitops_repo_url}',
          path: GITOPS_PATHS.applications,
        },
        destination: {
          server: 'https://kubernetes.default.svc',
          namespace: ARGOCD_NAMESPACE,
        },
        syncPolicy: { automated: { prune: true, selfHeal: true } },
      });
      expect(release.depends_on).toEqual(
        expect.arrayContaining([
          '${helm_release.argocd}',
          '${helm_release.gitops_credentials}',
        ]),
      );
      // The Application health check the app of apps waits on.
      const argocd = await callArgument(
        bootstrap.resource('helm_release', 'argocd').values[0],
        'yamlencode',
      );
      expect(
        argocd.configs.cm[
          'resource.customizations.health.argoproj.io_Application'
        ],
      ).toContain('obj.status.health.status');
    });

    it('installs the External Secrets Operator with its CRDs under the Pod Identity service account', async () => {
      const { bootstrap, infra } = await renderParsed(request());
      const values = await callArgument(
        bootstrap.resource('helm_release', 'external_secrets').values[0],
        'yamlencode',
      );
      expect(values).toEqual({
        installCRDs: true,
        serviceAccount: {
          create: true,
          name: EXTERNAL_SECRETS_SERVICE_ACCOUNT,
        },
      });
      expect(
        infra.resource('aws_eks_pod_identity_association', 'external_secrets'),
      ).toEqual({
        cluster_name: '${module.eks.cluster_name}',
        namespace: EXTERNAL_SECRETS_NAMESPACE,
        service_account: EXTERNAL_SECRETS_SERVICE_ACCOUNT,
        role_arn: '${aws_iam_role.external_secrets.arn}',
        tags: '${local.tags}',
      });
    });
  },
);
