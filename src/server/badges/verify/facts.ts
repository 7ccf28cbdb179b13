import 'server-only';
import type { Alignment } from '@/server/taxonomy/match-alignment';

/** What Badgeboard reads out of a credential, whatever its format. */
export type BadgeFacts = {
  format: 'ob2' | 'ob3';
  credentialId: string | null;
  achievement: {
    id: string;
    name: string;
    description: string | null;
    image: string | null;
    criteria: string | null;
    level: string | null;
    alignments: Alignment[];
    microCredential: Record<string, string> | null;
  };
  issuer: { id: string; name: string; url: string | null };
  issuedAt: string | null;
  expiresAt: string | null;
  recipient: Ob2Recipient | Ob3Recipient | null;
  status: StatusEntry[];
  ob2?: Ob2Details;
};

export type Ob2Recipient = { kind: 'ob2'; type: string; identity: string; hashed: boolean; salt: string | null };
export type Ob3Recipient = {
  kind: 'ob3';
  subjectId: string | null;
  identifiers: { identityType: string; identityHash: string; hashed: boolean; salt: string | null }[];
};
/**
 * A `credentialStatus` entry as the credential states it. Values are kept as written (not coerced), so the
 * status check can report a malformed entry with its own code instead of the credential being refused.
 */
export type StatusEntry = {
  /** The entry's type (the first, when a list of types is given). */
  type: string;
  /** `statusListCredential`; for a 1EdTechRevocationList, the entry's `id` (the list's URL). Null when absent. */
  listUrl: string | null;
  /** `statusListIndex` as written: a base-10 string per the specifications, a number from some issuers. */
  index: string | number | null;
  /** `statusPurpose`; null when absent. */
  purpose: string | null;
  /** `statusSize` as written (unset means 1). */
  statusSize: unknown;
  /** `statusMessage` as written. */
  statusMessage: unknown;
};
export type Ob2Details = {
  assertionId: string;
  verificationType: 'hosted' | 'signed';
  creator: string | null;
  revoked: boolean;
  revocationReason: string | null;
  issuerProfile: Record<string, unknown> | null;
  revocationList: string | null;
  publicKeys: string[];
  /**
   * The issuer Profile's `verification` rules for hosted assertions (OB 2.0 VerificationObject), read only from
   * the Profile as published at its id; null = the default rule (same host as the Profile id).
   */
  hostingPolicy?: { allowedOrigins: string[]; startsWith: string[] } | null;
};
