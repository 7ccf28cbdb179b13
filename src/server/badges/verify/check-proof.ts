import 'server-only';
import type { CheckResult } from '@/lib/verification/model';
import type { DecodedCredential } from '../parse/decode-credential';
import type { BadgeFacts } from './facts';
import { checkDataIntegrityProof } from './proof-data-integrity';
import { checkJwtProof } from './proof-jwt';
import { checkOb2Hosted, checkOb2Signed } from './proof-ob2';

/**
 * Who signed: a key (DID URL or https key id) with its controller and the suite that verified, or, for
 * OB 2.0, the hosting URL or the profile key. Feeds the issuer check, which decides whether it is the issuer.
 */
export type Signer =
  | {
      kind: 'key';
      verificationMethod: string;
      controller: string;
      suite: string;
      /** Purposes the controller lists the key under, when known. */ purposes?: string[];
    }
  | { kind: 'ob2-hosted'; url: string }
  | { kind: 'ob2-key'; keyUrl: string };
export type ProofCheck = { result: CheckResult; signer: Signer | null };

/** Is the credential unchanged since its issuer signed or published it? */
export async function checkProof(decoded: DecodedCredential, facts: BadgeFacts): Promise<ProofCheck> {
  if (facts.format === 'ob2') return facts.ob2!.verificationType === 'signed' ? checkOb2Signed(decoded, facts) : checkOb2Hosted(decoded, facts);
  if (decoded.jwt) return checkJwtProof(decoded, facts);
  return checkDataIntegrityProof(decoded, facts);
}
