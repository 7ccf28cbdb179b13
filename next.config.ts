import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and WASM modules stay outside the server bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', '@elastic/elasticsearch'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
