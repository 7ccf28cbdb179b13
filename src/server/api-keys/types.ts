import 'server-only';
import type { ApiScope } from '@/lib/api-scopes';

export { apiScopes, type ApiScope } from '@/lib/api-scopes';

/** A caller authenticated by an organisation API key. */
export type ApiKeyPrincipal = { keyId: string; orgId: string; orgName: string; name: string; scopes: ApiScope[] };

/** A key as lists show it: never the secret, nor its hash. */
export type ApiKeySummary = {
  id: string;
  orgId: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  useCount: number;
  revokedAt: Date | null;
};
