import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

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

/** A new seeker: signs up, saves a CV for employers only, and verifies their email from the local mailbox. */
export async function signUpSeekerWithVerifiedEmail(page: Page, seeker: { name: string; email: string; password: string; headline: string }): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel("I'm looking for work").check({ force: true });
  await page.getByLabel('Name', { exact: true }).fill(seeker.name);
  await page.getByLabel('Email').fill(seeker.email);
  await page.getByLabel('Password').fill(seeker.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/cv/);
  await page.getByLabel('Headline').fill(seeker.headline);
  await page.getByLabel('Employers only').check({ force: true });
  await page.getByRole('button', { name: 'Save CV' }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
  // Recipient binding needs a verified address: follow the link from the local mailbox.
  await page.goto('/dev/mailbox');
  await page.getByRole('link', { name: /verify-email\?token=/ }).first().click();
  await expect(page.getByText(/email address is verified/i)).toBeVisible();
}
