import {
  APPLICATION_KAFKA_LABEL,
  ARGOCD_NAMESPACE,
  gitCloneUrl,
  gitopsDeployKeySecretName,
} from '../naming';
import { CREDENTIALS_README_SECTION } from './credentials';
import {
  allStrings,
  callArgument,
  parseHcl,
  renderParsed,
  resolveLocal,
  resolveVariable,
  TERRAFORM_REQUESTS,
  type ParsedStage,
  type ParsedTerraform,
} from './__testUtils__/terraform';

/**
 * Review rules of the bootstrap stage: Argo CD's credentials come from
 * Secrets Manager, never through Terraform, and planning stops without them.
 */
const stages = (p: ParsedTerraform): ParsedStage[] => [p.infra, p.bootstrap];

describe.each(TERRAFORM_REQUESTS)(
  'bootstrap review rules, %s',
  (_, request) => {
    let parsed: ParsedTerraform;
    beforeAll(async () => {
      parsed = await renderParsed(request());
    });

    it('private repo precondition exists and its message names the README section', async () => {
      const { bootstrap } = parsed;
      expect(bootstrap.variables().gitops_repository_private.default).toBe(
        true,
      );
      const lookup = bootstrap.data(
        'aws_secretsmanager_secrets',
        'gitops_deploy_key',
      );
      expect(lookup.filter).toEqual([
        { name: 'name', values: ['${local.gitops_deploy_key_secret_name}'] },
      ]);
      expect(
        resolveLocal('${local.gitops_deploy_key_secret_name}', bootstrap),
      ).toBe(gitopsDeployKeySecretName(request().name));
      // A data source that reads the value would put the key in state.
      const dataTypes = bootstrap.all('data').map(([type]) => type);
      expect(dataTypes).not.toContain('aws_secretsmanager_secret_version');

      const check = bootstrap.resource('terraform_data', 'gitops_credentials');
      const [precondition] = check.lifecycle[0].precondition;
      expect(precondition.condition).toBe(
        '${!var.gitops_repository_private || contains(data.aws_secretsmanager_secrets.gitops_deploy_key.names, local.gitops_deploy_key_secret_name)}',
      );
      // format("<message>", secret name, region): read the message as a value.
      const call = /^\$\{format\((.*)\)\}$/s.exec(precondition.error_message)!;
      const [message, ...args] = (
        await parseHcl('message.tf', `message = [${call[1]}]\n`)
      ).message;
      expect(message).toMatch(/^Argo CD has no credentials/);
      expect(message).toContain(`"${CREDENTIALS_README_SECTION}"`);
      expect(args).toEqual([
        '${local.gitops_deploy_key_secret_name}',
        '${var.region}',
      ]);
      const headings = parsed
        .content('README.md')
        .split('\n')
        .filter(line => line.startsWith('#'));
      expect(
        headings.some(h => h.includes(` ${CREDENTIALS_README_SECTION} `)),
      ).toBe(true);
      // Argo CD's credentials are written only after the check passed.
      expect(
        bootstrap.resource('helm_release', 'gitops_credentials').depends_on,
      ).toContain('${terraform_data.gitops_credentials}');
    });

    it("Argo CD's repository Secret comes from Secrets Manager through an ExternalSecret", async () => {
      const { bootstrap } = parsed;
      const release = bootstrap.resource('helm_release', 'gitops_credentials');
      expect(release.chart).toBe('${path.module}/charts/raw-manifests');
      expect(release.namespace).toBe(ARGOCD_NAMESPACE);
      const { manifests } = await callArgument(release.values[0], 'yamlencode');
      const [store, externalSecret] = manifests;
      expect(store).toMatchObject({
        apiVersion: 'external-secrets.io/v1',
        kind: 'SecretStore',
        metadata: { namespace: ARGOCD_NAMESPACE },
        spec: { provider: { aws: { service: 'SecretsManager' } } },
      });
      expect(
        resolveVariable(store.spec.provider.aws.region, bootstrap.tfvars),
      ).toBe(request().region);
      // No static credentials: the controller's Pod Identity role.
      expect(store.spec.provider.aws).not.toHaveProperty('auth');

      expect(externalSecret).toMatchObject({
        kind: 'ExternalSecret',
        metadata: { namespace: ARGOCD_NAMESPACE },
        spec: {
          secretStoreRef: { kind: 'SecretStore', name: store.metadata.name },
          target: {
            template: {
              metadata: {
                labels: { 'argocd.argoproj.io/secret-type': 'repository' },
              },
              data: { type: 'git', sshPrivateKey: '{{ .sshPrivateKey }}' },
            },
          },
          data: [{ secretKey: 'sshPrivateKey' }],
        },
      });
      const { template } = externalSecret.spec.target;
      expect(resolveLocal(template.data.url, bootstrap)).toBe(
        gitCloneUrl(request().repoUrl, request().name),
      );
      expect(template.data.url).toBeDefined();
      expect(
        resolveLocal(externalSecret.spec.data[0].remoteRef.key, bootstrap),
      ).toBe(gitopsDeployKeySecretName(request().name));
      expect(resolveLocal(template.data.url, bootstrap)).toMatch(/^git@/);
    });

    it('bootstrap Application targets the request gitopsRevision and carries the kafka label', async () => {
      const { bootstrap } = parsed;
      const release = bootstrap.resource('helm_release', 'argocd_bootstrap');
      const { applications } = await callArgument(
        release.values[0],
        'yamlencode',
      );
      const app = applications.bootstrap;
      expect(resolveLocal(app.source.targetRevision, bootstrap)).toBe(
        request().gitopsRevision,
      );
      expect(resolveLocal(app.source.repoURL, bootstrap)).toBe(
        gitCloneUrl(request().repoUrl, request().name),
      );
      expect(app.additionalLabels).toEqual({
        [APPLICATION_KAFKA_LABEL]: request().name,
      });
      expect(app.finalizers).toEqual([
        'resources-finalizer.argocd.argoproj.io',
      ]);
      expect(allStrings(applications)).not.toContain('HEAD');
    });

    it('credentials never pass through tfvars or state', () => {
      for (const stage of stages(parsed)) {
        for (const name of Object.keys(stage.variables()))
          expect(name).not.toMatch(/token|password|private_key|ssh_key/);
        const types = stage.all('resource').map(([type]) => type);
        expect(types).not.toContain('kubernetes_secret_v1');
        expect(types).not.toContain('aws_secretsmanager_secret_version');
      }
    });
  },
);
