import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'badgeboard-demo';
export const demoEmployer = 'employer@demo.badgeboard.test';
export const demoSeeker = 'seeker@demo.badgeboard.test';

export function uniqueWord(): string {
  return `zq${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Signs in as someone (signing out whoever was signed in). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Desktop and phone screenshots under e2e/screenshots/ (not committed) for a person to look at. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const dir = path.join(process.cwd(), 'e2e', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: path.join(dir, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(dir, `${name}-phone.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
}

/**
 * The rest of a sign-up once the form was sent: the form says "check your inbox"; the link in the local mailbox
 * opens the last step, where the chosen password creates the account (address verified) and signs the person in.
 */
export async function finishSignUpFromMailbox(page: Page, email: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: `Check your inbox at ${email}` })).toBeVisible();
  await page.getByRole('link', { name: 'Open the local mailbox' }).click();
  await page
    .getByRole('link', { name: /\/sign-up\/confirm\?token=/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Finish creating your account' })).toBeVisible();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** A new seeker: signs up (which verifies their email through the mailed link) and saves a CV for employers only. */
export async function signUpSeekerWithVerifiedEmail(page: Page, seeker: { name: string; email: string; password: string; headline: string }): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel("I'm looking for work").check({ force: true });
  await page.getByLabel('Name', { exact: true }).fill(seeker.name);
  await page.getByLabel('Email').fill(seeker.email);
  await page.getByLabel('Password').fill(seeker.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await finishSignUpFromMailbox(page, seeker.email, seeker.password);
  await expect(page).toHaveURL(/\/cv/);
  await page.getByLabel('Headline').fill(seeker.headline);
  await page.getByLabel('Employers only').check({ force: true });
  await page.getByRole('button', { name: 'Save CV' }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
}

/**
 * Records every Content-Security-Policy refusal in a browser context: a `securitypolicyviolation` listener added to
 * each page by an init script (which the page's own policy does not govern), and Chromium's "Refused to …" console
 * lines (which also name violations the event does not reach, e.g. in workers). Header parse errors count too.
 */
export async function recordCspViolations(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding('__badgeboardCspViolation', (_source, line: string) => void violations.push(line));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __badgeboardCspViolation?: (line: string) => Promise<void> }).__badgeboardCspViolation;
      const what = event.blockedURI && event.blockedURI !== 'inline' ? event.blockedURI : `inline code${event.sample ? ` “${event.sample}”` : ''}`;
      void report?.(`${event.effectiveDirective} refused ${what} on ${event.documentURI}`);
    });
  });
  context.on('console', (message) => {
    const text = message.text();
    if (/^(Refused to |Error with Permissions-Policy header)/.test(text))
      violations.push(`${text} (${message.location().url || message.page()?.url() || 'unknown page'})`);
  });
}

/**
 * `test` for every spec: a test fails when a page it opened broke the Content-Security-Policy. A test that provokes a
 * violation on purpose reads `cspViolations`, checks it, and empties it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, cspViolations }, use) => {
    await recordCspViolations(context, cspViolations);
    await use(context);
    expect(cspViolations, 'Content-Security-Policy violations on the pages this test opened').toEqual([]);
  },
});

export { expect };
