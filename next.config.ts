import type { NextConfig } from 'next';
import { securityHeaderRoutes } from './src/lib/security-headers';

const nextConfig: NextConfig = {
  // Native and WASM modules stay outside the server bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', '@elastic/elasticsearch'],
  poweredByHeader: false,
  typedRoutes: false,
  // Security headers on every response; the per-request page CSP is added by src/proxy.ts.
  headers: async () => securityHeaderRoutes({ production: process.env.NODE_ENV === 'production' }),
};

export default nextConfig;
