import { z } from 'zod';

/** Machine codes: `<area>:<reason>`. The HTTP status follows from the reason. */
export type ErrorCode =
  | 'auth:unauthenticated'
  | 'auth:forbidden'
  | 'auth:invalid_credentials'
  | 'auth:rate_limited'
  | 'auth:email_taken'
  | 'input:invalid'
  | 'input:too_large'
  | 'not_found'
  | 'conflict'
  | 'search:unavailable'
  | 'internal';

const statusByCode: Record<ErrorCode, number> = {
  'auth:unauthenticated': 401,
  'auth:forbidden': 403,
  'auth:invalid_credentials': 401,
  'auth:rate_limited': 429,
  'auth:email_taken': 409,
  'input:invalid': 400,
  'input:too_large': 413,
  not_found: 404,
  conflict: 409,
  'search:unavailable': 503,
  internal: 500,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fields?: FieldErrors; [key: string]: unknown },
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return statusByCode[this.code];
  }

  static fromZod(error: z.ZodError, message = 'Some fields need attention.'): AppError {
    return new AppError('input:invalid', message, { fields: fieldErrors(error) });
  }
}

export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** The one place an error becomes an HTTP response. Unknown errors are logged, never leaked. */
export function toResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json({ error: { code: error.code, message: error.message, ...error.details } }, { status: error.status });
  }
  console.error(error);
  return Response.json(
    { error: { code: 'internal', message: 'Something went wrong on our side. Try again in a moment.' } },
    { status: 500 },
  );
}

/** What a server action returns to a form: success data, or an error with per-field messages. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fields?: FieldErrors };

export function toActionResult(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fields: error.details?.fields };
  }
  console.error(error);
  return { ok: false, code: 'internal', message: 'Something went wrong on our side. Try again in a moment.' };
}
