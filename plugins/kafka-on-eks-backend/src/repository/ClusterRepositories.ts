import type {
  RootConfigService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotFoundError,
  NotImplementedError,
} from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
  type GithubCredentialsProvider,
} from '@backstage/integration';
import {
  CHANGE_BRANCH_PREFIX,
  REQUEST_FILE,
  formatRequestFileProblems,
  readRequestFile,
  type ClusterChangesResponse,
  type ClusterRequestResponse,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { listChangePullRequests } from './githubPullRequests';
import { listUnmergedBranches, readFileOnMain } from './localRepository';
import { locateClusterRepository } from './locateClusterRepository';

/**
 * What a cluster's generated repository holds on its main branch, and the
 * changes proposed to it: pull requests on GitHub, branches locally.
 */
export class ClusterRepositories {
  static fromConfig(
    config: RootConfigService,
    options: { urlReader: UrlReaderService },
  ): ClusterRepositories {
    const integrations = ScmIntegrations.fromConfig(config);
    return new ClusterRepositories(
      integrations,
      DefaultGithubCredentialsProvider.fromIntegrations(integrations),
      options.urlReader,
      config.getOptionalString('kafkaOnEks.localPublish.directory'),
    );
  }

  private constructor(
    private readonly integrations: ScmIntegrations,
    private readonly credentialsProvider: GithubCredentialsProvider,
    private readonly urlReader: UrlReaderService,
    private readonly localDirectory: string | undefined,
  ) {}

  /** The validated `kafka-on-eks.yaml` of the entity's repository. */
  async readRequest(entity: Entity): Promise<ClusterRequestResponse> {
    const located = await this.locate(entity);
    if (!located.ok) throw new InputError(located.message);
    const { repository } = located;
    let text: string;
    let where: ClusterRequestResponse['repository'];
    if (repository.type === 'local') {
      text = await readFileOnMain(repository.dir, REQUEST_FILE);
      where = { type: 'local', url: repository.dir };
    } else if (repository.type === 'github') {
      text = await this.readUrl(repository.url);
      where = { type: 'github', url: repository.url };
    } else {
      // The response names a GitHub or local repository; another host
      // needs its own type there first.
      throw new NotImplementedError(
        `The repository of this cluster (${repository.url}) is not on a GitHub integration's host: only GitHub and local repositories are read`,
      );
    }
    const read = readRequestFile(text);
    if (!read.ok) {
      throw new ConflictError(formatRequestFileProblems(read.problems));
    }
    return {
      request: read.request,
      rendererVersion: read.rendererVersion,
      repository: where,
    };
  }

  /** The open changes of the entity's repository, where they can be listed. */
  async listChanges(entity: Entity): Promise<ClusterChangesResponse> {
    const located = await this.locate(entity);
    if (!located.ok) {
      return { supported: false, message: located.message, changes: [] };
    }
    const { repository } = located;
    if (repository.type === 'local') {
      return {
        supported: true,
        changes: await listUnmergedBranches(
          repository.dir,
          CHANGE_BRANCH_PREFIX,
        ),
      };
    }
    const integration =
      repository.type === 'github'
        ? this.integrations.github.byUrl(repository.url)
        : undefined;
    if (repository.type !== 'github' || !integration) {
      return {
        supported: false,
        message: `Open changes are listed for GitHub and local repositories only; ${
          new URL(repository.url).host
        } is neither`,
        changes: [],
      };
    }
    // Without it Octokit would ask api.github.com about an Enterprise host.
    if (!integration.config.apiBaseUrl) {
      return {
        supported: false,
        message: `The GitHub integration for ${integration.config.host} has no apiBaseUrl: pull requests cannot be listed`,
        changes: [],
      };
    }
    return {
      supported: true,
      changes: await listChangePullRequests({
        integration,
        credentialsProvider: this.credentialsProvider,
        url: repository.url,
        owner: repository.owner,
        repo: repository.repo,
        prefix: CHANGE_BRANCH_PREFIX,
      }),
    };
  }

  private locate(entity: Entity) {
    return locateClusterRepository(entity, {
      integrations: this.integrations,
      localDirectory: this.localDirectory,
    });
  }

  private async readUrl(folderUrl: string): Promise<string> {
    const url = new URL(REQUEST_FILE, folderUrl).toString();
    try {
      const response = await this.urlReader.readUrl(url);
      return (await response.buffer()).toString('utf8');
    } catch (error) {
      if ((error as Error).name === 'NotFoundError') {
        throw new NotFoundError(
          `${REQUEST_FILE} is not at the root of ${folderUrl}`,
        );
      }
      throw error;
    }
  }
}
