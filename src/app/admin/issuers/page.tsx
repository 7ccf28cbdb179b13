import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Card } from '@/components/card';
import { PageHeading } from '@/components/page-heading';
import { shortDate } from '@/components/time-ago';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { listKnownIssuers } from '@/server/issuers/change-known-issuers';
import { AddIssuerForm, ImportRegistryForm, RemoveIssuerButton } from './issuer-forms';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Known issuers', robots: { index: false } };

const sources = { organisation: 'Organisation on Badgeboard', admin: 'Added by an admin', registry: 'Imported registry' } as const;

export default async function KnownIssuersPage() {
  const { allowed } = await pageViewer('/admin/issuers', 'admin');
  // Like every admin page: others are told there is nothing here.
  if (!allowed) notFound();
  const issuers = await listKnownIssuers(await getDb());

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <PageHeading
        eyebrow="Administration"
        title="Known issuers"
        description="An issuer is its id (a DID or an https URL); the name inside a badge is only a claim. Issuers listed here are shown as “known issuer” with the verified name, and badges from anyone else that use their name or their achievement ids fail as impersonation."
      />

      <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-3 lg:items-start">
        <section aria-labelledby="issuer-list-heading" className="lg:col-span-2">
          <Card className="overflow-hidden">
            <div className="flex items-baseline justify-between gap-3 border-b border-slate-100 px-5 py-4 sm:px-6">
              <h2 id="issuer-list-heading" className="text-base font-semibold text-slate-900">
                Registry
              </h2>
              <p className="text-sm text-slate-600">
                {issuers.length} {issuers.length === 1 ? 'issuer' : 'issuers'}
              </p>
            </div>
            {issuers.length === 0 ? (
              <p className="px-5 py-6 text-sm text-slate-600 sm:px-6">No known issuers yet. Add one, or import a registry file.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {issuers.map((issuer) => (
                  <li key={issuer.issuerId} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start sm:justify-between sm:px-6">
                    <div className="min-w-0 text-sm">
                      <p className="font-semibold text-slate-900">{issuer.name}</p>
                      <p className="mt-0.5 font-mono text-xs break-all text-slate-600">{issuer.issuerId}</p>
                      <dl className="mt-2 grid gap-x-4 gap-y-1 text-slate-600 sm:grid-cols-[auto_minmax(0,1fr)]">
                        <dt className="text-slate-500">Domains</dt>
                        <dd className="break-words">{issuer.domains.length ? issuer.domains.join(', ') : 'None'}</dd>
                        <dt className="text-slate-500">Known from</dt>
                        <dd className="break-words">
                          {sources[issuer.source]}
                          {issuer.sourceDetail && <span className="text-slate-500"> · {issuer.sourceDetail}</span>}
                        </dd>
                        <dt className="text-slate-500">Since</dt>
                        <dd>{shortDate.format(issuer.addedAt)}</dd>
                      </dl>
                    </div>
                    <div className="shrink-0 sm:max-w-xs">
                      <RemoveIssuerButton id={issuer.issuerId} name={issuer.name} />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </section>

        <div className="space-y-6">
          <section aria-labelledby="add-issuer-heading">
            <Card className="p-5 sm:p-6">
              <h2 id="add-issuer-heading" className="text-base font-semibold text-slate-900">
                Add an issuer
              </h2>
              <p className="mt-1 mb-4 text-sm text-slate-600">
                Only add an id you have confirmed belongs to the organisation (for example, its did:web on its own domain).
              </p>
              <AddIssuerForm />
            </Card>
          </section>
          <section aria-labelledby="import-heading">
            <Card className="p-5 sm:p-6">
              <h2 id="import-heading" className="text-base font-semibold text-slate-900">
                Import a registry file
              </h2>
              <div className="mt-1 mb-4 space-y-2 text-sm text-slate-600">
                <p>JSON in one of these shapes:</p>
                <ul className="list-disc space-y-1 pl-5">
                  <li>
                    Badgeboard’s list: <code className="font-mono text-xs">[{'{ "id", "name", "domains" }'}]</code>
                  </li>
                  <li>
                    a Digital Credentials Consortium issuer registry:{' '}
                    <code className="font-mono text-xs">{'{ "meta", "registry": { "<did>": { "name", "url" } } }'}</code>
                  </li>
                  <li>OpenID Federation entity statements (one, or a list)</li>
                </ul>
                <p>A file with any bad entry is not imported. Issuers already added by an admin or an organisation keep their entry.</p>
              </div>
              <ImportRegistryForm />
            </Card>
          </section>
        </div>
      </div>
    </div>
  );
}
