import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { demoEmployer, demoSeeker, expect, signIn, test, uniqueWord } from './support';

/**
 * axe (WCAG 2.1 A/AA rules) on every page type, signed out, as a seeker and as an employer, at desktop and phone
 * width: no critical or serious violation. Each failure lists the rule, the element and what axe says to fix.
 */
const widths = [1366, 390];

async function audit(page: Page, path: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      // The API reference is RapiDoc's own shadow DOM, a third-party viewer: /developers' own content is audited.
      .exclude('rapi-doc')
      .analyze();
    for (const violation of results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious'))
      for (const node of violation.nodes)
        found.push(`${path} @${width}px · ${violation.id} (${violation.impact}) · ${node.target.join(' ')} · ${node.failureSummary?.replace(/\s+/g, ' ')}`);
  }
  return found;
}

async function firstHref(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const href = hrefs.find((value) => pattern.test(value));
  if (!href) throw new Error(`No link matching ${pattern} on ${path}`);
  return href;
}

test.describe('accessibility (axe): no critical or serious violations', () => {
  test.setTimeout(180_000);

  test('signed out', async ({ page }) => {
    const job = await firstHref(page, '/jobs', /^\/jobs\/[0-9a-f-]{36}$/);
    const skill = await firstHref(page, '/skills', /^\/skills\?/);
    const pages = ['/', '/jobs', job, '/skills', skill, '/sign-in', '/sign-up', '/forgot-password', '/verify', '/developers'];
    const found: string[] = [];
    for (const path of pages) found.push(...(await audit(page, path)));
    expect(found, found.join('\n')).toEqual([]);
  });

  test('as a seeker', async ({ page }) => {
    await signIn(page, demoSeeker);
    const badge = await firstHref(page, '/cv', /^\/badges\/[0-9a-f-]{36}$/);
    // The badge's public page, as its owner sees it (with the owner's notice).
    const sharedBadge = badge.replace('/badges/', '/b/');
    const pages = ['/cv', badge, sharedBadge, '/jobs', '/applications', '/notifications', '/account'];
    const found: string[] = [];
    for (const path of pages) found.push(...(await audit(page, path)));
    expect(found, found.join('\n')).toEqual([]);
  });

  test('the account page with two email addresses', async ({ page }) => {
    await signIn(page, demoSeeker);
    await page.goto('/account');
    await page.getByLabel('Add an email address').fill(`demo-second-${uniqueWord()}@example.test`);
    await page.getByRole('button', { name: 'Add address' }).click();
    await expect(page.getByRole('list', { name: 'Your email addresses' }).getByRole('listitem')).toHaveCount(2);
    const found = await audit(page, '/account#email-addresses');
    expect(found, found.join('\n')).toEqual([]);
  });

  test('as an employer', async ({ page }) => {
    await signIn(page, demoEmployer);
    const cv = await firstHref(page, '/candidates', /^\/p\/[0-9a-f-]{36}/);
    // A badge's public page as others see it (an employers-only CV's badges follow the CV).
    const sharedBadge = (await firstHref(page, cv, /^\/badges\/[0-9a-f-]{36}$/)).replace('/badges/', '/b/');
    const pages = ['/candidates', '/candidates?verified=1', cv, sharedBadge, '/shortlists', '/employer/jobs', '/employer/api-keys'];
    const found: string[] = [];
    for (const path of pages) found.push(...(await audit(page, path)));
    expect(found, found.join('\n')).toEqual([]);
  });

  test('a candidate page with the employer’s notes and tags', async ({ page }) => {
    await signIn(page, demoEmployer);
    const cv = await firstHref(page, '/candidates', /^\/p\/[0-9a-f-]{36}/);
    await page.goto(cv);
    const panel = page.getByRole('region', { name: 'Notes and tags' });
    const tag = `Audit ${uniqueWord().slice(-6)}`;
    await panel.getByLabel('Add a tag').fill(tag);
    await panel.getByRole('button', { name: 'Add tag' }).click();
    await expect(panel.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
    await panel.getByLabel('Add a note').fill('A note for the accessibility audit.');
    await panel.getByRole('button', { name: 'Add note' }).click();
    await expect(panel.getByText('A note for the accessibility audit.').first()).toBeVisible();
    const found = await audit(page, cv);
    expect(found, found.join('\n')).toEqual([]);
    // Leave the demo CV as it was for the specs after this one.
    await page.goto(cv);
    await page
      .getByRole('region', { name: 'Notes and tags' })
      .getByRole('button', { name: `Remove tag ${tag}` })
      .click();
    await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toHaveCount(0);
  });
});
