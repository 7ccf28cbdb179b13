import { verificationLevel, type VerificationLevel, type VerificationReport } from './model';
import { renderCheck, type Audience, type RenderedCheck } from './render';

/** A report as every edge shows it (page, API, CLI `--json`): the stored codes plus the sentences rendered from them. */
export type PresentedReport = Omit<VerificationReport, 'checks'> & { level: VerificationLevel | null; checks: RenderedCheck[] };

export function presentReport(report: VerificationReport, audience: Audience = 'owner'): PresentedReport {
  return { ...report, level: verificationLevel(report), checks: report.checks.map((check) => renderCheck(check, audience)) };
}
