import { z } from 'zod';

/**
 * Environment of the app process, validated once on first use (not at import time, so `next build`
 * needs no secrets). `npm start` fills in whatever is missing for local use before the app starts.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|pglite:)/, 'must start with postgres:// or pglite: (e.g. pglite:.data/pglite)'),
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
  /** Shows the local mailbox page and prints mail to the log; never on in a real deployment. */
  BADGEBOARD_LOCAL_MODE: z.enum(['0', '1']).default('0'),
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
  return result.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
