import type { EndorsementResult } from '@/lib/verification/model';
import { BadgeStateTag } from './badge-pill';

/** Endorsement credentials carried inside a badge, each verified on its own: "endorsed by …". */
export function EndorsementList({ endorsements }: { endorsements: EndorsementResult[] | undefined }) {
  if (!endorsements?.length) return null;
  return (
    <section aria-label="Endorsements" className="border-t border-slate-100 px-5 py-4 sm:px-6">
      <h3 className="text-sm font-semibold text-slate-900">Endorsements</h3>
      <ul className="mt-2 space-y-2">
        {endorsements.map((endorsement, index) => (
          <li key={`${endorsement.issuerId}-${index}`} className="min-w-0 text-sm text-slate-700">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span>
                Endorsed by <span className="font-medium text-slate-900">{endorsement.issuerName || endorsement.issuerId}</span>
              </span>
              <BadgeStateTag state={endorsement.state} issuerKnown={endorsement.issuerKnown} />
            </div>
            {endorsement.comment && <p className="mt-0.5 whitespace-pre-line text-slate-600">“{endorsement.comment}”</p>}
            <p className="mt-0.5 font-mono text-xs break-all text-slate-500">{endorsement.issuerId}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
