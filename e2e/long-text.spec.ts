import type { Page } from '@playwright/test';
import { expect, screenshots, signUpSeekerWithVerifiedEmail, test, uniqueWord } from './support';

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('long words and URLs wrap at 320 px, and a summary’s bullets, bold and links render as on job pages', async ({ page }) => {
  const word = uniqueWord();
  const longWord = `Supercalifragilistic${'expialidocious'.repeat(12)}`;
  await signUpSeekerWithVerifiedEmail(page, {
    name: `Lang ${word.slice(-5)}`,
    email: `long-${word}@example.test`,
    password: 'a long enough password',
    headline: longWord.slice(0, 110),
  });
  await page
    .getByLabel('Summary')
    .fill(`I build data pipelines.\n\n- **Python** every day\n- SQL reporting\n\nPortfolio: https://portfolio.example/${'deep/'.repeat(30)}end\n\n${longWord}`);
  await page.getByLabel('Public', { exact: true }).check({ force: true });
  await page.getByRole('button', { name: 'Save CV' }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();

  await page.setViewportSize({ width: 320, height: 800 });
  await page.getByLabel('Paste a badge').fill(`https://nowhere.invalid/${'a'.repeat(300)}`);
  await page.getByRole('button', { name: 'Add badge' }).click();
  await expect(page.getByRole('list', { name: 'Badge uploads' })).toContainText(/nowhere|reach|could not/i, { timeout: 20_000 });
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  await page.getByRole('link', { name: /View as others see it/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const summary = page.getByRole('heading', { name: 'Summary' }).locator('xpath=..');
  await expect(summary.getByRole('listitem')).toHaveCount(2);
  await expect(summary.locator('strong')).toHaveText('Python');
  await expect(summary.getByRole('link', { name: /portfolio\.example/ })).toHaveAttribute('rel', /nofollow/);
  await expect(summary).not.toContainText('- SQL');
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await screenshots(page, 'public-cv-long-text');
});
