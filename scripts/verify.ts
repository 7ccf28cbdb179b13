/**
 * npm run verify -- <file|url> [--json] [--preload <dir>] [--email <address>]
 * Prints the same verification report the app shows. --preload answers fetches from a folder (offline);
 * --email checks the recipient against that address.
 */
import { renderReason } from '@/lib/verification/render';
import { AppError } from '@/server/errors';
import { cliInput, preloadFolder, verifyForSupport } from '@/server/badges/verify-file';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args.splice(index, 2)[1] : undefined;
};
const json = args.includes('--json') ? (args.splice(args.indexOf('--json'), 1), true) : false;
const preload = option('--preload');
const email = option('--email');
const target = args[0];
if (!target) {
  console.error('Usage: npm run verify -- <file|url> [--json] [--preload <dir>] [--email <address>]');
  process.exit(2);
}

const icons = { ok: '✓', failed: '✗', warning: '!', skipped: '–' } as const;
const stateWords = { verified: 'VERIFIED', unverified: 'UNVERIFIED', failed: 'FAILED', revoked: 'REVOKED', expired: 'EXPIRED' } as const;
try {
  if (preload) console.error(`Preloaded ${preloadFolder(preload).length} document(s) from ${preload}.`);
  const results = await verifyForSupport(cliInput(target), { recipients: email ? [email] : [] });
  if (json) {
    console.log(JSON.stringify(results.map(({ facts, report }) => ({ achievement: facts.achievement.name, issuer: facts.issuer, ...report })), null, 2));
  } else {
    for (const { facts, report } of results) {
      console.log(`\n${facts.achievement.name} — ${facts.issuer.name} (${facts.issuer.id})`);
      console.log(`State: ${stateWords[report.state]}   checked ${report.checkedAt}`);
      for (const check of report.checks) console.log(`  ${icons[check.status]} ${check.check.padEnd(9)} ${renderReason(check)}`);
    }
  }
  process.exit(results.every((result) => result.report.state === 'verified') ? 0 : 1);
} catch (error) {
  console.error(`✗ ${error instanceof AppError || error instanceof Error ? error.message : error}`);
  process.exit(2);
}
