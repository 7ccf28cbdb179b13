import { execFile } from 'node:child_process';
import type { Page } from '@playwright/test';
import { demoEmployer, expect, screenshots, signIn, signUpSeekerWithVerifiedEmail, test, uniqueWord } from './support';

type WalletRun = { code: number; holder: string; answers: { status: number; body: Record<string, unknown> }[] };

/** The scripted wallet (scripts/wallet.ts) answering the link the CV page shows, as a wallet app on a phone would. */
function runWallet(url: string, args: string[]): Promise<WalletRun> {
  return new Promise((resolve, reject) => {
    execFile('npx', ['tsx', '--conditions=react-server', 'scripts/wallet.ts', url, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      try {
        const printed = JSON.parse(stdout) as Omit<WalletRun, 'code'>;
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, ...printed });
      } catch {
        reject(new Error(`The scripted wallet printed no result: ${stderr || stdout}`));
      }
    });
  });
}

async function newWalletLink(page: Page): Promise<string> {
  await page.goto('/cv');
  const panel = page.getByRole('heading', { name: 'From your wallet' }).locator('xpath=ancestor::div[contains(@class,"rounded-xl")][1]');
  const start = panel.getByRole('button', { name: /Connect your wallet|Share more from your wallet/ });
  await start.click();
  const link = page.getByTestId('wallet-interaction-url');
  await expect(link).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of the wallet link' }).locator('svg')).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\/api\/v1\/wallet\/interactions\/[0-9a-f-]{36}$/);
  return href!;
}

test.describe.serial('A seeker brings badges in from a wallet; the holder is bound by DID; replays and foreign presentations are refused', () => {
  const word = uniqueWord();
  const name = `Wendy Walletson ${word.slice(-5)}`;
  const email = `wallet-${word}@example.test`;
  const password = 'a long enough password';
  const vcapiBadge = `Wallet Python ${word}`;
  const oid4vpBadge = `Wallet SQL ${word}`;
  const holder = `e2e-${word}`;

  test('VC-API: the wallet answers the interaction link; the DID-bound badge attaches verified, live on the page', async ({ page }) => {
    await signUpSeekerWithVerifiedEmail(page, { name, email, password, headline: 'Data analyst' });
    const link = await newWalletLink(page);
    await screenshots(page, 'cv-wallet-waiting');
    const run = await runWallet(link, ['--protocol', 'vcapi', '--holder', holder, '--badge', vcapiBadge]);
    expect(run.code).toBe(0);
    expect(run.answers[0]!.body).toMatchObject({ redirectUrl: expect.stringContaining('/cv?wallet=') });

    const list = page.getByRole('list', { name: 'Badge uploads' });
    await expect(list).toContainText(vcapiBadge, { timeout: 15_000 });
    await expect(list).toContainText('Verified');
    await expect(list).toContainText(run.holder.slice(0, 20));
    const verified = page.getByRole('region', { name: 'Verified badges' });
    await expect(verified.getByRole('heading', { name: vcapiBadge })).toBeVisible({ timeout: 15_000 });
    await screenshots(page, 'cv-wallet-done');

    await verified.getByRole('heading', { name: vcapiBadge }).click();
    const report = page.getByRole('region', { name: 'Verification report' });
    await expect(report).toContainText(/DID/);
    await expect(report).toContainText(run.holder.slice(0, 24));
  });

  test('a replayed presentation and one signed for another site are refused, and nothing more is stored', async ({ page }) => {
    await signIn(page, email, password);
    const replayLink = await newWalletLink(page);
    const replay = await runWallet(replayLink, ['--holder', holder, '--badge', `Replayed ${word}`, '--replay']);
    expect(replay.code).toBe(0);
    expect(replay.answers.map((a) => a.status)).toEqual([200, 409]);
    expect(replay.answers[1]!.body).toMatchObject({ code: 'wallet:exchange_used' });

    const link = await newWalletLink(page);
    const foreign = await runWallet(link, ['--holder', holder, '--badge', `Foreign ${word}`, '--wrong-domain']);
    expect(foreign.code).toBe(0);
    expect(foreign.answers[0]).toMatchObject({ status: 400, body: { code: 'wallet:domain_mismatch' } });
    await expect(page.getByRole('region', { name: 'Add badges' }).getByRole('alert')).toContainText('Your wallet’s answer was refused', { timeout: 10_000 });
    await screenshots(page, 'cv-wallet-refused');
    await page.goto('/cv');
    await expect(page.getByRole('heading', { name: `Foreign ${word}` })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Verified badges' }).getByRole('heading', { name: `Replayed ${word}` })).toHaveCount(1);
  });

  test('OpenID4VP: a VP-JWT answered by direct_post attaches the badge verified', async ({ page }) => {
    await signIn(page, email, password);
    const link = await newWalletLink(page);
    const run = await runWallet(link, ['--protocol', 'oid4vp', '--format', 'jwt', '--holder', holder, '--badge', oid4vpBadge]);
    expect(run.code).toBe(0);
    expect(run.answers[0]!.body).toMatchObject({ redirect_uri: expect.stringContaining('/cv?wallet=') });
    await expect(page.getByRole('list', { name: 'Badge uploads' })).toContainText(oid4vpBadge, { timeout: 15_000 });
    await expect(page.getByRole('region', { name: 'Verified badges' }).getByRole('heading', { name: oid4vpBadge })).toBeVisible({ timeout: 15_000 });
  });

  test('an employer finds the seeker with the wallet badges, verified', async ({ page }) => {
    await signIn(page, demoEmployer);
    await expect(async () => {
      await page.goto(`/candidates?q=${encodeURIComponent(name)}`);
      await expect(page.getByRole('article').filter({ hasText: name })).toContainText(vcapiBadge, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    const card = page.getByRole('article').filter({ hasText: name });
    await expect(card).toContainText(oid4vpBadge);
    await expect(card).toContainText('3 verified badges');
    await screenshots(page, 'candidates-wallet-badges');
  });
});
