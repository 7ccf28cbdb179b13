import { expect, screenshots, signUpSeekerWithVerifiedEmail, test, uniqueWord } from './support';

test('a seeker who forgot their password resets it from the mailed link; the link works once', async ({ page }) => {
  const word = uniqueWord();
  const email = `reset-${word}@example.test`;
  await signUpSeekerWithVerifiedEmail(page, { name: `Rhona Reset ${word.slice(-4)}`, email, password: 'the first password', headline: 'Welder' });
  await page.context().clearCookies();

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send the reset link' }).click();
  await expect(page.getByText(`If there is a Badgeboard account for ${email}`)).toBeVisible();
  await screenshots(page, 'forgot-password-sent');

  await page.getByRole('link', { name: 'Open the local mailbox' }).click();
  const link = page.getByRole('link', { name: /\/reset-password\?token=/ }).first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('the second password');
  await page.getByLabel('New password again').fill('the second passwort');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByText('The two passwords are not the same')).toBeVisible();
  await page.getByLabel('New password again').fill('the second password');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByText('Your password is changed')).toBeVisible();
  await screenshots(page, 'reset-password-done');

  await page.getByRole('link', { name: 'Sign in' }).last().click();
  await page.getByLabel('Password').fill('the first password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /password/i })
      .first(),
  ).toBeVisible();
  await page.getByLabel('Password').fill('the second password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/cv/);

  await page.context().clearCookies();
  await page.goto(href);
  await expect(page.getByRole('heading', { name: 'This reset link does not work' })).toBeVisible();
  await expect(page.getByText(/already used/)).toBeVisible();
});
