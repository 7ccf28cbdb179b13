import type { Page } from '@playwright/test';
import { expect, recordCspViolations, signIn, signUpSeekerWithVerifiedEmail, test, uniqueWord } from './support';

const PASSWORD = 'a long enough password';

/** A new seeker, signed in on `page` (through the shared sign-up helper); returns their email address. */
async function signUpSeeker(page: Page, name: string): Promise<string> {
  const email = `${uniqueWord()}@example.test`;
  await signUpSeekerWithVerifiedEmail(page, { name, email, password: PASSWORD, headline: 'Warehouse team leader' });
  return email;
}

test.describe('Sessions end when the person ends them', () => {
  test('a session cookie copied before sign-out no longer works after it', async ({ page, request }) => {
    await signUpSeeker(page, 'Cara Copied');
    const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith('next-auth.session-token'));
    expect(session).toBeDefined();
    const copiedCookie = { cookie: `${session!.name}=${session!.value}` };

    // The copy works while the session lives (so the 401 below is the sign-out's doing).
    expect((await request.get('/api/v1/me/export', { headers: copiedCookie })).status()).toBe(200);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();

    const refused = await request.get('/api/v1/me/export', { headers: copiedCookie });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).code).toBe('auth:unauthenticated');
  });

  test('"Sign out of other devices" ends the other browser and keeps this one', async ({ page, browser, cspViolations }) => {
    const email = await signUpSeeker(page, 'Dev Other');
    const laptop = await browser.newContext();
    await recordCspViolations(laptop, cspViolations);
    const laptopPage = await laptop.newPage();
    await signIn(laptopPage, email, PASSWORD);

    await page.goto('/account');
    const sessions = page.getByRole('list', { name: 'Active sessions' }).getByRole('listitem');
    await expect(sessions).toHaveCount(2);
    await expect(sessions.filter({ hasText: 'This device' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Sign out of other devices' }).click();
    await expect(page.getByText('Signed out of 1 other session.')).toBeVisible();
    await expect(sessions).toHaveCount(1);

    expect((await laptopPage.request.get('/api/v1/me/export')).status()).toBe(401);
    expect((await page.request.get('/api/v1/me/export')).status()).toBe(200);
    await laptop.close();
  });

  test('"Sign out everywhere" on one browser ends the session in another', async ({ page, browser, cspViolations }) => {
    const email = await signUpSeeker(page, 'Eve Everywhere');
    const phone = await browser.newContext();
    await recordCspViolations(phone, cspViolations);
    const phonePage = await phone.newPage();
    await signIn(phonePage, email, PASSWORD);
    expect((await phonePage.request.get('/api/v1/me/export')).status()).toBe(200);

    await page.getByRole('banner').getByRole('link', { name: 'Account', exact: true }).click();
    await expect(page).toHaveURL(/\/account/);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    expect((await phonePage.request.get('/api/v1/me/export')).status()).toBe(401);
    await phonePage.goto('/account');
    await expect(phonePage).toHaveURL(/\/sign-in/);
    await phone.close();
  });
});
