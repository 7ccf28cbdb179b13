import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { AppError, toActionResult, type ActionResult } from '@/server/errors';
import { consumeRateLimit, type RateLimitPolicy } from '@/server/http/rate-limits';
import { getViewer, hasRole, type Role, type Viewer } from './viewer';

const roleNames: Record<Role, string> = { seeker: 'a job seeker', employer: 'a member of an employer organisation', admin: 'an administrator' };

/** Throws unless there is a viewer with the role. The one check every handler and action goes through. */
export async function requireViewer(role?: Role): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('auth:unauthenticated', 'Sign in to continue.');
  if (role && !hasRole(viewer, role)) throw new AppError('auth:forbidden', `This is only for ${roleNames[role]}.`);
  return viewer;
}

/**
 * Wraps a server action — the same rules as `defineRoute` for routes: checks the viewer (and role), counts the
 * action against a rate limit per person, validates the input with zod, returns a typed result for the form.
 * Cross-site posts are refused by Next.js itself for server actions (it compares Origin with Host).
 */
export function protectedAction<S extends z.ZodType, T>(
  schema: S,
  options: { role?: Role; rateLimit?: RateLimitPolicy },
  run: (input: z.infer<S>, viewer: Viewer) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    try {
      const viewer = await requireViewer(options.role);
      await consumeRateLimit(options.rateLimit ?? 'api-write', `user:${viewer.id}`);
      const parsed = schema.safeParse(input);
      if (!parsed.success) throw AppError.fromZod(parsed.error);
      return { ok: true, data: await run(parsed.data, viewer) };
    } catch (error) {
      return toActionResult(error);
    }
  };
}

/** For pages: the viewer, or a redirect to sign-in (returning here afterwards). Role mismatch → null. */
export async function pageViewer(path: string, role?: Role): Promise<{ viewer: Viewer; allowed: boolean }> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return { viewer, allowed: !role || hasRole(viewer, role) };
}
