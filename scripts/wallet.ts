/**
 * The scripted wallet (src/server/testing/scripted-wallet): answers a Badgeboard wallet link the way a wallet app does.
 * For trying the wallet import by hand and for the e2e tests. Contract in USAGE below (and README "Wallets").
 */
import '@/server/devstack/react-server-condition';
import { parseArgs } from 'node:util';
import { issueDidBoundBadge, ScriptedWallet } from '@/server/testing/scripted-wallet/scripted-wallet';

const USAGE = `Usage: npm run wallet -- <interaction URL> [--protocol vcapi|oid4vp] [--format ldp|jwt] [--holder <name>] [--badge <name>]…
                         [--wrong-domain] [--stale-challenge] [--replay] [--help]

  <interaction URL>   the link under the QR code on the CV page (…/api/v1/wallet/interactions/<id>)
  --protocol          vcapi (VC-API exchange, default) or oid4vp (OpenID4VP 1.0, direct_post)
  --format            ldp (Data Integrity presentation, default) or jwt (VP-JWT with VC-JWTs; OpenID4VP only)
  --holder <name>     the wallet's holder DID is derived from this name (same name, same did:key); default "demo"
  --badge <name>      put an OB 3.0 badge with this achievement name, issued to the holder DID, in the wallet (repeatable; default one)
  --wrong-domain      sign for another site's domain / audience (Badgeboard must refuse it)
  --stale-challenge   sign another challenge / nonce (Badgeboard must refuse it)
  --replay            after answering, send the same answer again (Badgeboard must refuse the second)

Prints one JSON object: { holder, answers: [{ status, body }] }. Exit code 0 when the last answer was as expected
(2xx normally; 4xx with --wrong-domain, --stale-challenge or --replay), 1 otherwise, 2 on usage errors.`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        protocol: { type: 'string', default: 'vcapi' },
        format: { type: 'string', default: 'ldp' },
        holder: { type: 'string', default: 'demo' },
        badge: { type: 'string', multiple: true, default: [] },
        'wrong-domain': { type: 'boolean', default: false },
        'stale-challenge': { type: 'boolean', default: false },
        replay: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return (console.log(USAGE), 0);
  const [url] = positionals;
  if (!url || !/^https?:\/\//.test(url) || !['vcapi', 'oid4vp'].includes(values.protocol) || !['ldp', 'jwt'].includes(values.format)) {
    console.error(USAGE);
    return 2;
  }
  const format = values.format as 'ldp' | 'jwt';
  const wallet = await ScriptedWallet.create(values.holder);
  const names = values.badge.length ? values.badge : ['Scripted Wallet Badge'];
  for (const name of names) {
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const achievement = {
      id: `https://scripted-wallet-academy.example/achievements/${slug}`,
      name,
      description: `${name}, earned at the Scripted Wallet Academy.`,
      criteria: 'Completed the course and its assessment.',
      alignments: [{ targetName: 'Python', targetUrl: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', targetFramework: 'ESCO' }],
    };
    const credential = await issueDidBoundBadge(wallet.did, achievement, { format: values.protocol === 'oid4vp' ? format : 'ldp' });
    wallet.credentials.push(credential);
  }
  const misbehave = {
    ...(values['wrong-domain'] ? { domain: values.protocol === 'oid4vp' ? 'redirect_uri:https://elsewhere.example/cb' : 'elsewhere.example' } : {}),
    ...(values['stale-challenge'] ? { challenge: 'a-challenge-from-another-exchange' } : {}),
  };
  const answers = [values.protocol === 'oid4vp' ? await wallet.answerOid4vp(url, { ...misbehave, format }) : await wallet.answerVcApi(url, misbehave)];
  if (values.replay) answers.push(await wallet.replay());
  console.log(JSON.stringify({ holder: wallet.did, answers: answers.map(({ status, body }) => ({ status, body })) }, null, 2));
  const last = answers.at(-1)!;
  const expectRefusal = values['wrong-domain'] || values['stale-challenge'] || values.replay;
  return (expectRefusal ? last.status >= 400 && last.status < 500 : last.status < 300) ? 0 : 1;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`The wallet could not finish: ${(error as Error).message}`);
  return 1;
});
