import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A pull request as GitHub's REST API lists it, the fields we read. */
export interface FakePullRequest {
  title: string;
  branch: string;
  author: string;
  createdAt: string;
}

/**
 * A loopback stand-in for the few GitHub REST endpoints the backend calls:
 * a file's contents (raw) and a repository's open pull requests, in pages of
 * `pageSize` linked like GitHub's.
 */
export interface FakeGithub {
  apiBaseUrl: string;
  /** The Authorization header of every request, in order. */
  authorizations(): Array<string | undefined>;
  /** The paths (with query) requested, in order. */
  paths(): string[];
  close(): Promise<void>;
}

export async function startFakeGithub(
  repos: {
    [ownerSlashRepo: string]: {
      files?: Record<string, string>;
      pulls?: FakePullRequest[];
    };
  },
  options: { pageSize?: number } = {},
): Promise<FakeGithub> {
  const pageSize = options.pageSize ?? 2;
  const authorizations: Array<string | undefined> = [];
  const paths: string[] = [];
  let baseUrl = '';

  const server = http.createServer((req, res) => {
    authorizations.push(req.headers.authorization);
    paths.push(req.url ?? '');
    const url = new URL(req.url ?? '/', baseUrl);
    const match = url.pathname.match(
      /^\/repos\/([^/]+)\/([^/]+)\/(contents\/(.+)|pulls)$/,
    );
    const repo = match && repos[`${match[1]}/${match[2]}`];
    if (!match || !repo) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    if (match[4]) {
      const file = repo.files?.[decodeURIComponent(match[4])];
      if (file === undefined || url.searchParams.get('ref') !== 'main') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Not Found' }));
        return;
      }
      // The UrlReader asks for application/vnd.github.v3.raw: the bytes.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(file);
      return;
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    const all = repo.pulls ?? [];
    const slice = all.slice((page - 1) * pageSize, page * pageSize);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
    };
    if (page * pageSize < all.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next}>; rel="next"`;
    }
    res.writeHead(200, headers);
    res.end(
      JSON.stringify(
        slice.map((pull, index) => ({
          number: (page - 1) * pageSize + index + 1,
          state: 'open',
          title: pull.title,
          html_url: `https://github.com/${match[1]}/${match[2]}/pull/${
            (page - 1) * pageSize + index + 1
          }`,
          user: { login: pull.author },
          created_at: pull.createdAt,
          head: { ref: pull.branch },
          base: { ref: 'main' },
        })),
      ),
    );
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiBaseUrl: baseUrl,
    authorizations: () => [...authorizations],
    paths: () => [...paths],
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve())),
      ),
  };
}
