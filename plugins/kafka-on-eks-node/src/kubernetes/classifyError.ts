import type { KafkaViewErrorType } from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * A failure of a list or watch, in the words the view shows.
 *
 * @public
 */
export interface ClassifiedError {
  /** What went wrong, as the view's error types name it. */
  type: KafkaViewErrorType;
  /** One line for a user or a log: the cluster and resource, no secrets. */
  message: string;
}

function statusOf(error: any): number | undefined {
  // ApiException carries `code`, a failed watch `statusCode`.
  const status = error?.code ?? error?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function networkCodeOf(error: any): string | undefined {
  // undici wraps the socket error: TypeError('fetch failed', { cause }).
  for (let e = error; e; e = e.cause) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

/**
 * Classifies an error from `@kubernetes/client-node` for one kind of one
 * cluster. The message never carries the request's headers or token.
 *
 * @public
 */
export function classifyError(
  error: unknown,
  what: { cluster: string; resource: string },
): ClassifiedError {
  const status = statusOf(error);
  const where = `${what.resource} in cluster ${what.cluster}`;
  if (status === 401) {
    return {
      type: 'unauthorized',
      message: `the cluster refused the backend's credentials (401) listing ${where}`,
    };
  }
  if (status === 403) {
    return {
      type: 'forbidden',
      message: `the backend's identity may not list or watch ${where} (403): grant it in the cluster's RBAC`,
    };
  }
  if (status === 404) {
    return {
      type: 'crd-missing',
      message: `${where} is not served (404): is its CustomResourceDefinition installed?`,
    };
  }
  if (status !== undefined) {
    return {
      type: 'error',
      message: `the API server answered ${status} listing ${where}`,
    };
  }
  const code = networkCodeOf(error);
  if (
    code &&
    /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|EAI_AGAIN|UND_ERR_.*|EPIPE)$/.test(
      code,
    )
  ) {
    return {
      type: 'unreachable',
      message: `cannot reach the API server of cluster ${what.cluster} (${code})`,
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return {
    type: 'unreachable',
    message: `cannot read ${where}: ${text}`,
  };
}
