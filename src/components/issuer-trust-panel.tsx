import type { IssuerTrust } from '@/lib/verification/model';
import { KnownIssuerIcon, UnknownIssuerIcon } from './trust-icons';

const sources: Record<NonNullable<IssuerTrust['source']>, string> = {
  organisation: 'registered on Badgeboard',
  admin: 'added to Badgeboard by its administrators',
  registry: 'listed in an issuer registry Badgeboard imported',
};

/** Long DIDs are shortened in the sentence; the full id is printed beneath it. */
export function shortIssuerId(id: string): string {
  return id.length > 40 ? `${id.slice(0, 24)}…${id.slice(-6)}` : id;
}

/**
 * Who issued the badge as far as Badgeboard knows: an issuer is its id; the name inside a credential is only
 * a claim unless the id is in the known-issuer registry.
 */
export function IssuerTrustPanel({ issuer }: { issuer: IssuerTrust | undefined }) {
  if (!issuer) {
    return (
      <section aria-label="Issuer" className="border-b border-slate-100 px-5 py-4 text-sm text-slate-600 sm:px-6">
        This report was made before Badgeboard kept a register of known issuers; the next check will say whether the issuer is known.
      </section>
    );
  }
  const known = issuer.known && issuer.knownName;
  return (
    <section
      aria-label="Issuer"
      className={
        known
          ? 'flex gap-3 border-b border-emerald-100 bg-emerald-50/50 px-5 py-4 sm:px-6'
          : 'flex gap-3 border-b border-sky-100 bg-sky-50/60 px-5 py-4 sm:px-6'
      }
    >
      {known ? <KnownIssuerIcon className="mt-0.5 size-5 shrink-0 text-emerald-700" /> : <UnknownIssuerIcon className="mt-0.5 size-5 shrink-0 text-sky-700" />}
      <div className="min-w-0 text-sm">
        {known ? (
          <p className="text-slate-800">
            <span className="font-semibold text-emerald-900">Known issuer:</span> {issuer.knownName}
            {issuer.domains.length > 0 && <> ({issuer.domains.join(', ')})</>}, {sources[issuer.source ?? 'admin']}.
            {issuer.claimedName && issuer.claimedName !== issuer.knownName && <> The badge itself calls it “{issuer.claimedName}”.</>}
          </p>
        ) : (
          <p className="text-slate-800">
            <span className="font-semibold text-sky-900">Unknown issuer</span> {shortIssuerId(issuer.id)}
            {issuer.claimedName && issuer.claimedName !== issuer.id && <> — ‘{issuer.claimedName}’ is the issuer’s own claim</>}. Badgeboard has not confirmed
            who holds this id: judge the issuer yourself.
          </p>
        )}
        <p className="mt-1 font-mono text-xs break-all text-slate-600">{issuer.id}</p>
      </div>
    </section>
  );
}
