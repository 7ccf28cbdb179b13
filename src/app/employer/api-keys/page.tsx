import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/card';
import { EmptyState } from '@/components/empty-state';
import { LockIcon } from '@/components/icons';
import { Notice } from '@/components/notice';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { listApiKeys } from '@/server/api-keys/list-api-keys';
import { canManageApiKeys } from '@/server/api-keys/policies';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { CreateKeyForm } from './create-key-form';
import { KeyList } from './key-list';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'API keys' };

export default async function ApiKeysPage() {
  const { viewer, allowed } = await pageViewer('/employer/api-keys', 'employer');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for employers" action={{ href: '/verify', label: 'Verify a badge' }}>
        <p>API keys belong to employer organisations. Anyone can verify a badge without one.</p>
      </RoleRequired>
    );
  }
  const org = viewer.orgs[0]!;
  const owner = canManageApiKeys(viewer, org.id);
  const keys = await listApiKeys(await getDb(), viewer, org.id);
  const live = keys.filter((key) => !key.revokedAt).length;

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        eyebrow={org.name}
        title="API keys"
        description={
          <>
            Let your careers site or applicant tracking system search candidates and verify badges for {org.name}. A key acts for the whole organisation: keep
            it on your servers, never in a web page. How to call the API is on the{' '}
            <Link href="/developers" className="font-medium text-brand-700 underline underline-offset-4">
              developers page
            </Link>
            .
          </>
        }
      />

      <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-5 lg:items-start">
        <Card className="overflow-hidden lg:col-span-3">
          <div className="border-b border-slate-200 px-5 py-4 sm:px-6">
            <h2 className="text-base font-semibold text-slate-900">Your organisation’s keys</h2>
            <p className="mt-1 text-sm text-slate-600">
              {keys.length === 0
                ? 'None yet.'
                : `${live} active${keys.length > live ? `, ${keys.length - live} revoked` : ''}. Only the start of each key is shown.`}
            </p>
          </div>
          {keys.length === 0 ? (
            <div className="p-5 sm:p-6">
              <EmptyState icon={<LockIcon className="size-6" />} title="No API keys yet">
                <p>
                  {owner
                    ? 'Create a key for each system that calls Badgeboard, with only the scopes it needs.'
                    : 'An owner of your organisation can create keys.'}
                </p>
              </EmptyState>
            </div>
          ) : (
            <KeyList keys={keys} canRevoke={owner} now={new Date()} />
          )}
        </Card>

        <Card className="lg:col-span-2">
          <section aria-labelledby="create-key-heading" className="p-5 sm:p-6">
            <h2 id="create-key-heading" className="text-base font-semibold text-slate-900">
              Create a key
            </h2>
            {owner ? (
              <>
                <p className="mt-1 mb-5 text-sm text-slate-600">The key is shown once, right after you create it.</p>
                <CreateKeyForm orgId={org.id} />
              </>
            ) : (
              <Notice className="mt-3" title="Only owners create and revoke keys">
                You are a member of {org.name}, so you can see its keys but not change them. Ask an owner of the organisation.
              </Notice>
            )}
          </section>
        </Card>
      </div>
    </div>
  );
}
