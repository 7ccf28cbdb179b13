import { demoEmployer, expect, screenshots, signIn, signUpSeekerWithVerifiedEmail, test } from './support';

const email = process.env.E2E_BADGE_EMAIL!;
const badgePng = process.env.E2E_BADGE_PNG!;
const name = `Bea Badger ${email.split('@')[0]!.slice(-6)}`;

test.describe('A seeker attaches a baked badge; an employer sees it on the CV', () => {
  test.skip(!email || !badgePng, 'npm test provides the baked badge fixture');
  let profilePath = '';

  test('the seeker verifies their email, uploads the PNG and sees it verified with its skill', async ({ page }) => {
    await signUpSeekerWithVerifiedEmail(page, { name, email, password: 'a long enough password', headline: 'Junior Python developer' });

    await page.goto('/cv');
    await page.getByLabel('Upload badge files').setInputFiles(badgePng);
    const wallet = page.getByRole('region', { name: 'Verified badges' });
    const badge = wallet.getByRole('article').filter({ has: page.getByRole('heading', { name: 'E2E Python Foundations' }) });
    await expect(badge).toBeVisible({ timeout: 15_000 });
    await expect(badge).toContainText('Verified');
    await expect(badge).toContainText('Python (computer programming)');
    // The card shows the badge's own picture, served by Badgeboard.
    const art = badge.locator('img');
    await expect(art).toHaveAttribute('src', /^\/api\/v1\/badges\/[0-9a-f-]{36}\/image$/);
    await expect.poll(() => art.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await screenshots(page, 'cv-with-badge');

    await badge.getByRole('heading', { name: 'E2E Python Foundations' }).click();
    const report = page.getByRole('region', { name: 'Verification report' });
    await expect(report).toContainText('Signature / proof');
    await expect(report).toContainText('The eddsa-rdfc-2022 signature is valid');
    await expect(report).toContainText(/Unknown issuer did:key:/);
    await expect(report).toContainText('Issued to');
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect(report).toContainText('Verified');
    await screenshots(page, 'badge-report');
    await page.goto('/cv');
    profilePath = (await page.getByRole('link', { name: /View as others see it/ }).getAttribute('href')) ?? '';
    expect(profilePath).toMatch(/^\/p\//);
  });

  test('an employer sees the same verified badge on that CV', async ({ page }) => {
    test.skip(!profilePath, 'needs the first step');
    await signIn(page, demoEmployer);
    await page.goto(profilePath);
    await expect(page.getByRole('heading', { name })).toBeVisible();
    const badge = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'E2E Python Foundations' }) });
    await expect(badge).toContainText('Verified');
    await expect.poll(() => badge.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByText(email)).toHaveCount(0);
  });
});
