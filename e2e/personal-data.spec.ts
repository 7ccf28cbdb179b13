import { expect, finishSignUpFromMailbox, test, uniqueWord } from './support';

test('a seeker downloads everything held about them, then deletes their account', async ({ page }) => {
  const email = `${uniqueWord()}@example.test`;
  await page.goto('/sign-up');
  await page.getByLabel("I'm looking for work").check({ force: true });
  await page.getByLabel('Name', { exact: true }).fill('Dana Departing');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await finishSignUpFromMailbox(page, email, 'a long enough password');
  await expect(page).toHaveURL(/\/cv/);

  const exported = await page.request.get('/api/v1/me/export');
  expect(exported.headers()['content-disposition']).toContain('attachment');
  expect((await exported.json()).account.email).toBe(email);

  await page.getByRole('button', { name: 'Delete my account…' }).click();
  const confirm = page.getByRole('button', { name: 'Delete my account', exact: true });
  await expect(confirm).toBeDisabled();
  await page.getByLabel('Type “delete my account” to confirm').fill('delete my account');
  await confirm.click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
});
