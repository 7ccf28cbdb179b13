import 'server-only';

/**
 * A 1EdTech Revocation List document (Open Badges 3.0 / CLR 2.0 `1EdTechRevocationList` status method):
 * the credentials the issuer has revoked, by credential id. Not a signed credential.
 */
export function oneEdTechRevocationList(options: {
  url: string;
  issuer: string;
  revoked: { id: string; reason?: string; revoked?: boolean }[];
}): Record<string, unknown> {
  return {
    id: options.url,
    issuer: options.issuer,
    revokedCredentials: options.revoked.map((entry) => ({
      id: entry.id,
      ...(entry.revoked === undefined ? {} : { revoked: entry.revoked }),
      ...(entry.reason ? { revocationReason: entry.reason } : {}),
    })),
  };
}
