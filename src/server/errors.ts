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
  | 'search:bad_cursor'
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
  'search:bad_cursor': 400,
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

/** Unique indexes a client can run into (a double submit, two tabs, a race), with what to tell them. */
const conflictByConstraint: Record<string, string> = {
  badges_user_credential_key: 'This badge is already on your CV. Each badge can be attached once.',
  applications_job_user_key: 'You have already applied for this job.',
};

/** The SQLSTATE (and constraint) of a Postgres error, however deep a driver or drizzle wrapped it. */
function postgresError(error: unknown): { code: string; constraint?: string } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, constraint } = current as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Postgres errors a client's input can cause, as the client's mistake (4xx) — mapped here once so no route needs
 * its own catch. Messages are ours: the database's text (table, column and constraint names) is never shown.
 */
export function fromDatabaseError(error: unknown): AppError | null {
  const pg = postgresError(error);
  if (!pg) return null;
  if (pg.code === '23505') {
    const known = pg.constraint !== undefined && Object.hasOwn(conflictByConstraint, pg.constraint) ? conflictByConstraint[pg.constraint] : undefined;
    const message = known ?? 'This already exists. Reload the page to see the current state.';
    return new AppError('conflict', message);
  }
  // 22P02: text that is not a valid value of the column's type; in practice an id in a link that is not a UUID.
  if (pg.code === '22P02') return new AppError('not_found', 'There is nothing with this id. Check the link you followed.');
  // 22021: a NUL byte in text; 22P05: \u0000 in JSON (jsonb cannot hold it).
  if (pg.code === '22021' || pg.code === '22P05') return new AppError('input:invalid', 'Some text holds a NUL character (\\u0000), which cannot be stored. Remove it and try again.');
  if (pg.code === '22001') return new AppError('input:invalid', 'Some text is longer than can be stored. Shorten it and try again.');
  if (pg.code === '22003' || pg.code === '22007' || pg.code === '22008') return new AppError('input:invalid', 'A number or date is out of range. Check the values and try again.');
  return null;
}

/** An AppError as is; a Postgres error the client caused as its AppError; anything else null (a fault of ours). */
function asAppError(error: unknown): AppError | null {
  return error instanceof AppError ? error : fromDatabaseError(error);
}

/** The one place an error becomes an HTTP response. Unknown errors are logged, never leaked. */
export function toResponse(thrown: unknown): Response {
  const error = asAppError(thrown);
  if (error) {
    return Response.json({ error: { code: error.code, message: error.message, ...error.details } }, { status: error.status });
  }
  console.error(thrown);
  return Response.json(
    { error: { code: 'internal', message: 'Something went wrong on our side. Try again in a moment.' } },
    { status: 500 },
  );
}

/** What a server action returns to a form: success data, or an error with per-field messages. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fields?: FieldErrors };

export function toActionResult(thrown: unknown): ActionResult<never> {
  const error = asAppError(thrown);
  if (error) {
    return { ok: false, code: error.code, message: error.message, fields: error.details?.fields };
  }
  console.error(thrown);
  return { ok: false, code: 'internal', message: 'Something went wrong on our side. Try again in a moment.' };
}
