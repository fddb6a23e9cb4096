import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { RenderedFile } from '../types';
import { renderCredentials } from './credentials';
import { renderEks } from './eks';
import { renderGitops } from './gitops';
import { renderIam } from './iam';
import { renderBootstrapLocals, renderInfraLocals } from './locals';
import { STAGES } from './model';
import { renderBootstrapOutputs, renderInfraOutputs } from './outputs';
import { rawManifestsChart } from './rawManifests';
import { GITIGNORE, renderReadme } from './readme';
import { renderTfvars } from './tfvars';
import { renderVariables } from './variables';
import {
  renderBootstrapProviders,
  renderInfraProviders,
  renderVersions,
} from './versions';
import { renderVpc } from './vpc';

const file = (path: string, content: string): RenderedFile => ({
  path,
  content,
});

/**
 * The `terraform/` folder of the generated repository: two root modules,
 * `infra` then `bootstrap` (see its README). Pure: no I/O.
 */
export function renderTerraform(request: KafkaClusterRequest): RenderedFile[] {
  const infra = (name: string, content: string) =>
    file(`${STAGES.infra}/${name}`, content);
  const bootstrap = (name: string, content: string) =>
    file(`${STAGES.bootstrap}/${name}`, content);
  return [
    file('terraform/README.md', renderReadme(request)),
    file('terraform/.gitignore', GITIGNORE),

    infra('versions.tf', renderVersions('infra')),
    infra('providers.tf', renderInfraProviders()),
    infra('locals.tf', renderInfraLocals(request)),
    infra('vpc.tf', renderVpc(request)),
    infra('eks.tf', renderEks(request)),
    infra('iam.tf', renderIam()),
    infra('variables.tf', renderVariables(request, 'infra')),
    infra('outputs.tf', renderInfraOutputs()),
    infra('terraform.tfvars', renderTfvars(request, 'infra')),

    bootstrap('versions.tf', renderVersions('bootstrap')),
    bootstrap('providers.tf', renderBootstrapProviders()),
    bootstrap('locals.tf', renderBootstrapLocals(request)),
    bootstrap('credentials.tf', renderCredentials()),
    bootstrap('argocd.tf', renderGitops(request)),
    bootstrap('variables.tf', renderVariables(request, 'bootstrap')),
    bootstrap('outputs.tf', renderBootstrapOutputs()),
    bootstrap('terraform.tfvars', renderTfvars(request, 'bootstrap')),
    ...rawManifestsChart(STAGES.bootstrap),
  ];
}
