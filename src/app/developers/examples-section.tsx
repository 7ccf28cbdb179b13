import { Code, CodeBlock, GuideSection } from './guide-parts';

/** Two calls a portal makes first: candidate search with a key, and the public verifier. */
export function ExamplesSection({ base }: { base: string }) {
  const search = `curl --get "${base}/api/v1/candidates/search" \\
  -H "Authorization: Bearer $BADGEBOARD_API_KEY" \\
  --data-urlencode "req=skill:S5" \\
  --data-urlencode "req=achievement:did:web:academy.example https://academy.example/achievements/python-foundations" \\
  --data-urlencode "verified=1"`;
  const searchAnswer = `{
  "total": 42, "page": 1, "pageSize": 20,
  "hits": [{
    "cv_id": "…", "display_name": "Ada L.", "headline": "Data analyst",
    "topBadges": [{ "achievement_name": "Python Foundations", "issuer_name": "Clyde Data Academy", "issuer_known": true, "state": "verified", … }],
    "matches": [{ "requirement": { "kind": "skill", "code": "S5", "label": "S5 working with computers", … }, "badges": [ … ], "claimed": false }, … ],
    "requirementsMet": 2, …
  }, …],
  "facets": { "issuer": [ … ], "achievement": [ … ], "skill": [ … ], "level": [ … ], "location": [ … ] },
  "next": "eyJz…"
}`;
  const nextPage = `curl --get "${base}/api/v1/candidates/search" \\
  -H "Authorization: Bearer $BADGEBOARD_API_KEY" \\
  --data-urlencode "req=skill:S5" \\
  --data-urlencode "after=eyJz…"`;
  const verifyJson = `curl "${base}/api/v1/verify" \\
  -H "Content-Type: application/json" \\
  --data '{ "text": "https://academy.example/badges/assertions/1234" }'`;
  const verifyFile = `curl "${base}/api/v1/verify" -F "file=@badge.png"`;
  const verifyAnswer = `{
  "credential": {
    "achievement": { "id": "https://academy.example/achievements/python-foundations", "name": "Python Foundations" },
    "issuer": { "id": "did:web:academy.example", "name": "Clyde Data Academy", "known": true },
    "issuedAt": "2025-01-15T00:00:00.000Z", "expiresAt": null
  },
  "report": {
    "state": "verified", "level": "known_issuer", "checkedAt": "…",
    "checks": [
      { "check": "proof", "status": "ok", "code": "valid", "params": { … }, "reason": "The eddsa-rdfc-2022 signature is valid …", "noteReasons": [] },
      …
    ]
  },
  "included": []
}`;
  return (
    <GuideSection id="examples" title="Examples">
      <h3 className="text-base font-semibold text-slate-900">Search candidates with an API key</h3>
      <p>
        Each <Code>req</Code> is one requirement a single badge must meet — a skill (or anything under a skill group) or an achievement, which is its issuer id
        and achievement id together. <Code>verified=1</Code> counts only verified, unexpired badges of issuers known to Badgeboard. The key needs the{' '}
        <Code>search</Code> scope.
      </p>
      <CodeBlock label="Request">{search}</CodeBlock>
      <CodeBlock label="Answer (shortened)">{searchAnswer}</CodeBlock>
      <p>
        Each hit says why it matched: every requirement with the badges that met it. For the next page, send the same filters with <Code>after</Code> set to{' '}
        <Code>next</Code>; a cursor from another search or sort is refused with <Code>search:bad_cursor</Code>.
      </p>
      <CodeBlock label="Next page">{nextPage}</CodeBlock>

      <h3 className="pt-2 text-base font-semibold text-slate-900">Verify a badge</h3>
      <p>
        <Code>POST /api/v1/verify</Code> is public: no key needed, and tightly limited per address (a key with the <Code>verify</Code> scope gets a higher
        limit). Send <Code>{'{ "text": … }'}</Code> holding the badge JSON, a VC-JWT or the https URL the badge is hosted at, or a multipart <Code>file</Code>{' '}
        (a baked PNG or SVG, or a JSON or JWT file). Nothing is stored. The answer is the verification report, check by check: branch on <Code>state</Code> and
        each check’s <Code>code</Code>; <Code>reason</Code> is for people.
      </p>
      <CodeBlock label="Badge JSON, JWT or URL">{verifyJson}</CodeBlock>
      <CodeBlock label="Badge file">{verifyFile}</CodeBlock>
      <CodeBlock label="Answer (shortened)">{verifyAnswer}</CodeBlock>
      <p>
        There is no person to compare the recipient with, so the <Code>recipient</Code> check is <Code>skipped</Code>: <Code>verified</Code> means genuine and
        unaltered, not that the badge belongs to whoever handed it to you.
      </p>
    </GuideSection>
  );
}
