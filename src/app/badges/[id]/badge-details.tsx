import type { ReactNode } from 'react';
import type { BadgeSkill } from '@/components/badge-skills';
import { Card } from '@/components/card';
import { shortDate } from '@/components/time-ago';
import type { BadgeRow } from '@/server/badges/queries';

const formats: Record<BadgeRow['format'], string> = { ob2: 'Open Badges 2.0', ob3: 'Open Badges 3.0' };
const sources: Record<BadgeRow['source'], string> = {
  png: 'Uploaded as a baked PNG image',
  svg: 'Uploaded as a baked SVG image',
  json: 'Uploaded or pasted as JSON',
  jwt: 'Pasted as a VC-JWT',
  url: 'Added from its hosted URL',
  presentation: 'Imported from a wallet presentation',
};

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 py-3 sm:grid-cols-[9rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-sm text-slate-500">{term}</dt>
      <dd className="min-w-0 text-sm break-words text-slate-800">{children}</dd>
    </div>
  );
}

type DetailsBadge = Pick<
  BadgeRow,
  'issuerName' | 'issuerId' | 'issuedAt' | 'expiresAt' | 'level' | 'format' | 'source' | 'criteria' | 'microCredential' | 'createdAt'
>;

/** The facts read from the credential. All of it is the issuer's text, shown as plain text. */
export function BadgeDetails({ badge, skills, now = new Date() }: { badge: DetailsBadge; skills: BadgeSkill[]; now?: Date }) {
  const expired = badge.expiresAt !== null && badge.expiresAt < now;
  return (
    <div className="space-y-6">
      <Card className="px-5 py-2 sm:px-6">
        <h2 className="pt-3 text-base font-semibold text-slate-900">About this badge</h2>
        <dl className="divide-y divide-slate-100">
          <Row term="Issuer">
            <span className="font-medium">{badge.issuerName}</span>
            <span className="mt-0.5 block font-mono text-xs break-all text-slate-500">{badge.issuerId}</span>
          </Row>
          <Row term="Issued">{badge.issuedAt ? shortDate.format(badge.issuedAt) : 'Not stated'}</Row>
          <Row term={expired ? 'Expired' : 'Expires'}>
            {badge.expiresAt ? (
              <span className={expired ? 'font-medium text-slate-900' : undefined}>{shortDate.format(badge.expiresAt)}</span>
            ) : (
              'Does not expire'
            )}
          </Row>
          {badge.level && <Row term="Level">{badge.level}</Row>}
          {badge.criteria && (
            <Row term="Criteria">
              <span className="whitespace-pre-line">{badge.criteria}</span>
            </Row>
          )}
          <Row term="Format">{formats[badge.format]}</Row>
          <Row term="Added">
            {sources[badge.source]} on {shortDate.format(badge.createdAt)}
          </Row>
        </dl>
      </Card>

      <Card className="p-5 sm:p-6">
        <h2 className="text-base font-semibold text-slate-900">Skills</h2>
        {skills.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">The issuer did not align this badge to any skills.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {skills.map((skill) => (
              <li key={skill.key} className="min-w-0">
                <p className="text-sm font-medium text-slate-900">{skill.label}</p>
                <p className="mt-0.5 text-xs text-slate-500">
                  {skill.framework ?? 'Unknown framework'}
                  {!skill.recognised && <span className="ml-1.5 rounded bg-slate-100 px-1.5 py-px text-slate-500">unrecognised framework</span>}
                </p>
                {skill.code && <p className="mt-0.5 font-mono text-xs break-all text-slate-500">{skill.code}</p>}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {badge.microCredential && Object.keys(badge.microCredential).length > 0 && (
        <Card className="px-5 py-2 sm:px-6">
          <h2 className="pt-3 text-base font-semibold text-slate-900">Micro-credential</h2>
          <p className="mt-1 text-xs text-slate-500">Fields from the EU Council Recommendation on micro-credentials (2022).</p>
          <dl className="divide-y divide-slate-100">
            {Object.entries(badge.microCredential).map(([term, value]) => (
              <Row key={term} term={term}>
                {value}
              </Row>
            ))}
          </dl>
        </Card>
      )}
    </div>
  );
}
