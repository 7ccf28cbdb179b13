import 'server-only';
import { createHash } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '@/server/errors';
import { rateLimitStore, storeKey, type LimiterOptions } from './rate-limit-store';

/**
 * Named limits, one per kind of work: `points` units per `durationSeconds` window (fixed, starting at the first
 * unit) for each key. Counters live in Postgres (`rate_limits`), shared by every app instance; see README
 * "Limits and client addresses". Keys are `user:<id>`, `ip:<address>`, `key:<api key id>`, `email:<address>`.
 */
export const rateLimitPolicies = {
  /** Reads of the API by a signed-in person or a key. */
  'api-read': { points: 600, durationSeconds: 60 },
  /** Writes of the API. */
  'api-write': { points: 120, durationSeconds: 60 },
  /** Anonymous reads (public job search, taxonomy). Keyed by address. */
  'public-read': { points: 300, durationSeconds: 60 },
  /** Candidate search (signed-in employer or API key). */
  search: { points: 120, durationSeconds: 60 },
  /** Attaching a badge (may fetch from the internet). */
  'badge-attach': { points: 30, durationSeconds: 600 },
  /** Anonymous verification of a posted badge. Keyed by address; tight. */
  'verify-public': { points: 20, durationSeconds: 600 },
  /** Verification with an organisation API key. */
  'verify-key': { points: 300, durationSeconds: 600 },
  /** "Verify now" on a public badge page, per visitor (each re-runs the checks, which may fetch status lists). */
  'verify-now': { points: 10, durationSeconds: 60 },
  /** Wallet exchanges a seeker starts (each is a QR code on the CV page). */
  'wallet-start': { points: 30, durationSeconds: 3600 },
  /** Wallet calls to the exchange endpoints, by address (anonymous: the id in the URL is the capability). */
  'wallet-exchange': { points: 60, durationSeconds: 600 },
  /** Sign-up requests from one address (each sends a mail). */
  'sign-up': { points: 20, durationSeconds: 3600 },
  /** Sign-up mail to one address, whoever asks: stops using our sign-up form to flood someone's inbox. */
  'sign-up-mail': { points: 3, durationSeconds: 3600 },
  /** Verification links sent again, per account. */
  'email-resend': { points: 5, durationSeconds: 3600 },
  /** Verification links sent again, per address (several accounts behind one address). */
  'email-resend-address': { points: 20, durationSeconds: 3600 },
  /** Email addresses added to an account, per account (each sends a verification link). */
  'email-add': { points: 10, durationSeconds: 3600 },
  /** Verification links to one added address, whoever asks: adding someone's address cannot flood their inbox. */
  'email-link-address': { points: 5, durationSeconds: 3600 },
  /** Password-reset mail, per account email ("Forgot your password?"). */
  'password-reset': { points: 3, durationSeconds: 3600 },
  /** Password-reset requests, per address. */
  'password-reset-address': { points: 10, durationSeconds: 3600 },
  /**
   * Sign-in, used by `src/server/auth/sign-in-throttle.ts` rather than `consumeRateLimit`: failures in a row per
   * (account email, address) — `points` of them are free, then each waits twice as long (1 s … 15 min);
   */
  'sign-in-failures': { points: 5, durationSeconds: 24 * 3600 },
  /** … the wait itself (a block written after each failure beyond the free ones); */
  'sign-in-delay': { points: 1, durationSeconds: 15 * 60 },
  /** … and failed sign-ins per address across all accounts in a day (slow guessing over many accounts). */
  'sign-in-address': { points: 200, durationSeconds: 24 * 3600 },
} as const satisfies Record<string, LimiterOptions>;

export type RateLimitPolicy = keyof typeof rateLimitPolicies;

/** The limiter of a policy (counters in the process's store; a key over its limit is then refused from memory). */
export async function policyLimiter(policy: RateLimitPolicy) {
  return (await rateLimitStore()).limiter(policy, {
    ...rateLimitPolicies[policy],
    blockInMemory: true,
  });
}

/** The key of an email address: hashed, so the counters table holds no addresses. */
export function emailKey(email: string): string {
  return `email:${createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 32)}`;
}

/** A wait in words: "1 second", "40 seconds", "3 minutes", "2 hours" (rounded up, so it is never too short). */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (s < 60) return plural(s, 'second');
  if (s < 3600) return plural(Math.ceil(s / 60), 'minute');
  return plural(Math.ceil(s / 3600), 'hour');
}

/** Seconds to wait, from the library's answer (which is `msBeforeNext`, -1 for "no expiry"). */
export function secondsUntil(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(Math.max(0, res.msBeforeNext) / 1000));
}

/**
 * Counts one unit of `policy` for `key` (e.g. `user:<id>`, `ip:<address>`, `key:<api key id>`). Throws
 * AppError `rate_limited` (429, `retryAfter` seconds in details) when over the limit. `message` words the refusal
 * for the place it happens ("We have sent several links already … try again in 3 minutes.").
 */
export async function consumeRateLimit(policy: RateLimitPolicy, key: string, options: { message?: (wait: string) => string } = {}): Promise<void> {
  const limiter = await policyLimiter(policy);
  try {
    await limiter.consume(storeKey(key));
  } catch (outcome) {
    // The library rejects with its result object when over the limit; anything else is a fault (the in-memory
    // insurance already stood in for the store), so it propagates.
    if (!(outcome instanceof RateLimiterRes)) throw outcome;
    const retryAfter = secondsUntil(outcome);
    const wait = formatWait(retryAfter);
    throw new AppError('rate_limited', options.message?.(wait) ?? `Too many requests. Try again in ${wait}.`, { retryAfter });
  }
}
