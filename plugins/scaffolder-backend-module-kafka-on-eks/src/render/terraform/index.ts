import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { RenderedFile } from '../types';
import { renderEbsCsi } from './ebsCsi';
import { renderEks } from './eks';
import { renderGitops } from './gitops';
import { renderLocals } from './locals';
import { renderOutputs } from './outputs';
import { GITIGNORE, renderReadme } from './readme';
import { rawManifestsChart, renderStorage } from './storage';
import { renderTfvars } from './tfvars';
import { renderVariables } from './variables';
import { renderProviders, renderVersions } from './versions';
import { renderVpc } from './vpc';

/** The `terraform/` folder of the generated repository. Pure: no I/O. */
export function renderTerraform(request: KafkaClusterRequest): RenderedFile[] {
  const tf = (name: string, content: string): RenderedFile => ({
    path: `terraform/${name}`,
    content,
  });
  return [
    tf('versions.tf', renderVersions()),
    tf('providers.tf', renderProviders()),
    tf('locals.tf', renderLocals()),
    tf('vpc.tf', renderVpc(request)),
    tf('eks.tf', renderEks(request)),
    tf('ebs-csi.tf', renderEbsCsi()),
    tf('storage.tf', renderStorage(request)),
    tf('argocd.tf', renderGitops()),
    tf('variables.tf', renderVariables(request)),
    tf('outputs.tf', renderOutputs(request)),
    tf('terraform.tfvars', renderTfvars(request)),
    tf('README.md', renderReadme()),
    tf('.gitignore', GITIGNORE),
    ...rawManifestsChart(request),
  ];
}
