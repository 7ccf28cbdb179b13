import 'server-only';

/**
 * What Badgeboard says to wallets, built from the site's base URL and one exchange. Pure (no I/O), so the shapes are
 * unit-tested and the README documents exactly these.
 */
export type ExchangeUrls = {
  /** The W3C VCALM interaction URL in the QR code: a wallet GETs it with `?iuv=1` for the protocols object. */
  interaction: string;
  /** The VC-API exchange endpoint (POST `{}` for the request, POST `{ verifiablePresentation }` to answer). */
  vcapi: string;
  /** OpenID4VP `response_uri` for `direct_post`; also the client_id, as `redirect_uri:<this URL>`. */
  oid4vpResponse: string;
};

export function exchangeUrls(baseUrl: string, exchangeId: string): ExchangeUrls {
  const base = baseUrl.replace(/\/$/, '');
  return {
    interaction: `${base}/api/v1/wallet/interactions/${exchangeId}`,
    vcapi: `${base}/api/v1/wallet/exchanges/${exchangeId}`,
    oid4vpResponse: `${base}/api/v1/wallet/exchanges/${exchangeId}/openid4vp/response`,
  };
}

/** The VC-API `domain` the holder signs: this site's host, so a presentation made for another verifier is refused. */
export function vcapiDomain(baseUrl: string): string {
  return new URL(baseUrl).host;
}

/** OpenID4VP 1.0 client identifier with the `redirect_uri` prefix (an unsigned request answered by direct_post). */
export function oid4vpClientId(urls: ExchangeUrls): string {
  return `redirect_uri:${urls.oid4vpResponse}`;
}

const OB3_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

/**
 * Whose CV the badges go to, in the words a wallet shows its holder: someone who was sent another person's code
 * (OpenID4VP 1.0 §13.3, cross-device phishing) sees that it is not their own CV before sharing.
 */
export function shareReason(cvOwnerName: string | null): string {
  const whose = cvOwnerName ? `the Badgeboard CV of ${cvOwnerName.slice(0, 80)}` : 'a Badgeboard CV';
  return `Adds your Open Badges, and proves you hold them, to ${whose}. Share only if that CV is yours.`;
}

/** The VC-API Verifiable Presentation Request: prove a DID (DIDAuthentication) and share Open Badge credentials. */
export function verifiablePresentationRequest(baseUrl: string, challenge: string, cvOwnerName: string | null = null) {
  return {
    query: [
      {
        type: 'DIDAuthentication',
        acceptedMethods: [{ method: 'key' }, { method: 'jwk' }, { method: 'web' }],
        acceptedCryptosuites: [{ cryptosuite: 'eddsa-rdfc-2022' }],
      },
      {
        type: 'QueryByExample',
        credentialQuery: [
          {
            reason: shareReason(cvOwnerName),
            example: { '@context': OB3_CONTEXTS, type: ['OpenBadgeCredential'] },
          },
        ],
      },
    ],
    challenge,
    domain: vcapiDomain(baseUrl),
  };
}

/** The DCQL query: Open Badge 3.0 credentials as Data Integrity (`ldp_vc`) or VC-JWT (`jwt_vc_json`), any number of each. */
export function dcqlQuery() {
  const typeValues = [['OpenBadgeCredential'], ['VerifiableCredential', 'OpenBadgeCredential'], ['AchievementCredential']];
  return {
    credentials: [
      { id: 'openbadge_ldp', format: 'ldp_vc', multiple: true, meta: { type_values: typeValues } },
      { id: 'openbadge_jwt', format: 'jwt_vc_json', multiple: true, meta: { type_values: typeValues } },
    ],
    credential_sets: [{ options: [['openbadge_ldp'], ['openbadge_jwt']], required: true }],
  };
}

/** The verifier's metadata a wallet needs to answer (formats and algorithms Badgeboard verifies). */
export function oid4vpClientMetadata(cvOwnerName: string | null = null) {
  return {
    client_name: cvOwnerName ? `Badgeboard · CV of ${cvOwnerName.slice(0, 80)}` : 'Badgeboard',
    vp_formats_supported: {
      ldp_vc: {
        proof_type_values: ['DataIntegrityProof', 'Ed25519Signature2020'],
        cryptosuite_values: ['eddsa-rdfc-2022', 'ecdsa-rdfc-2019', 'ecdsa-sd-2023'],
      },
      jwt_vc_json: { alg_values: ['EdDSA', 'ES256'] },
    },
  };
}

/** The OpenID4VP 1.0 authorization request, by value (the `redirect_uri` client prefix takes no signed request). */
export function oid4vpRequest(urls: ExchangeUrls, exchangeId: string, nonce: string, cvOwnerName: string | null = null) {
  return {
    client_id: oid4vpClientId(urls),
    response_type: 'vp_token',
    response_mode: 'direct_post',
    response_uri: urls.oid4vpResponse,
    nonce,
    state: exchangeId,
    dcql_query: dcqlQuery(),
    client_metadata: oid4vpClientMetadata(cvOwnerName),
  };
}

/** The request as the `openid4vp://` link a wallet app opens (object parameters JSON-encoded, as the spec says). */
export function oid4vpLink(request: ReturnType<typeof oid4vpRequest>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(request)) params.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  return `openid4vp://?${params.toString()}`;
}

/** The VCALM protocols object a wallet gets from the interaction URL with `?iuv=1`. */
export function protocolsObject(baseUrl: string, exchangeId: string, challenge: string, cvOwnerName: string | null = null) {
  const urls = exchangeUrls(baseUrl, exchangeId);
  return { protocols: { vcapi: urls.vcapi, OID4VP: oid4vpLink(oid4vpRequest(urls, exchangeId, challenge, cvOwnerName)) } };
}
