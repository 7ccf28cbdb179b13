/**
 * A wallet in a script, for tests and for trying the wallet import by hand (`npm run wallet -- <interaction URL>`).
 * It plays what the Learner Credential Wallet and OpenID4VP wallets do: read the interaction URL's protocols object,
 * ask the VC-API exchange for its request (or read the openid4vp:// request), sign a presentation for the challenge
 * and domain with its holder DID, and post it. It can also misbehave on purpose (wrong domain, a stale challenge, a
 * replay) so the tests see each refusal. Built from the same Digital Bazaar libraries Badgeboard verifies with.
 */
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { importJWK, SignJWT } from 'jose';
import { ob3Credential, signDataIntegrity, signJwt, withProofList, type AchievementTemplate } from '@/server/badges/issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from '@/server/badges/issuing/issuer-keys';
import { documentLoader } from '@/server/badges/verify/document-loader';

type Json = Record<string, unknown>;
export type WalletAnswer = { status: number; body: Json; url: string };
export type Misbehaviour = { domain?: string; challenge?: string };

const VCDM2 = 'https://www.w3.org/ns/credentials/v2';

/** A badge bound to a holder DID (credentialSubject.id), as OB 3.0 issuers do for wallet holders. */
export async function issueDidBoundBadge(
  holderDid: string,
  achievement: AchievementTemplate,
  options: { issuer?: IssuerKey; issuerName?: string; format?: 'ldp' | 'jwt' } = {},
): Promise<Json | string> {
  const issuer = options.issuer ?? (await didKeyIssuer('scripted-wallet-academy'));
  const credential = ob3Credential({
    issuer,
    issuerName: options.issuerName ?? 'Scripted Wallet Academy',
    recipientEmail: 'unused@example.invalid',
    achievement,
  });
  const subject = credential.credentialSubject as Json;
  delete subject.identifier;
  credential.credentialSubject = { id: holderDid, ...subject };
  if (options.format === 'jwt') return signJwt(credential, issuer);
  return withProofList(await signDataIntegrity(credential, issuer));
}

export class ScriptedWallet {
  private last: { url: string; init: RequestInit } | null = null;

  private constructor(
    readonly holder: IssuerKey,
    readonly credentials: (Json | string)[],
  ) {}

  /** A wallet with a did:key holder derived from `name` (the same name gives the same DID). */
  static async create(name: string, credentials: (Json | string)[] = []): Promise<ScriptedWallet> {
    return new ScriptedWallet(await didKeyIssuer(`scripted-wallet:${name}`), credentials);
  }

  get did(): string {
    return this.holder.did;
  }

  /** GET the interaction URL with `?iuv=1`: the protocols object. */
  async protocols(interactionUrl: string): Promise<{ vcapi: string; OID4VP: string }> {
    const url = new URL(interactionUrl);
    url.searchParams.set('iuv', '1');
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    const body = (await response.json()) as { protocols?: { vcapi: string; OID4VP: string } };
    if (!response.ok || !body.protocols) throw new Error(`The interaction URL answered ${response.status}: ${JSON.stringify(body)}`);
    return body.protocols;
  }

  /** The VC-API flow: `{}` for the request, then the signed presentation. */
  async answerVcApi(interactionUrl: string, misbehave: Misbehaviour = {}): Promise<WalletAnswer> {
    const { vcapi } = await this.protocols(interactionUrl);
    const first = await this.post(vcapi, { 'content-type': 'application/json' }, '{}');
    const request = first.body.verifiablePresentationRequest as { challenge: string; domain: string } | undefined;
    if (!request) return first;
    const presentation = await this.signPresentation(misbehave.challenge ?? request.challenge, misbehave.domain ?? request.domain);
    return this.post(vcapi, { 'content-type': 'application/json' }, JSON.stringify({ verifiablePresentation: presentation }));
  }

  /** The OpenID4VP flow: read the request from the openid4vp:// link, answer by direct_post (Data Integrity or VP-JWT). */
  async answerOid4vp(interactionUrl: string, options: Misbehaviour & { format?: 'ldp' | 'jwt' } = {}): Promise<WalletAnswer> {
    const { OID4VP } = await this.protocols(interactionUrl);
    const params = new URL(OID4VP).searchParams;
    const clientId = params.get('client_id')!;
    const nonce = options.challenge ?? params.get('nonce')!;
    const responseUri = params.get('response_uri')!;
    const audience = options.domain ?? clientId;
    const vpToken =
      options.format === 'jwt'
        ? { openbadge_jwt: [await this.signJwtPresentation(nonce, audience)] }
        : { openbadge_ldp: [await this.signPresentation(nonce, audience)] };
    const form = new URLSearchParams({ vp_token: JSON.stringify(vpToken), state: params.get('state') ?? '' });
    return this.post(responseUri, { 'content-type': 'application/x-www-form-urlencoded' }, form.toString());
  }

  /** Sends the last request again, byte for byte: what an attacker who captured it would do. */
  async replay(): Promise<WalletAnswer> {
    if (!this.last) throw new Error('Nothing to replay yet.');
    return this.send(this.last.url, this.last.init);
  }

  async signPresentation(challenge: string, domain: string): Promise<Json> {
    const presentation = {
      '@context': [VCDM2],
      type: ['VerifiablePresentation'],
      holder: this.did,
      verifiableCredential: this.credentials.map((c) =>
        typeof c === 'string' ? { '@context': VCDM2, id: `data:application/vc+jwt,${c}`, type: 'EnvelopedVerifiableCredential' } : c,
      ),
    };
    const suite = new DataIntegrityProof({ signer: this.holder.keyPair.signer(), cryptosuite: eddsaRdfc2022 });
    return vc.signPresentation({ presentation, suite, documentLoader, challenge, domain });
  }

  async signJwtPresentation(nonce: string, audience: string): Promise<string> {
    const key = await importJWK(this.holder.privateJwk, 'EdDSA');
    return new SignJWT({
      iss: this.did,
      aud: audience,
      nonce,
      vp: { '@context': [VCDM2], type: ['VerifiablePresentation'], holder: this.did, verifiableCredential: this.credentials },
    })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: this.holder.verificationMethod })
      .setIssuedAt()
      .sign(key);
  }

  private post(url: string, headers: Record<string, string>, body: string): Promise<WalletAnswer> {
    const init: RequestInit = { method: 'POST', headers: { accept: 'application/json', ...headers }, body };
    this.last = { url, init };
    return this.send(url, init);
  }

  private async send(url: string, init: RequestInit): Promise<WalletAnswer> {
    const response = await fetch(url, init);
    const text = await response.text();
    let body: Json;
    try {
      body = JSON.parse(text) as Json;
    } catch {
      body = { text };
    }
    return { status: response.status, body, url };
  }
}
