/** What an organisation API key may do. */
export const apiScopes = ['search', 'verify', 'jobs'] as const;
export type ApiScope = (typeof apiScopes)[number];

/** A caller authenticated by an organisation API key. */
export type ApiKeyPrincipal = { keyId: string; orgId: string; orgName: string; name: string; scopes: ApiScope[] };
