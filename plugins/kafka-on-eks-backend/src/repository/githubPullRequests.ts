import { NotFoundError } from '@backstage/errors';
import type {
  GithubCredentialsProvider,
  GithubIntegration,
} from '@backstage/integration';
import type { ClusterChangeRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { Octokit } from '@octokit/rest';

/**
 * The open pull requests of a GitHub repository whose head branch starts
 * with `prefix`, with the integration's token (or GitHub App).
 */
export async function listChangePullRequests(options: {
  integration: GithubIntegration;
  credentialsProvider: GithubCredentialsProvider;
  /** Any URL of the repository, to pick its credentials. */
  url: string;
  owner: string;
  repo: string;
  prefix: string;
}): Promise<ClusterChangeRequest[]> {
  const { integration, owner, repo, prefix } = options;
  const { token } = await options.credentialsProvider.getCredentials({
    url: options.url,
  });
  const octokit = new Octokit({
    auth: token,
    baseUrl: integration.config.apiBaseUrl,
  });
  const what = `the pull requests of ${owner}/${repo} on ${integration.config.host}`;
  // The API cannot filter on a head branch prefix: list them all.
  const pulls = await octokit
    .paginate('GET /repos/{owner}/{repo}/pulls', {
      owner,
      repo,
      state: 'open',
      per_page: 100,
    })
    .catch((error: Error & { status?: number }) => {
      if (error.status === 404) {
        throw new NotFoundError(
          `GitHub answered 404 for ${what}: the repository does not exist, or the integration's token cannot read it`,
        );
      }
      throw new Error(`Listing ${what} failed: ${error.message}`);
    });
  return pulls
    .filter(pull => pull.head.ref.startsWith(prefix))
    .map(pull => ({
      title: pull.title,
      branch: pull.head.ref,
      url: pull.html_url,
      author: pull.user?.login,
      createdAt: pull.created_at,
    }));
}
