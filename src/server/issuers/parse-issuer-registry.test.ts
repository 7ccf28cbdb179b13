import { describe, expect, it } from 'vitest';
import { knownIssuerFileSchema } from './known-issuer-file';
import { parseIssuerRegistry } from './parse-issuer-registry';

const did = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
const webDid = 'did:web:forthvalley.ac.uk';

describe('parseIssuerRegistry — our own JSON [{ id, name, domains }]', () => {
  it('reads entries, trims names, lowercases domains and drops "www."', () => {
    const parsed = parseIssuerRegistry(
      JSON.stringify([
        { id: webDid, name: '  Forth Valley College ', domains: ['WWW.ForthValley.ac.uk'] },
        { id: 'https://badges.clyde.example/issuer', name: 'Clyde' },
      ]),
    );
    expect(parsed).toEqual({
      format: 'badgeboard',
      problems: [],
      issuers: [
        { id: webDid, name: 'Forth Valley College', domains: ['forthvalley.ac.uk'] },
        { id: 'https://badges.clyde.example/issuer', name: 'Clyde', domains: [] },
      ],
    });
  });

  it('names each bad entry and what is wrong with it', () => {
    const parsed = parseIssuerRegistry(
      JSON.stringify([
        { id: 'http://insecure.example/issuer', name: 'Plain HTTP' },
        { id: did, name: '' },
        { id: webDid, name: 'College', domains: ['https://college.ac.uk/path'] },
        'not an object',
        { id: did, name: 'First' },
        { id: did, name: 'Again' },
      ]),
    );
    expect(parsed.format).toBe('badgeboard');
    expect(parsed.issuers.map((issuer) => issuer.name)).toEqual(['First']);
    expect(parsed.problems).toEqual([
      'Entry 1 ("http://insecure.example/issuer"): id: An issuer id is a DID (did:key:…, did:web:…) or an https:// URL.',
      `Entry 2 ("${did}"): name: Give the issuer’s verified name.`,
      `Entry 3 ("${webDid}"): domains.0: A domain is a name like college.ac.uk (no https://, no path).`,
      'Entry 4: Each entry is an object { "id", "name", "domains" }.',
      `Entry 6 ("${did}"): the id ${did} is listed twice (also Entry 5 ("${did}")).`,
    ]);
  });

  it('is the schema the CLI reads too', () => {
    expect(knownIssuerFileSchema.safeParse([{ id: did, name: 'A' }]).success).toBe(true);
    expect(knownIssuerFileSchema.safeParse([{ id: 'Forth Valley College', name: 'A' }]).success).toBe(false);
  });
});

describe('parseIssuerRegistry — Digital Credentials Consortium legacy registry', () => {
  const registry = {
    meta: { created: '2022-10-27T17:57:31+00:00', updated: '2025-03-12T16:20:00+00:00' },
    registry: {
      [did]: { name: 'Example University', location: 'Cambridge, MA, USA', url: 'https://www.example-university.edu/about' },
      'did:web:credly.example:issuers:1': { name: 'Credly test issuer' },
    },
  };

  it('takes each DID with its name, and the homepage host as its domain', () => {
    expect(parseIssuerRegistry(JSON.stringify(registry))).toEqual({
      format: 'dcc-legacy',
      problems: [],
      issuers: [
        { id: did, name: 'Example University', domains: ['example-university.edu'] },
        { id: 'did:web:credly.example:issuers:1', name: 'Credly test issuer', domains: [] },
      ],
    });
  });

  it('accepts the older "entries" key', () => {
    expect(parseIssuerRegistry(JSON.stringify({ meta: registry.meta, entries: registry.registry })).issuers).toHaveLength(2);
  });

  it('reports entries without a name or with an id that is not a DID or https URL', () => {
    const parsed = parseIssuerRegistry(JSON.stringify({ registry: { [did]: { url: 'https://x.example' }, 'Some College': { name: 'Some College' } } }));
    expect(parsed.issuers).toEqual([]);
    expect(parsed.problems).toEqual([
      `Registry entry "${did}": name: Give the issuer’s verified name.`,
      'Registry entry "Some College": id: An issuer id is a DID (did:key:…, did:web:…) or an https:// URL.',
    ]);
  });

  it('refuses a "registry" that is not an object', () => {
    expect(parseIssuerRegistry(JSON.stringify({ registry: [did] })).problems).toEqual([
      'The "registry" property must be an object of issuers keyed by their DID.',
    ]);
  });
});

describe('parseIssuerRegistry — OpenID Federation entity statements', () => {
  const statement = {
    iss: 'https://registry.example.org',
    sub: did,
    metadata: { federation_entity: { organization_name: 'TwoTraining Nursing School', homepage_uri: 'https://twotraining.example' } },
  };

  it('reads one statement or a list, falling back to the legal name', () => {
    expect(parseIssuerRegistry(JSON.stringify(statement))).toEqual({
      format: 'oidf',
      problems: [],
      issuers: [{ id: did, name: 'TwoTraining Nursing School', domains: ['twotraining.example'] }],
    });
    const legal = { sub: webDid, metadata: { institution_additional_information: { legal_name: 'Forth Valley College' } } };
    expect(parseIssuerRegistry(JSON.stringify([statement, legal])).issuers.map((issuer) => issuer.name)).toEqual([
      'TwoTraining Nursing School',
      'Forth Valley College',
    ]);
  });

  it('reports a statement without a name', () => {
    expect(parseIssuerRegistry(JSON.stringify([{ sub: did, metadata: {} }])).problems).toEqual([
      `Entity statement 1 ("${did}"): name: Give the issuer’s verified name.`,
    ]);
  });
});

describe('parseIssuerRegistry — files it cannot read', () => {
  it.each([
    ['not JSON', '{ registry', /^The file is not JSON \(.+\)\. Export the registry as JSON and try again\.$/],
    ['an unknown shape', '{"issuers": {}}', /^This file is not in a shape Badgeboard imports/],
    ['an empty list', '[]', /^The file lists no issuers\.$/],
  ])('%s', (_name, text, message) => {
    const parsed = parseIssuerRegistry(text);
    expect(parsed.issuers).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(message);
  });
});
