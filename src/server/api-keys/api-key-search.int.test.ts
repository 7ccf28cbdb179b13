// Integration: real PostgreSQL and Elasticsearch, the real route module. A portal calls candidate search with an
// organisation API key: a key with `search` gets results, one without is refused 403, a revoked one 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/candidates/search/route';
import { updateCv } from '@/server/cv/service';
import { closeDb, type Database } from '@/server/db/client';
import { drainAll } from '@/server/devstack/search-setup';
import { aliasFor } from '@/server/search/indices/registry';
import { createOrgOwnerViewer, createSeeker, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { createApiKey } from './create-api-key';
import { revokeApiKey } from './revoke-api-key';

let db: Database;
let close: () => Promise<void>;
const search = testSearch();

beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => {
  await close();
  await closeDb(); // the route's handle
});

type Problem = { code: string; status: number; detail: string };

const searchWith = (token: string, q: string) =>
  GET(new Request(`http://localhost/api/v1/candidates/search?q=${encodeURIComponent(q)}`, { headers: { authorization: `Bearer ${token}` } }), {});

describe('candidate search with an organisation API key', () => {
  it('200 with the search scope; 403 insufficient_scope without it; 401 invalid_api_key once revoked', async () => {
    const word = uniqueWord();
    const seeker = await createSeeker(db, 'Kirsty Keyfound');
    await updateCv(db, seeker.cvId, { headline: `Data analyst ${word}`, summary: '', location: 'Dundee', visibility: 'employers' });
    await drainAll(db, search);
    await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });

    const owner = await createOrgOwnerViewer(db);
    const orgId = owner.orgs[0]!.id;
    const searchKey = await createApiKey(db, owner, { orgId, name: 'Careers portal', scopes: ['search'] });
    const verifyKey = await createApiKey(db, owner, { orgId, name: 'Verifier', scopes: ['verify', 'jobs'] });

    const ok = await searchWith(searchKey.token, word);
    expect(ok.status).toBe(200);
    const results = (await ok.json()) as { hits: { display_name: string }[] };
    // The key acts as a member of its organisation: it sees CVs shown to employers.
    expect(results.hits.map((hit) => hit.display_name)).toEqual(['Kirsty Keyfound']);

    const wrongScope = await searchWith(verifyKey.token, word);
    expect(wrongScope.status).toBe(403);
    expect(wrongScope.headers.get('content-type')).toBe('application/problem+json');
    expect((await wrongScope.json()) as Problem).toMatchObject({ code: 'auth:insufficient_scope', requiredScope: 'search' });

    await revokeApiKey(db, owner, searchKey.key.id);
    const revoked = await searchWith(searchKey.token, word);
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('content-type')).toBe('application/problem+json');
    expect((await revoked.json()) as Problem).toMatchObject({ code: 'auth:invalid_api_key' });
  });

  it('a made-up key is 401, and so is an Authorization header that is not a bearer token', async () => {
    const fake = await searchWith(`bb_abcdefghij_${'x'.repeat(43)}`, 'anything');
    expect(fake.status).toBe(401);
    expect(((await fake.json()) as Problem).code).toBe('auth:invalid_api_key');
    const basic = await GET(new Request('http://localhost/api/v1/candidates/search?q=x', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }), {});
    expect(basic.status).toBe(401);
  });
});
