import { qualifiedResource, type ResourceType } from '../resources';

/**
 * A `meta.k8s.io/v1` Status, the body of every error a real kube-apiserver
 * answers (and of some successful deletes).
 */
export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: { continue?: string; resourceVersion?: string };
  status: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    uid?: string;
    causes?: Array<{ reason?: string; message: string; field?: string }>;
    retryAfterSeconds?: number;
  };
  /** Absent on the Success status a delete of a custom resource answers. */
  code?: number;
}

/** An error that becomes a Status response. */
export class ApiError extends Error {
  constructor(readonly status: Status) {
    super(status.message);
    this.name = 'ApiError';
  }

  get code(): number {
    return this.status.code ?? 500;
  }

  get reason(): string | undefined {
    return this.status.reason;
  }
}

export function failure(
  code: number,
  reason: string | undefined,
  message: string,
  details?: Status['details'],
): ApiError {
  const status: Status = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    ...(reason ? { reason } : {}),
    ...(details ? { details } : {}),
    code,
  };
  return new ApiError(status);
}

/** `details` as the server fills it: name, group (omitted for core), plural as kind. */
export function detailsOf(
  type: ResourceType,
  name?: string,
): NonNullable<Status['details']> {
  return {
    ...(name ? { name } : {}),
    ...(type.group ? { group: type.group } : {}),
    kind: type.resource,
  };
}

export function notFound(type: ResourceType, name: string): ApiError {
  return failure(
    404,
    'NotFound',
    `${qualifiedResource(type)} "${name}" not found`,
    detailsOf(type, name),
  );
}

export function alreadyExists(type: ResourceType, name: string): ApiError {
  return failure(
    409,
    'AlreadyExists',
    `${qualifiedResource(type)} "${name}" already exists`,
    detailsOf(type, name),
  );
}

export function conflict(
  type: ResourceType,
  name: string,
  why = 'the object has been modified; please apply your changes to the latest version and try again',
): ApiError {
  return failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource(
      type,
    )} "${name}": ${why}`,
    detailsOf(type, name),
  );
}

/** 422 with one cause per field, e.g. `metadata.name: Required value`. */
export function invalid(
  type: ResourceType,
  name: string,
  causes: Array<{ field: string; message: string; reason?: string }>,
): ApiError {
  const kind = type.group ? `${type.kind}.${type.group}` : type.kind;
  return failure(
    422,
    'Invalid',
    `${kind} "${name}" is invalid: ${causes
      .map(c => `${c.field}: ${c.message}`)
      .join(', ')}`,
    {
      ...detailsOf(type, name),
      kind: type.kind,
      causes: causes.map(c => ({
        reason: c.reason ?? 'FieldValueInvalid',
        message: c.message,
        field: c.field,
      })),
    },
  );
}

export function badRequest(message: string): ApiError {
  return failure(400, 'BadRequest', message);
}

/** The 404 a real server answers for a path no API serves. */
export function pathNotFound(): ApiError {
  return failure(
    404,
    'NotFound',
    'the server could not find the requested resource',
    {},
  );
}

export function expired(message: string): ApiError {
  return failure(410, 'Expired', message);
}

export function methodNotSupported(type: ResourceType, verb: string): ApiError {
  return failure(
    405,
    'MethodNotAllowed',
    `${verb} is not supported on resources of kind "${qualifiedResource(
      type,
    )}"`,
    detailsOf(type),
  );
}

export function internalError(message: string): ApiError {
  return failure(500, 'InternalError', `Internal error occurred: ${message}`, {
    causes: [{ message }],
  });
}

export function success(
  type: ResourceType,
  name: string,
  uid?: string,
): Status {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: { ...detailsOf(type, name), ...(uid ? { uid } : {}) },
  };
}
