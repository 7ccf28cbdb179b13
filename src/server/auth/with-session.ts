import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { AppError, toActionResult, toResponse, type ActionResult } from '@/server/errors';
import { getViewer, hasRole, type Role, type Viewer } from './viewer';

const roleNames: Record<Role, string> = { seeker: 'a job seeker', employer: 'a member of an employer organisation', admin: 'an administrator' };

/** Throws unless there is a viewer with the role. The one check every handler and action goes through. */
export async function requireViewer(role?: Role): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('auth:unauthenticated', 'Sign in to continue.');
  if (role && !hasRole(viewer, role)) throw new AppError('auth:forbidden', `This is only for ${roleNames[role]}.`);
  return viewer;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** Wraps a route handler: resolves the viewer, checks the role, turns every error into a response. */
export function withSession(
  handler: (request: Request, ctx: { viewer: Viewer; params: Record<string, string | string[]> }) => Promise<Response>,
  options: { role?: Role } = {},
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const viewer = await requireViewer(options.role);
      return await handler(request, { viewer, params: (await context?.params) ?? {} });
    } catch (error) {
      return toResponse(error);
    }
  };
}

/** Wraps a server action: validates the input with zod, checks the viewer, returns a typed result for the form. */
export function protectedAction<S extends z.ZodType, T>(
  schema: S,
  options: { role?: Role },
  run: (input: z.infer<S>, viewer: Viewer) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    try {
      const viewer = await requireViewer(options.role);
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
