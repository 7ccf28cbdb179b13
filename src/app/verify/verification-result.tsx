import { BadgeStateChip } from '@/components/badge-state';
import { Card } from '@/components/card';
import { shortDate } from '@/components/time-ago';
import { VerificationReport } from '@/components/verification-report';
import type { VerifyCredentialResponse } from '@/server/api/contracts/verify';

type Verification = Pick<VerifyCredentialResponse, 'credential' | 'report'>;

function day(value: string | null, none: string): string {
  if (!value) return none;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : shortDate.format(date);
}

/** One credential the verifier read: what it claims to be, then the report that says how far to trust it. */
export function VerificationResult({ verification }: { verification: Verification }) {
  const { credential, report } = verification;
  return (
    <article aria-label={credential.achievement.name} className="space-y-3">
      <Card className="p-5 sm:p-6">
        <h2 className="text-xl font-semibold tracking-tight break-words text-slate-900">{credential.achievement.name}</h2>
        <p className="mt-1 text-[15px] break-words text-slate-600">
          {report.issuer?.known ? (
            <>
              Issued by <span className="font-medium text-slate-800">{report.issuer.knownName ?? credential.issuer.name}</span>
            </>
          ) : (
            // A name is a claim: for an issuer Badgeboard does not know, say so where the name is shown.
            <>
              Issuer calls itself <span className="font-medium text-slate-800">“{credential.issuer.name}”</span>{' '}
              <span className="text-slate-500">(not known to Badgeboard)</span>
            </>
          )}
        </p>
        <p className="mt-0.5 font-mono text-xs break-all text-slate-500">{credential.issuer.id}</p>
        <div className="mt-3">
          <BadgeStateChip state={report.state} level={report.level} />
        </div>
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
          <div>
            <dt className="inline">Issued </dt>
            <dd className="inline text-slate-800">{day(credential.issuedAt, 'not stated')}</dd>
          </div>
          <div>
            <dt className="inline">Expires </dt>
            <dd className="inline text-slate-800">{day(credential.expiresAt, 'never')}</dd>
          </div>
        </dl>
      </Card>
      <VerificationReport report={report} />
    </article>
  );
}
