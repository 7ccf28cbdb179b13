import { demoEmployer, demoSeeker, expect, signIn, test, uniqueWord } from './support';

test.describe('Bad input gets a clear message and stores nothing', () => {
  test('sign-up explains a malformed email and a short password', async ({ page }) => {
    await page.goto('/sign-up');
    await page.getByLabel("I'm looking for work").check({ force: true });
    await page.getByLabel('Name', { exact: true }).fill('Test Person');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
    await expect(page.getByText('Use at least 10 characters for your password.')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up/);
  });

  test('sign-in with a wrong password says so', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(demoSeeker);
    await page.getByLabel('Password').fill(`wrong-${uniqueWord()}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('an empty or 10,000-character headline is refused next to the field, and the saved CV is unchanged', async ({ page }) => {
    await signIn(page, demoSeeker);
    await page.goto('/cv');
    const headline = page.getByLabel('Headline');
    const saved = await headline.inputValue();
    await headline.fill('');
    await page.getByRole('button', { name: 'Save CV' }).click();
    await expect(page.getByText('Add a headline, e.g. "Junior data analyst".')).toBeVisible();
    await headline.evaluate((el: HTMLInputElement) => el.removeAttribute('maxlength'));
    await headline.fill('x'.repeat(10_000));
    await page.getByRole('button', { name: 'Save CV' }).click();
    await expect(page.getByText('Keep the headline to 120 characters; put the detail in your summary.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Headline')).toHaveValue(saved);
  });

  test('a tampered session cookie counts as signed out', async ({ page, context }) => {
    await signIn(page, demoSeeker);
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name.endsWith('next-auth.session-token'));
    expect(session).toBeDefined();
    await context.clearCookies();
    await context.addCookies([{ ...session!, value: `${session!.value.slice(0, -6)}AAAAAA` }]);
    await page.goto('/cv');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('the candidate API answers 401 to anonymous callers and 403 to seekers', async ({ page, request }) => {
    const anonymous = await request.get('/api/v1/candidates/search?q=data');
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()['content-type']).toBe('application/problem+json');
    expect((await anonymous.json()).code).toBe('auth:unauthenticated');
    await signIn(page, demoSeeker);
    const asSeeker = await page.request.get('/api/v1/candidates/search?q=data');
    expect(asSeeker.status()).toBe(403);
    await signIn(page, demoEmployer);
    const asEmployer = await page.request.get('/api/v1/candidates/search?page=0');
    expect(asEmployer.status()).toBe(400);
    expect((await asEmployer.json()).errors).toEqual([{ field: 'page', pointer: '#/page', detail: 'Pages start at 1.' }]);
  });
});
