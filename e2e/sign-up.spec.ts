import { demoSeeker, expect, test } from './support';

test('sign-up answers the same for an address that has an account, and mails its owner instead', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel("I'm hiring").check({ force: true });
  await page.getByLabel('Name', { exact: true }).fill('Someone Else');
  await page.getByLabel('Organisation name').fill('Not Really Ltd');
  await page.getByLabel('Email').fill(demoSeeker);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: `Check your inbox at ${demoSeeker}` })).toBeVisible();

  await page.getByRole('link', { name: 'Open the local mailbox' }).click();
  const note = page
    .getByRole('article')
    .filter({
      hasText: 'Someone tried to create a Badgeboard account with your address',
    })
    .first();
  await expect(note).toBeVisible();
  await expect(note.getByRole('link', { name: /\/sign-in\?email=/ })).toBeVisible();
  await expect(note.getByRole('link', { name: /\/sign-up\/confirm/ })).toHaveCount(0);
});
