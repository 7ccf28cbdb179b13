import { demoEmployer, expect, screenshots, signIn, test } from './support';

test('an employer filters by a skill group with verified badges only, reads why, opens the profile and shortlists', async ({ page }) => {
  await signIn(page, demoEmployer);
  await page.goto('/candidates?q=junior+data+analyst');

  // Pick the ESCO group S5 from the taxonomy autocomplete.
  const picker = page.getByRole('combobox', { name: 'Add a skill or skill group' });
  await picker.fill('working with computers');
  await page
    .getByRole('option', { name: /working with computers/ })
    .first()
    .click();
  await expect(page).toHaveURL(/req=skill(%3A|:)S5/);
  await expect(page.getByRole('switch', { name: 'Verified badges only' }).or(page.getByRole('checkbox', { name: 'Verified badges only' }))).toBeChecked();

  const first = page.getByRole('article').first();
  await expect(first.getByRole('heading', { name: 'Morag Campbell' })).toBeVisible();
  const why = first.getByRole('region', { name: 'Why this candidate' });
  await expect(why).toContainText('working with computers');
  await expect(why).toContainText(/Python Foundations|SQL for Analysts|Data Analytics Bootcamp/);
  await screenshots(page, 'candidates-s5');

  // The hidden demo CV (Ruaridh, who also holds Python) never shows up.
  await expect(page.getByRole('heading', { name: 'Ruaridh Black' })).toHaveCount(0);

  await first.getByRole('button', { name: 'Shortlist Morag Campbell' }).click();
  const dialog = page.getByRole('dialog', { name: 'Shortlist Morag Campbell' });
  const listName = dialog.getByLabel('New list name');
  // With no lists yet the popover opens on the name field; otherwise "New list…" reveals it.
  if (!(await listName.isVisible())) await dialog.getByRole('button', { name: /New list/ }).click();
  await listName.fill('Data analysts');
  await dialog.getByRole('button', { name: 'Create list and add' }).click();
  await expect(first).toContainText('Shortlisted');

  await first.getByRole('link', { name: 'Morag Campbell' }).click();
  await expect(page).toHaveURL(/\/p\//);
  await expect(page.getByRole('heading', { name: 'Morag Campbell' })).toBeVisible();
  await expect(page.getByText('seeker@demo.badgeboard.test')).toHaveCount(0);

  await page.goto('/shortlists');
  await page.getByRole('link', { name: /Data analysts/ }).click();
  await expect(page.getByRole('link', { name: 'Morag Campbell' })).toBeVisible();
});
