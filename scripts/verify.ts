/**
 * The support verifier: prints the same verification report the app shows. Contract in USAGE below (and README).
 */
import '@/server/devstack/react-server-condition';
import { parseArgs } from 'node:util';

const USAGE = `Usage: npm run verify -- <file|url> [--json] [--preload <dir>] [--issuers <known-issuers.json>] [--recipient <email-or-DID>]… [--help]

  <file|url>                 a badge: baked PNG or SVG, JSON (OB 2.0 assertion, OB 3.0 credential, presentation), JWT, or a hosted assertion URL
  --json                     print the reports as JSON (stable check codes; the same report object the API and the badge page use)
  --preload <dir>            answer every fetch from this folder (JSON documents by id, urls.json/manifest.json maps); anything else is "not found", nothing is fetched
  --issuers <file>           known issuers for this run: [{ "id", "name", "domains" }] (or a registry file the admin page imports)
  --recipient <email-or-DID> whom the badge must be about; repeat for several (alias: --email); without it the recipient check is skipped
  --help                     print this help

Exit codes: 0 every credential verified · 1 some credential not verified · 2 usage or input error`;

const icons = { ok: '✓', failed: '✗', warning: '!', skipped: '–' } as const;
const stateWords = { verified: 'VERIFIED', unverified: 'UNVERIFIED', failed: 'FAILED', revoked: 'REVOKED', expired: 'EXPIRED' } as const;
const levelWords = { known_issuer: 'known issuer', unknown_issuer: 'issuer not known to Badgeboard' } as const;

function readOptions() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        preload: { type: 'string' },
        issuers: { type: 'string' },
        recipient: { type: 'string', multiple: true, default: [] },
        email: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`✗ ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const { values, positionals } = readOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) {
  console.error(`✗ ${positionals.length ? 'Give one badge at a time.' : 'Give a badge file or URL.'}\n\n${USAGE}`);
  process.exit(2);
}

try {
  // Loaded only once the arguments are sound, so --help and usage errors answer at once.
  const { renderNote, renderReason } = await import('@/lib/verification/render');
  const { verificationLevel } = await import('@/lib/verification/model');
  const { cliInput, loadKnownIssuers, preloadFolder, supportReport, verifyForSupport } = await import('@/server/badges/verify-file');
  if (values.preload) console.error(`Preloaded ${preloadFolder(values.preload).length} document(s) from ${values.preload}; nothing else is fetched.`);
  const registry = values.issuers ? loadKnownIssuers(values.issuers) : undefined;
  const results = await verifyForSupport(cliInput(positionals[0]!), { recipients: [...values.recipient, ...values.email], registry });
  if (values.json) {
    console.log(JSON.stringify(results.map(supportReport), null, 2));
  } else {
    for (const { facts, report } of results) {
      const level = verificationLevel(report);
      console.log(`\n${facts.achievement.name} — ${facts.issuer.name} (${facts.issuer.id})`);
      console.log(`State: ${stateWords[report.state]}${level ? ` · ${levelWords[level]}` : ''}   checked ${report.checkedAt}`);
      for (const check of report.checks) {
        console.log(`  ${icons[check.status]} ${check.check.padEnd(9)} ${renderReason(check)}  [${check.code}]`);
        for (const note of check.notes ?? []) console.log(`      ! ${renderNote(check.check, note)}  [${note.code}]`);
      }
    }
  }
  process.exit(results.every((result) => result.report.state === 'verified') ? 0 : 1);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
