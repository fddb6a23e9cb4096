import { requestWith } from '../__fixtures__/requests';
import { gitopsDeployKeySecretName } from '../naming';
import { renderTerraform } from './index';
import { shellWord } from './readme';

const readmeOf = (input: Record<string, unknown> = {}) =>
  renderTerraform(requestWith(input)).find(
    f => f.path === 'terraform/README.md',
  )!.content;

/** Index of a line in the README, failing when it is missing. */
function lineIndex(readme: string, line: string): number {
  const index = readme.split('\n').findIndex(l => l.trim() === line);
  expect([line, index >= 0]).toEqual([line, true]);
  return index;
}

describe('terraform/README.md', () => {
  it('orders the steps: infra, GitOps credentials, bootstrap, with the exact commands', () => {
    const readme = readmeOf();
    const steps = [
      'terraform -chdir=terraform/infra init',
      'terraform -chdir=terraform/infra apply',
      '## 2. GitOps credentials (required)',
      "ssh-keygen -t ed25519 -N '' -C argocd-orders -f deploy-key",
      'gh repo deploy-key add deploy-key.pub --repo acme/orders-kafka --title argocd',
      `aws secretsmanager create-secret --region eu-west-1 --name ${gitopsDeployKeySecretName(
        'orders',
      )} --secret-string file://deploy-key`,
      'rm deploy-key deploy-key.pub',
      'terraform -chdir=terraform/bootstrap init',
      'terraform -chdir=terraform/bootstrap apply',
    ].map(line => lineIndex(readme, line));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('orders the destroy: the data decision, bootstrap, infra, then the retained volumes', () => {
    const readme = readmeOf();
    const destroy = readme.slice(readme.indexOf('## Destroy'));
    const order = [
      'kubectl -n kafka delete kafka/orders --wait',
      'terraform -chdir=terraform/bootstrap destroy',
      'terraform -chdir=terraform/infra destroy',
      'aws ec2 describe-volumes --region eu-west-1 --filters Name=tag:kafka-on-eks/cluster,Values=orders',
    ].map(line => lineIndex(destroy, line));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(destroy).toContain('Delete=false');
  });

  it('says where the bootstrap stage can run, from the endpoint the request chose', () => {
    expect(readmeOf()).toContain('private only');
    const open = readmeOf({ apiAccessCidrs: ['203.0.113.0/24'] });
    expect(open).toContain('`203.0.113.0/24`');
    expect(open).not.toContain('private only');
  });

  it('updates Kafka node AMIs one zone at a time with -target', () => {
    expect(readmeOf()).toContain(
      `terraform -chdir=terraform/infra apply -target='module.eks.module.eks_managed_node_group["controller-1"]' -target='module.eks.module.eks_managed_node_group["broker-1"]'`,
    );
  });

  it('documents the key policy a customer-managed key needs', () => {
    expect(readmeOf()).not.toContain('AWSServiceRoleForAutoScaling');
    expect(
      readmeOf({
        ebsKmsKeyArn:
          'arn:aws:kms:eu-west-1:123456789012:key/12345678-90ab-cdef-1234-567890abcdef',
      }),
    ).toContain('AWSServiceRoleForAutoScaling');
  });

  it('quotes anything that is not a plain shell word', () => {
    expect(shellWord('acme/orders-kafka')).toBe('acme/orders-kafka');
    expect(shellWord("it's $(rm -rf)")).toBe(`'it'\\''s $(rm -rf)'`);
    expect(() => shellWord('a\nb')).toThrow();
  });
});
