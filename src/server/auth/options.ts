import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/server/db/client';
import { env } from '@/server/env';
import { AppError } from '@/server/errors';
import { clientAddress } from '@/server/http/client-address';
import { authenticate } from './authenticate';
import { revokeSession, SESSION_MAX_AGE_SECONDS, startSession } from './sessions';

/**
 * next-auth configuration: email + password, JWT sessions (30 days), our own pages. The Credentials provider only
 * works with JWT sessions, so each sign-in also records a `user_sessions` row and the token carries its id (`sid`);
 * `getViewer` refuses a token whose row is revoked or expired, and sign-out revokes the row.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          try {
            const user = await authenticate(await getDb(), credentials, clientAddress(req?.headers));
            // Handed on to the jwt callback, which records the session (the account page names devices by it).
            return { ...user, userAgent: req?.headers?.['user-agent'] };
          } catch (error) {
            // next-auth passes the message to the sign-in form.
            if (error instanceof AppError) throw new Error(error.message, { cause: error });
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        // `user` is only present at sign-in.
        if (user) {
          token.uid = user.id;
          token.sid = await startSession(await getDb(), user.id, { userAgent: (user as { userAgent?: unknown }).userAgent });
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === 'string') (session.user as { id?: string }).id = token.uid;
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await revokeSession(await getDb(), token.sid);
      },
    },
  };
}
