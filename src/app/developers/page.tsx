import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/card';
import { PageHeading } from '@/components/page-heading';
import { apiScopeDescriptions, apiScopes } from '@/lib/api-scopes';
import { AppError, toProblem } from '@/server/errors';
import { appBaseUrl } from '../base-url';
import { ApiReference } from './api-reference';
import { ExamplesSection } from './examples-section';
import { Code, CodeBlock, GuideSection, GuideTable } from './guide-parts';
import { ProblemTable } from './problem-table';
import { RateLimitTable } from './rate-limit-table';

export const metadata: Metadata = {
  title: 'Developers',
  description:
    'The Badgeboard API: search candidates by verified credential and verify badges from your own portal. Authentication, limits, errors, examples and the full reference.',
};

const DOCUMENT_PATH = '/api/v1/openapi.json';

const sections = [
  ['start', 'Start'],
  ['authentication', 'Authentication'],
  ['limits', 'Limits'],
  ['errors', 'Errors'],
  ['examples', 'Examples'],
  ['reference', 'Reference'],
] as const;

/** A real problem, as `toProblem` writes it: the example in the error section cannot drift from the code. */
function exampleProblem(base: string): string {
  const error = new AppError('input:invalid', 'Some query parameters are not valid.', {
    fields: { 'req.0': ['A requirement looks like skill:<code> or achievement:<issuer id> <achievement id>.'] },
  });
  return JSON.stringify(toProblem(error, { origin: base, instance: '/api/v1/candidates/search' }), null, 2);
}

/** The guide for portals and integrators, then the reference generated from the route contracts. */
export default async function DevelopersPage() {
  const base = (await appBaseUrl()).replace(/\/$/, '');
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        eyebrow="Developers"
        title="The Badgeboard API"
        description="Recruitment portals and other services build on Badgeboard: search candidates by the credentials they can prove, and verify any Open Badge. Everything below is also in the OpenAPI 3.1 document."
      />

      <nav aria-label="On this page" className="mt-6 flex flex-wrap gap-2 text-sm">
        {sections.map(([id, label]) => (
          <a
            key={id}
            href={`#${id}`}
            className="rounded-full bg-white px-3 py-1 font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50 hover:text-slate-900"
          >
            {label}
          </a>
        ))}
      </nav>

      <div className="mt-10 space-y-12">
        <GuideSection id="start" title="Start">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
            <dt className="font-medium text-slate-900">Base URL</dt>
            <dd className="min-w-0 break-all">
              <Code>{base}/api/v1</Code>
            </dd>
            <dt className="font-medium text-slate-900">OpenAPI document</dt>
            <dd className="min-w-0">
              <a href={DOCUMENT_PATH} className="font-mono text-[0.9em] break-all text-brand-700 underline underline-offset-4 hover:text-brand-800">
                {base}
                {DOCUMENT_PATH}
              </a>{' '}
              — OpenAPI 3.1, generated from the schemas the routes validate with; load it into your client generator.
            </dd>
            <dt className="font-medium text-slate-900">Format</dt>
            <dd>JSON in and out (uploads as multipart). Answers may gain fields over time: ignore the ones you do not know.</dd>
          </dl>
        </GuideSection>

        <GuideSection id="authentication" title="Authentication">
          <p>There are two ways in, and each route says which it takes.</p>
          <div className="grid gap-4 md:grid-cols-2">
            <Card className="p-5">
              <h3 className="font-semibold text-slate-900">Organisation API keys — for portals</h3>
              <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm">
                <li>
                  An owner of an employer organisation creates keys at{' '}
                  <Link href="/employer/api-keys" className="font-medium text-brand-700 underline underline-offset-4">
                    /employer/api-keys
                  </Link>
                  : a name, and the scopes the key may use. The key is shown once; Badgeboard keeps only its hash.
                </li>
                <li>
                  Send it with every request: <Code>Authorization: Bearer bb_…</Code>. A request that carries a key is judged by the key alone.
                </li>
                <li>A key acts for its organisation, sees what any member sees, has its own rate limits, and can be revoked at any time.</li>
              </ul>
            </Card>
            <Card className="p-5">
              <h3 className="font-semibold text-slate-900">Session cookie — for Badgeboard’s own pages</h3>
              <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm">
                <li>
                  A person signed in on Badgeboard calls the API from its pages with their session cookie, with the role the route needs (job seeker, employer
                  member, admin).
                </li>
                <li>
                  Writes with a cookie must come from Badgeboard’s own origin: a cross-site request is refused with <Code>auth:cross_origin</Code>.
                </li>
                <li>Sessions end on sign-out, on “sign out everywhere” and on a password change.</li>
              </ul>
            </Card>
          </div>
          <GuideTable caption="API key scopes" columns={['Scope', 'What a key with it may do']}>
            {apiScopes.map((scope) => (
              <tr key={scope}>
                <td className="px-4 py-3 font-mono text-[13px] font-medium text-slate-900">{scope}</td>
                <td className="px-4 py-3 text-slate-700">{apiScopeDescriptions[scope].explanation}</td>
              </tr>
            ))}
          </GuideTable>
        </GuideSection>

        <GuideSection id="limits" title="Limits">
          <p>
            Every route is rate-limited: per key for API keys, per person for sessions, per address for anonymous callers. Over the limit, the answer is{' '}
            <Code>429</Code> (<Code>rate_limited</Code>) with a <Code>Retry-After</Code> header: wait that many seconds. Request bodies have a hard size limit
            per route, listed in the reference; a longer body is refused with <Code>413</Code> as soon as it passes the limit.
          </p>
          <RateLimitTable />
        </GuideSection>

        <GuideSection id="errors" title="Errors">
          <p>
            Every error is an RFC 9457 problem, sent as <Code>application/problem+json</Code>. Branch on <Code>code</Code> (stable,{' '}
            <Code>{'<area>:<reason>'}</Code>), never on <Code>detail</Code>, which is written for people and says what to do. <Code>type</Code> links to the
            code’s row below; invalid input lists each field in <Code>errors</Code>. A client’s mistake is always a 4xx.
          </p>
          <CodeBlock label="A problem">{exampleProblem(base)}</CodeBlock>
          <ProblemTable />
        </GuideSection>

        <ExamplesSection base={base} />

        <GuideSection id="reference" title="Reference">
          <p>
            Every operation with its parameters, bodies, answers and problems, rendered from{' '}
            <a href={DOCUMENT_PATH} className="font-mono text-[0.9em] text-brand-700 underline underline-offset-4">
              {DOCUMENT_PATH}
            </a>
            . “Try” sends real requests to this Badgeboard, with your session or the key you enter.
          </p>
        </GuideSection>
      </div>
      <Card className="mt-4 overflow-hidden">
        <ApiReference specUrl={DOCUMENT_PATH} />
      </Card>
    </div>
  );
}
