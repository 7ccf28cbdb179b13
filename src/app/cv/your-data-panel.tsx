'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '@/components/button';
import type { LeftOrganisation } from '@/server/orgs/leave-organisations';
import { problemDetail } from '@/lib/problem';

const CONFIRMATION = 'delete my account';

/** What deleting the account does to an organisation the person is the last member of. */
function consequence({ publishedRoles, outcome }: LeftOrganisation): string {
  const roles =
    publishedRoles === 0 ? '' : `closes its ${publishedRoles === 1 ? 'published role' : `${publishedRoles} published roles`} (applicants are told) and `;
  return outcome === 'removed'
    ? `${roles}removes the organisation.`
    : `${roles}keeps the organisation closed, without members, so the people who applied keep their applications.`;
}

/**
 * Download everything held about you; delete the account (after typing a confirmation). `leaving`: organisations this
 * person is the last member of, so the confirmation says what happens to them.
 */
export function YourDataPanel({ leaving = [] }: { leaving?: LeftOrganisation[] }) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function deleteAccount() {
    setPending(true);
    setError(null);
    const response = await fetch('/api/v1/me', {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ confirm: typed.trim().toLowerCase() }),
    });
    if (response.status === 204) return void signOut({ callbackUrl: '/' });
    const body = (await response.json().catch(() => null)) as unknown;
    setError(problemDetail(body) ?? 'The account could not be deleted. Try again.');
    setPending(false);
  }

  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-600">Your CV, badges (as issued), applications and messages, in one JSON file.</p>
      <a href="/api/v1/me/export" download className="inline-flex items-center font-medium text-brand-700 underline-offset-4 hover:underline">
        Download my data
      </a>
      <div className="space-y-2 border-t border-slate-100 pt-3">
        <p className="text-slate-600">Your badges, to take to a wallet or another site:</p>
        <ul className="space-y-1.5">
          <li>
            <a href="/api/v1/me/badges/presentation" download className="font-medium text-brand-700 underline-offset-4 hover:underline">
              Badges as a Verifiable Presentation
            </a>
            <span className="block text-xs text-slate-600">
              Open Badges 3.0 credentials, each with its issuer’s proof. Open Badges 2.0 badges are left out.
            </span>
          </li>
          <li>
            <a href="/api/v1/me/badges/json-resume" download className="font-medium text-brand-700 underline-offset-4 hover:underline">
              Verified badges as a JSON Resume
            </a>
            <span className="block text-xs text-slate-600">As “certificates”, each with its credential and page link.</span>
          </li>
        </ul>
      </div>
      {!confirming ? (
        <div className="border-t border-slate-100 pt-3">
          <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
            Delete my account…
          </Button>
        </div>
      ) : (
        <div className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-3">
          <p className="text-red-900">This removes your account, CV, badges and applications, and takes your CV out of search. It cannot be undone.</p>
          {leaving.map((org) => (
            <p key={org.id} className="text-red-900">
              You are the last member of <strong className="font-semibold">{org.name}</strong>: deleting your account {consequence(org)}
            </p>
          ))}
          <label htmlFor="delete-confirm" className="block font-medium text-red-900">
            Type “{CONFIRMATION}” to confirm
          </label>
          <input
            id="delete-confirm"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            className="block h-9 w-full rounded-lg border border-red-300 bg-white px-2.5 text-sm focus:ring-3 focus:ring-red-600/15 focus:outline-none"
          />
          {error && (
            <p role="alert" className="text-red-800">
              {error}
            </p>
          )}
          <div className="flex gap-2">
            <Button variant="danger" size="sm" pending={pending} disabled={typed.trim().toLowerCase() !== CONFIRMATION} onClick={() => void deleteAccount()}>
              Delete my account
            </Button>
            <Button variant="ghost" size="sm" onClick={() => (setConfirming(false), setTyped(''), setError(null))}>
              Keep it
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
