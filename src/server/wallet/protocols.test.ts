import { describe, expect, it } from 'vitest';
import { dcqlQuery, exchangeUrls, oid4vpClientId, oid4vpLink, oid4vpRequest, protocolsObject, vcapiDomain, verifiablePresentationRequest } from './protocols';

const BASE = 'https://jobs.example.org/';
const ID = '6f1c1b8e-5b7a-4c1e-9f0e-3d2a1b0c9d8e';

describe('what Badgeboard says to wallets', () => {
  it('builds the interaction, VC-API and OpenID4VP URLs from the base URL and the exchange id', () => {
    expect(exchangeUrls(BASE, ID)).toEqual({
      interaction: `https://jobs.example.org/api/v1/wallet/interactions/${ID}`,
      vcapi: `https://jobs.example.org/api/v1/wallet/exchanges/${ID}`,
      oid4vpResponse: `https://jobs.example.org/api/v1/wallet/exchanges/${ID}/openid4vp/response`,
    });
    expect(vcapiDomain('http://localhost:3210')).toBe('localhost:3210');
  });

  it('asks VC-API wallets for DID authentication and Open Badge credentials, with the challenge and this site as domain', () => {
    const request = verifiablePresentationRequest(BASE, 'the-challenge');
    expect(request.challenge).toBe('the-challenge');
    expect(request.domain).toBe('jobs.example.org');
    expect(request.query.map((q) => q.type)).toEqual(['DIDAuthentication', 'QueryByExample']);
    expect(JSON.stringify(request.query[1])).toContain('OpenBadgeCredential');
  });

  it('offers OpenID4VP with a DCQL query for ldp_vc and jwt_vc_json Open Badges, answered by direct_post', () => {
    const urls = exchangeUrls(BASE, ID);
    const request = oid4vpRequest(urls, ID, 'the-nonce');
    expect(request).toMatchObject({
      client_id: `redirect_uri:${urls.oid4vpResponse}`,
      response_type: 'vp_token',
      response_mode: 'direct_post',
      response_uri: urls.oid4vpResponse,
      nonce: 'the-nonce',
      state: ID,
    });
    expect(dcqlQuery().credentials.map((c) => [c.id, c.format])).toEqual([
      ['openbadge_ldp', 'ldp_vc'],
      ['openbadge_jwt', 'jwt_vc_json'],
    ]);
    const link = new URL(oid4vpLink(request));
    expect(link.protocol).toBe('openid4vp:');
    expect(link.searchParams.get('client_id')).toBe(oid4vpClientId(urls));
    expect(JSON.parse(link.searchParams.get('dcql_query')!)).toEqual(dcqlQuery());
  });

  it('puts both protocols in the VCALM protocols object', () => {
    const { protocols } = protocolsObject(BASE, ID, 'c');
    expect(protocols.vcapi).toBe(exchangeUrls(BASE, ID).vcapi);
    expect(protocols.OID4VP.startsWith('openid4vp://?')).toBe(true);
    expect(new URL(protocols.OID4VP).searchParams.get('nonce')).toBe('c');
  });
});
