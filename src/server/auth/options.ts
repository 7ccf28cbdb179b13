import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/server/db/client';
import { env } from '@/server/env';
import { AppError } from '@/server/errors';
import { authenticate } from './authenticate';

function clientKey(headers: Record<string, unknown> | undefined): string {
  const forwarded = String(headers?.['x-forwarded-for'] ?? '').split(',')[0]?.trim();
  return forwarded || String(headers?.['x-real-ip'] ?? 'local');
}

/** next-auth configuration: email + password, JWT sessions (30 days), our own pages. */
export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          try {
            return await authenticate(await getDb(), credentials, clientKey(req?.headers));
          } catch (error) {
            // next-auth passes the message to the sign-in form.
            if (error instanceof AppError) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === 'string') (session.user as { id?: string }).id = token.uid;
        return session;
      },
    },
  };
}
