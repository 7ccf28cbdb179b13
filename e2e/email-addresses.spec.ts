import { expect, screenshots, signIn, signUpSeekerWithVerifiedEmail, test, uniqueWord } from './support';

const secondEmail = process.env.E2E_SECOND_EMAIL!;
const badgePng = process.env.E2E_SECOND_EMAIL_BADGE!;
const password = 'a long enough password';

/**
 * A badge issued to a seeker's other address fails its recipient check; the fix text leads to Account → Email
 * addresses, where the address is added and verified from the mailbox, and the same badge turns verified without
 * being uploaded again. Then the second address becomes the one the seeker signs in with.
 */
test.describe('A seeker adds a second email address', () => {
  test.skip(!secondEmail || !badgePng, 'npm test provides the badge issued to the second address');
  test.describe.configure({ mode: 'serial' });

  const firstEmail = `first-${uniqueWord()}@example.test`;

  test('a badge issued to the second address flips from failed to verified once the address is verified', async ({ page }) => {
    test.setTimeout(90_000);
    await signUpSeekerWithVerifiedEmail(page, { name: 'Rhona Second', email: firstEmail, password, headline: 'Data analyst' });

    await page.goto('/cv');
    await page.getByLabel('Upload badge files').setInputFiles(badgePng);
    const attention = page.getByRole('region', { name: /Needs attention/ });
    const failing = attention.getByRole('article').filter({ has: page.getByRole('heading', { name: 'E2E Python Foundations' }) });
    await expect(failing).toBeVisible({ timeout: 15_000 });
    await expect(failing).toContainText('Failed');
    await expect(failing).toContainText('Issued to an email address that is not one of yours');
    await expect(page.getByRole('region', { name: 'Verified badges' }).getByRole('heading', { name: 'E2E Python Foundations' })).toHaveCount(0);

    await failing.scrollIntoViewIfNeeded();
    await screenshots(page, 'cv-badge-issued-to-other-address');

    // The fix leads to the addresses.
    await failing.getByRole('link', { name: 'Manage your email addresses' }).click();
    await expect(page).toHaveURL(/\/account#email-addresses$/);
    const addresses = page.getByRole('list', { name: 'Your email addresses' });
    await expect(addresses.getByRole('listitem')).toHaveCount(1);

    // Not an address: said on the field, nothing added.
    await page.getByLabel('Add an email address').fill('rhona at school');
    await page.getByRole('button', { name: 'Add address' }).click();
    await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
    await expect(page.getByLabel('Add an email address')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Add an email address').fill(secondEmail.toUpperCase());
    await page.getByRole('button', { name: 'Add address' }).click();
    await expect(page.getByRole('status').filter({ hasText: `We sent a link to ${secondEmail}` })).toBeVisible();
    const second = addresses.getByRole('listitem').filter({ hasText: secondEmail });
    await expect(second).toContainText('Waiting for its link');
    await expect(second.getByRole('button', { name: `Send link again to ${secondEmail}` })).toBeVisible();
    // Only a verified address can become the sign-in address.
    await expect(second.getByRole('button', { name: /Make primary/ })).toHaveCount(0);
    await screenshots(page, 'account-email-addresses');

    // The same address twice is refused with a reason.
    await page.getByLabel('Add an email address').fill(secondEmail);
    await page.getByRole('button', { name: 'Add address' }).click();
    await expect(page.getByText('This address is already on your account, waiting for its link.', { exact: false })).toBeVisible();

    // The link arrives in the local mailbox; following it and confirming re-checks the waiting badge.
    await page.goto('/dev/mailbox');
    const mail = page.getByRole('article').filter({ hasText: 'Confirm the email address added to your Badgeboard account' }).first();
    await expect(mail).toContainText(`To: ${secondEmail}`);
    await mail.getByRole('link', { name: /\/verify-email\?token=/ }).click();
    await expect(page.getByText(secondEmail)).toBeVisible();
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Email address confirmed' })).toContainText('1 badge was checked again');

    await page.goto('/cv');
    const verified = page
      .getByRole('region', { name: 'Verified badges' })
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'E2E Python Foundations' }) });
    await expect(verified).toContainText('Verified');
    await expect(page.getByRole('region', { name: /Needs attention/ })).toHaveCount(0);
    await verified.getByRole('heading', { name: 'E2E Python Foundations' }).click();
    await expect(page.getByRole('region', { name: 'Verification report' })).toContainText(`Issued to ${secondEmail}, a verified address of yours.`);

    await page.goto('/account#email-addresses');
    await expect(addresses.getByRole('listitem').filter({ hasText: secondEmail })).toContainText('Verified');
  });

  test('the verified second address becomes the sign-in address; the first one can then be removed', async ({ page }) => {
    await signIn(page, firstEmail, password);
    await page.goto('/account');
    const addresses = page.getByRole('list', { name: 'Your email addresses' });
    const second = addresses.getByRole('listitem').filter({ hasText: secondEmail });
    await second.getByRole('button', { name: `Make primary ${secondEmail}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `You now sign in with ${secondEmail}` })).toBeVisible();
    await expect(second).toContainText('Primary');
    await expect(page.getByText(`Signed in as Rhona Second (${secondEmail})`)).toBeVisible();

    // Sign-in follows the primary address.
    await signIn(page, secondEmail, password);
    await page.goto('/account');
    const first = addresses.getByRole('listitem').filter({ hasText: firstEmail });
    await expect(first).toContainText('Verified');
    await expect(
      addresses
        .getByRole('listitem')
        .filter({ hasText: secondEmail })
        .getByRole('button', { name: /Remove/ }),
    ).toHaveCount(0);
    await first.getByRole('button', { name: `Remove ${firstEmail}` }).click();
    const question = page.getByRole('group', { name: `Remove ${firstEmail}?` });
    await expect(question.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await question.getByRole('button', { name: 'Remove address' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Removed ${firstEmail}.` })).toBeVisible();
    await expect(addresses.getByRole('listitem')).toHaveCount(1);

    // The badge issued to the second address is still verified.
    await page.goto('/cv');
    await expect(
      page
        .getByRole('region', { name: 'Verified badges' })
        .getByRole('article')
        .filter({ has: page.getByRole('heading', { name: 'E2E Python Foundations' }) }),
    ).toContainText('Verified');
  });
});
