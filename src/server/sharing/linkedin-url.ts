import 'server-only';

/** What LinkedIn's certification form needs from a badge. */
export type LinkedInCertification = {
  name: string;
  /** The registry's name when the issuer is known, else the name the credential claims. */
  organizationName: string;
  issuedAt: Date | null;
  expiresAt: Date | null;
  /** The public badge page: where a reader of the profile checks the badge. */
  certUrl: string;
  /** The credential's own id when it has one, else the badge's id on Badgeboard. */
  certId: string;
};

const year = (date: Date) => String(date.getUTCFullYear());
// LinkedIn counts months from 1; JavaScript from 0.
const month = (date: Date) => String(date.getUTCMonth() + 1);

/**
 * LinkedIn's "Add to profile" link with the certification form filled in. Dates are read in UTC (a badge issued at
 * midnight UTC is that month everywhere); a missing date leaves its fields out rather than guessing.
 */
export function linkedInAddToProfileUrl(cert: LinkedInCertification): string {
  const url = new URL('https://www.linkedin.com/profile/add');
  const params = url.searchParams;
  params.set('startTask', 'CERTIFICATION_NAME');
  params.set('name', cert.name);
  params.set('organizationName', cert.organizationName);
  if (cert.issuedAt) {
    params.set('issueYear', year(cert.issuedAt));
    params.set('issueMonth', month(cert.issuedAt));
  }
  if (cert.expiresAt) {
    params.set('expirationYear', year(cert.expiresAt));
    params.set('expirationMonth', month(cert.expiresAt));
  }
  params.set('certUrl', cert.certUrl);
  params.set('certId', cert.certId);
  return url.href;
}

/** The id to give LinkedIn: a credential id the issuer chose, else Badgeboard's (a content hash is no one's id). */
export function certificationId(badge: { id: string; credentialKey: string }): string {
  return badge.credentialKey.startsWith('sha256:') ? badge.id : badge.credentialKey;
}

/** Who issued it, for a reader: the registry's name for a known issuer, otherwise the credential's own claim. */
export function issuerDisplayName(badge: { issuerName: string; report: { issuer?: { known: boolean; knownName: string | null } } }): {
  name: string;
  known: boolean;
} {
  const issuer = badge.report.issuer;
  if (issuer?.known && issuer.knownName) return { name: issuer.knownName, known: true };
  return { name: badge.issuerName, known: false };
}
