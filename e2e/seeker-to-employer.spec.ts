import { demoEmployer, expect, finishSignUpFromMailbox, screenshots, signIn, test, uniqueWord } from './support';

test.describe('A seeker publishes a CV and an employer finds it', () => {
  const word = uniqueWord();
  const email = `${word}@example.test`;
  const name = `Skye ${word}`;

  test('a new seeker signs up and writes a CV', async ({ page }) => {
    await page.goto('/');
    await screenshots(page, 'home');
    await page.goto('/sign-up');
    await page.getByLabel("I'm looking for work").check({ force: true });
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long enough password');
    await screenshots(page, 'sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();
    await finishSignUpFromMailbox(page, email, 'a long enough password');
    await expect(page).toHaveURL(/\/cv/);

    await page.getByLabel('Headline').fill(`Apprentice electrician ${word}`);
    await page.getByLabel('Summary').fill('Level 3 electrical installation, two years on domestic rewires.');
    await page.getByLabel('Location').fill('Kirkcaldy');
    await page.getByLabel('Employers only').check({ force: true });
    await page.getByRole('button', { name: 'Save CV' }).click();
    await expect(page.getByText(/^Saved\./)).toBeVisible();
    await screenshots(page, 'cv');
  });

  test('an employer searches and finds that seeker within seconds', async ({ page }) => {
    await signIn(page, demoEmployer);
    await page.goto('/candidates');
    await page.getByLabel('Search candidates').fill(word);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${word}`));
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name }) });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Kirkcaldy');
    await screenshots(page, 'candidates');
  });

  test('a hidden CV never appears in an employer search', async ({ page }) => {
    await signIn(page, demoEmployer);
    await page.goto('/candidates?q=data+engineer');
    await expect(page.getByRole('heading', { name: 'Ruaridh Black' })).toHaveCount(0);
    await page.goto('/candidates?q=junior+data+analyst');
    await expect(page.getByRole('heading', { name: 'Morag Campbell' })).toBeVisible();
  });
});
