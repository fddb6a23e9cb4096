import type { KubeLoopback } from '../KubeLoopback';

/** Test helper: plain HTTP requests and watch streams against a server, no Kubernetes client involved. */

export interface RawResponse {
  status: number;
  headers: Headers;
  body: any;
}

function encode(body: unknown): string | undefined {
  if (body === undefined || typeof body === 'string') return body;
  return JSON.stringify(body);
}

export function rawClient(server: KubeLoopback, token?: string) {
  async function request(
    method: string,
    path: string,
    options: {
      body?: unknown;
      contentType?: string;
      accept?: string;
      token?: string | null;
    } = {},
  ): Promise<RawResponse> {
    const bearer = options.token === null ? undefined : options.token ?? token;
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(options.accept ? { accept: options.accept } : {}),
        ...(options.body !== undefined
          ? { 'content-type': options.contentType ?? 'application/json' }
          : {}),
      },
      body: encode(options.body),
    });
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body };
  }

  /** Opens a watch and collects its events until `close()` or the server ends it. */
  async function watch(path: string) {
    const controller = new AbortController();
    const res = await fetch(`${server.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: controller.signal,
    });
    const events: Array<{ type: string; object: any }> = [];
    let ended = false;
    const done = (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of res.body as any) {
          buffer += decoder.decode(chunk, { stream: true });
          let newline = buffer.indexOf('\n');
          while (newline >= 0) {
            events.push(JSON.parse(buffer.slice(0, newline)));
            buffer = buffer.slice(newline + 1);
            newline = buffer.indexOf('\n');
          }
        }
      } catch {
        // aborted or reset
      }
      ended = true;
    })();
    return {
      status: res.status,
      headers: res.headers,
      events,
      ended: () => ended,
      done,
      close: async () => {
        controller.abort();
        await done;
      },
    };
  }

  return { request, watch };
}

export async function waitFor<T>(
  check: () => T | undefined | false,
  what: string,
  ms = 5000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 10));
  }
}
