import 'server-only';
import { z } from 'zod';
import { invalidRangesMessage, parseIpRangeList } from '@/lib/client-address/ip-ranges';

/** Addresses and CIDR ranges of the reverse proxies in front of the app, whose `X-Forwarded-For` is believed. */
const trustedProxiesSchema = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const parsed = parseIpRangeList(value);
    if (parsed.ok) return parsed.ranges;
    ctx.addIssue({ code: 'custom', message: invalidRangesMessage(parsed.invalid) });
    return z.NEVER;
  });

/**
 * Environment of the app process, validated once on first use (not at import time, so `next build`
 * needs no secrets). `npm start` fills in whatever is missing for local use before the app starts.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().regex(/^(postgres(ql)?:\/\/|pglite:)/, 'must start with postgres:// or pglite: (e.g. pglite:.data/pglite)'),
  ELASTICSEARCH_URL: z.url('must be the http(s) URL of an Elasticsearch node, e.g. http://127.0.0.1:9200'),
  ELASTICSEARCH_API_KEY: z.string().min(1).optional(),
  ELASTICSEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and _ only')
    .default('badgeboard_'),
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters (npm start writes one to .env.local)'),
  NEXTAUTH_URL: z.url().optional(),
  /** `off` when a separate worker process drains the outbox. */
  OUTBOX_DRAINER: z.enum(['on', 'off']).default('on'),
  /** `off` when separate workers (`npm run worker`) do all background work; `outbox` keeps only the outbox drainer in the app. */
  BADGEBOARD_BACKGROUND: z.enum(['on', 'off', 'outbox']).default('on'),
  /** Hours between two scheduled checks of one badge. */
  REVERIFY_INTERVAL_HOURS: z.coerce.number().min(0.1, 'must be at least 0.1 (hours)').max(720, 'must be at most 720 (30 days)').default(24),
  /** Badges claimed and checked per re-verification batch. */
  REVERIFY_BATCH_SIZE: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(5000, 'must be at most 5000').default(200),
  /** The mail server outgoing mail is delivered through, e.g. smtp://user:pass@smtp.example.org:587 (smtps:// for TLS). Unset: mail stays in the outbox (and the local mailbox). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@smtp.example.org:587')
    .optional(),
  /** The From address of outgoing mail. */
  MAIL_FROM: z.string().min(3).default('Badgeboard <no-reply@badgeboard.invalid>'),
  /** Shows the local mailbox page and prints mail to the log; never on in a real deployment. */
  BADGEBOARD_LOCAL_MODE: z.enum(['0', '1']).default('0'),
  /** Empty: no proxy is trusted and the client is the socket's peer (see `scripts/serve.ts`). */
  TRUSTED_PROXIES: trustedProxiesSchema,
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(
      `Badgeboard cannot start: the environment is incomplete.\n${lines.join('\n')}\n` +
        'Set these variables (see the Configuration table in README.md), or run `npm start`, which provisions them for local use.',
    );
  }
  // Links in mail must not be built from a request's Host or Origin, which a client chooses (a poisoned sign-up link
  // would hand its token to another site). Local mode (npm start, e2e) may derive them from the request.
  if (result.data.NODE_ENV === 'production' && result.data.BADGEBOARD_LOCAL_MODE !== '1' && !result.data.NEXTAUTH_URL) {
    throw new Error(
      "Badgeboard cannot start: the environment is incomplete.\n  - NEXTAUTH_URL: set it to the site's public URL (e.g. https://jobs.example.org); links in mail are built from it.\n" +
        'Set these variables (see the Configuration table in README.md), or run `npm start`, which provisions them for local use.',
    );
  }
  return result.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

const backgroundSchema = envSchema.pick({ BADGEBOARD_BACKGROUND: true, REVERIFY_INTERVAL_HOURS: true, REVERIFY_BATCH_SIZE: true });
export type BackgroundEnv = z.infer<typeof backgroundSchema>;

/** The background-work settings alone, by the same rules: a separate worker runs without the web app's secrets. */
export function parseBackgroundEnv(source: Record<string, string | undefined>): BackgroundEnv {
  const result = backgroundSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(
    `Badgeboard's background work cannot start: the environment is invalid.\n${lines.join('\n')}\nFix these variables (see "Background work and the worker" in README.md).`,
  );
}
