import { demoEmployer, demoSeeker, expect, screenshots, signIn, test, uniqueWord } from './support';

test.describe('An employer posts a role; a qualifying seeker applies; the employer sees them first', () => {
  const title = `Junior Data Analyst ${uniqueWord()}`;
  let jobPath = '';

  test('the employer posts a role requiring the S5 skill group and the Python Foundations badge', async ({ page }) => {
    await signIn(page, demoEmployer);
    await page.goto('/employer/jobs/new');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Description').fill('Join our public-sector analytics team.\n\n- SQL and Python every day\n- **Hybrid** working from Glasgow');
    await page.getByLabel('Location').fill('Glasgow');
    await page.getByLabel('Workplace').selectOption({ label: 'Hybrid' });
    await page.getByLabel('Salary from').fill('27000');
    await page.getByLabel('Salary to').fill('32000');
    await page.getByLabel('Closing date').fill('2099-12-31');
    await page.getByRole('combobox', { name: 'Add a skill or skill group' }).fill('working with computers');
    await page
      .getByRole('option', { name: /working with computers/ })
      .first()
      .click();
    await page.getByRole('combobox', { name: 'Add a badge' }).fill('Python Foundations');
    await page
      .getByRole('option', { name: /Python Foundations/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByText(`“${title}” is published`)).toBeVisible();
    await page
      .getByRole('article')
      .filter({ hasText: title })
      .getByRole('heading', { name: title })
      .getByRole('link')
      .click()
      .catch(async () => {
        await page.getByRole('link', { name: title }).first().click();
      });
    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}/);
    jobPath = new URL(page.url()).pathname;

    // The page carries schema.org JobPosting JSON-LD with the taxonomy code of the skill.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect(ld).toMatchObject({ '@type': 'JobPosting', title, hiringOrganization: { name: 'Clyde Digital Services' }, baseSalary: { currency: 'GBP' } });
    expect(ld.datePosted).toBeTruthy();
    expect(ld.validThrough).toMatch(/^2099-12-31/);
    expect(ld.jobLocation.address.addressLocality).toBe('Glasgow');
    expect(ld.skills[0]).toMatchObject({ '@type': 'DefinedTerm', termCode: expect.stringContaining('data.europa.eu/esco') });
  });

  test('the seeker sees it under "Roles you qualify for" and applies', async ({ page }) => {
    test.skip(!jobPath, 'needs the posted role');
    await signIn(page, demoSeeker);
    await page.goto('/jobs');
    const qualify = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Roles you qualify for' }) });
    await expect(qualify.getByText(title)).toBeVisible({ timeout: 15_000 });
    await screenshots(page, 'jobs-seeker');
    await page.goto(jobPath);
    await expect(page.getByText('Python Foundations').first()).toBeVisible();
    await page.getByLabel('Cover note').fill('I hold both badges and would love to join.');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText(/You applied on/)).toBeVisible();
  });

  test('the employer sees the applicant ranked first with the explanation', async ({ page }) => {
    test.skip(!jobPath, 'needs the posted role');
    await signIn(page, demoEmployer);
    await page.goto(jobPath);
    await page.getByRole('link', { name: 'View applicants' }).click();
    const first = page.getByRole('article').first();
    await expect(first.getByRole('heading', { name: 'Morag Campbell' })).toBeVisible();
    await expect(first).toContainText('Python Foundations');
    await expect(first.getByRole('link', { name: /seeker@demo\.badgeboard\.test/ })).toBeVisible();
    await first.getByLabel('Stage').selectOption({ label: 'Interview' });
    await expect(first.getByText('Saved. The applicant has been told.')).toBeVisible();
    await screenshots(page, 'applicants');
  });

  test('the seeker is mailed the interview invitation, sees the employer on their applications, and withdraws', async ({ page }) => {
    test.skip(!jobPath, 'needs the posted role');
    await signIn(page, demoSeeker);
    await page.goto('/dev/mailbox');
    await expect(page.getByText(`${title}: you are invited to interview`).first()).toBeVisible();
    await expect(page.getByText(`Your application for ${title}`).first()).toBeVisible();

    await page.goto('/applications');
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(card).toContainText('Clyde Digital Services');
    await expect(card).toContainText('Interview');
    await card.getByRole('button', { name: `Withdraw your application for ${title}` }).click();
    await card.getByRole('button', { name: 'Yes, withdraw' }).click();
    await expect(page.getByRole('heading', { name: title })).toHaveCount(0);

    await signIn(page, demoEmployer);
    await page.goto(jobPath);
    await page.getByRole('link', { name: 'View applicants' }).click();
    await expect(page.getByRole('heading', { name: 'Morag Campbell' })).toHaveCount(0);
  });
});
