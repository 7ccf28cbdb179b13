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
export type Ob3Recipient = { kind: 'ob3'; subjectId: string | null; identifiers: { identityType: string; identityHash: string; hashed: boolean; salt: string | null }[] };
export type StatusEntry = { type: string; listUrl: string; index: number; purpose: string };
export type Ob2Details = {
  assertionId: string;
  verificationType: 'hosted' | 'signed';
  creator: string | null;
  revoked: boolean;
  revocationReason: string | null;
  issuerProfile: Record<string, unknown> | null;
  revocationList: string | null;
  publicKeys: string[];
};
