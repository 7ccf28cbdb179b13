import 'server-only';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '@/server/errors';
import { emailKey, formatWait, policyLimiter, rateLimitPolicies, secondsUntil } from '@/server/http/rate-limits';

/** Failures in a row, per account email and address, that cost nothing. */
export const FREE_FAILURES = rateLimitPolicies['sign-in-failures'].points;
/** The longest wait between two tries. */
export const MAX_WAIT_SECONDS = 15 * 60;

/**
 * Seconds to wait after the `failures`-th wrong password in a row: none for the free ones, then 1 s, 2 s, 4 s …,
 * doubling up to 15 minutes. A person who mistypes a few times barely notices; a guesser gets ~100 tries a day.
 */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_FAILURES));
}

/**
 * The counter of one account email at one address. The email is hashed (the table needs no addresses in it); the
 * address keeps it apart from the owner's own tries elsewhere, so a stranger failing cannot lock the owner out.
 */
function accountKey(email: string, address: string): string {
  return `${emailKey(email)}|ip:${address}`;
}

function refusal(outcome: unknown, message: (wait: string) => string): AppError {
  if (!(outcome instanceof RateLimiterRes)) throw outcome;
  const retryAfter = secondsUntil(outcome);
  return new AppError('auth:rate_limited', message(formatWait(retryAfter)), {
    retryAfter,
  });
}

export type SignInAttempt = {
  /** The password was right: the account's failures at this address are forgotten. */
  succeeded(): Promise<void>;
  /** The password was wrong: returns the seconds to wait before the next try (0 while tries are free). */
  failed(): Promise<number>;
};

/**
 * Lets one sign-in try for `email` from `address` go ahead, or throws `auth:rate_limited` saying how long to wait.
 * The same happens whether or not an account exists for the email, so the limit says nothing about accounts.
 *
 * Each try is counted as a failure (and against the address's daily ceiling) *before* the password is checked and
 * taken back when it succeeds, so a burst of concurrent guesses cannot all slip in before the first one fails:
 * beyond the free tries, one try at a time is let through per wait.
 */
export async function admitSignIn(email: string, address: string): Promise<SignInAttempt> {
  const [failures, delay, ceiling] = await Promise.all([policyLimiter('sign-in-failures'), policyLimiter('sign-in-delay'), policyLimiter('sign-in-address')]);
  const account = accountKey(email, address);
  const addressKey = `ip:${address}`;

  try {
    await ceiling.consume(addressKey);
  } catch (outcome) {
    throw refusal(outcome, (wait) => `Too many failed sign-ins from your network today. Try again in ${wait}.`);
  }
  const inARow = (await failures.penalty(account)).consumedPoints;
  const before = inARow - 1;
  if (before >= FREE_FAILURES) {
    try {
      // Free unless the wait after the last failure is still running; the slot also holds off concurrent tries.
      await delay.consume(account, 1, {
        customDuration: waitAfterFailures(before),
      });
    } catch (outcome) {
      await Promise.all([failures.reward(account), ceiling.reward(addressKey)]);
      throw refusal(outcome, (wait) => `Too many wrong passwords for this email address from your network. Wait ${wait}, then try again.`);
    }
  }

  return {
    async succeeded() {
      await Promise.all([failures.delete(account), delay.delete(account), ceiling.reward(addressKey)]);
    },
    async failed() {
      const wait = waitAfterFailures(inARow);
      if (wait > 0) await delay.block(account, wait);
      return wait;
    },
  };
}
