import 'server-only';
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
  | 'auth:cross_origin'
  | 'auth:invalid_api_key'
  | 'auth:insufficient_scope'
  | 'input:unsupported_media_type'
  | 'rate_limited'
  | 'wallet:exchange_expired'
  | 'wallet:exchange_used'
  | 'wallet:challenge_mismatch'
  | 'wallet:domain_mismatch'
  | 'wallet:invalid_presentation'
  | 'email:already_added'
  | 'email:taken'
  | 'email:limit_reached'
  | 'email:not_verified'
  | 'email:cannot_remove'
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
  'auth:cross_origin': 403,
  'auth:invalid_api_key': 401,
  'auth:insufficient_scope': 403,
  'input:unsupported_media_type': 415,
  rate_limited: 429,
  'wallet:exchange_expired': 410,
  'wallet:exchange_used': 409,
  'wallet:challenge_mismatch': 400,
  'wallet:domain_mismatch': 400,
  'wallet:invalid_presentation': 400,
  'email:already_added': 409,
  'email:taken': 409,
  'email:limit_reached': 409,
  'email:not_verified': 409,
  'email:cannot_remove': 409,
  internal: 500,
};

/** The short, fixed summary of each problem type (RFC 9457 `title`); `detail` says what happened this time. */
export const problemTitles: Record<ErrorCode, string> = {
  'auth:unauthenticated': 'Sign-in required',
  'auth:forbidden': 'Not allowed',
  'auth:invalid_credentials': 'Wrong email or password',
  'auth:rate_limited': 'Too many sign-in attempts',
  'auth:email_taken': 'Email already registered',
  'input:invalid': 'Invalid input',
  'input:too_large': 'Request too large',
  not_found: 'Not found',
  conflict: 'Conflict',
  'search:unavailable': 'Search unavailable',
  'search:bad_cursor': 'Stale page cursor',
  'auth:cross_origin': 'Cross-origin request refused',
  'auth:invalid_api_key': 'Invalid API key',
  'auth:insufficient_scope': 'API key lacks the scope',
  'input:unsupported_media_type': 'Unsupported content type',
  rate_limited: 'Too many requests',
  'wallet:exchange_expired': 'Wallet exchange expired',
  'wallet:exchange_used': 'Wallet exchange already used',
  'wallet:challenge_mismatch': 'Presentation signed for another challenge',
  'wallet:domain_mismatch': 'Presentation signed for another site',
  'wallet:invalid_presentation': 'Presentation not accepted',
  'email:already_added': 'Address already on your account',
  'email:taken': 'Address used by another account',
  'email:limit_reached': 'Too many email addresses',
  'email:not_verified': 'Address not verified yet',
  'email:cannot_remove': 'Address cannot be removed',
  internal: 'Internal error',
};

export const errorCodes = Object.keys(statusByCode) as ErrorCode[];

export function statusOf(code: ErrorCode): number {
  return statusByCode[code];
}

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
  if (pg.code === '22021' || pg.code === '22P05')
    return new AppError('input:invalid', 'Some text holds a NUL character (\\u0000), which cannot be stored. Remove it and try again.');
  if (pg.code === '22001') return new AppError('input:invalid', 'Some text is longer than can be stored. Shorten it and try again.');
  if (pg.code === '22003' || pg.code === '22007' || pg.code === '22008')
    return new AppError('input:invalid', 'A number or date is out of range. Check the values and try again.');
  return null;
}

/** An AppError as is; a Postgres error the client caused as its AppError; anything else null (a fault of ours). */
function asAppError(error: unknown): AppError | null {
  return error instanceof AppError ? error : fromDatabaseError(error);
}

/** RFC 9457 problem details, as every API error is sent (`application/problem+json`). */
export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Stable machine code, `<area>:<reason>`; branch on this, never on the text. */
  code: ErrorCode;
  instance?: string;
  /** One entry per invalid field: `field` is the dotted path (`requirements.0.code`), `pointer` the JSON Pointer. */
  errors?: { field: string; pointer: string; detail: string }[];
  [extension: string]: unknown;
};

/** Where a problem type is explained: an anchor on the developers page. */
export function problemType(code: ErrorCode, origin?: string): string {
  return `${origin ?? ''}/developers#problem-${code.replace(':', '-')}`;
}

export function toProblem(error: AppError, options: { origin?: string; instance?: string } = {}): ProblemDetails {
  const { fields, ...extensions } = error.details ?? {};
  const problem: ProblemDetails = {
    type: problemType(error.code, options.origin),
    title: problemTitles[error.code],
    status: error.status,
    detail: error.message,
    code: error.code,
  };
  if (options.instance) problem.instance = options.instance;
  if (fields && Object.keys(fields).length) {
    problem.errors = Object.entries(fields).flatMap(([field, messages]) =>
      messages.map((detail) => ({
        field,
        pointer:
          field === '_form'
            ? '#'
            : `#/${field
                .split('.')
                .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
                .join('/')}`,
        detail,
      })),
    );
  }
  for (const [key, value] of Object.entries(extensions)) if (!(key in problem)) problem[key] = value;
  return problem;
}

/** The one place an error becomes an HTTP response (problem+json). Unknown errors are logged, never leaked. */
export function toResponse(thrown: unknown, options: { origin?: string; instance?: string } = {}): Response {
  const error = asAppError(thrown) ?? (console.error(thrown), new AppError('internal', 'Something went wrong on our side. Try again in a moment.'));
  const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'cache-control': 'no-store' };
  const retryAfter = error.details?.retryAfter;
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter)) headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfter)));
  return new Response(JSON.stringify(toProblem(error, options)), { status: error.status, headers });
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
