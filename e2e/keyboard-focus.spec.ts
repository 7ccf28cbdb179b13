import { demoEmployer, expect, signIn, test } from './support';

const focused = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el && el !== document.body
      ? { tag: el.tagName, name: el.getAttribute('name'), value: el.value, role: el.getAttribute('role'), checked: el.checked }
      : null;
  });

test('keyboard users keep their place: a filter ticked with Space and a skill chosen with Enter leave focus on the control', async ({ page }) => {
  await signIn(page, demoEmployer);
  await page.goto('/candidates');
  const filters = page.getByRole('form', { name: 'Filters' }).first();
  const box = filters.getByRole('checkbox').first();
  await box.focus();
  const before = await focused(page);
  expect(before?.tag).toBe('INPUT');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`${before!.name}=`));
  await expect.poll(() => focused(page)).toMatchObject({ name: before!.name, value: before!.value, checked: true });

  const picker = page.getByRole('combobox', { name: 'Add a skill or skill group' });
  await picker.fill('Python');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/req=skill/);
  await expect.poll(() => focused(page)).toMatchObject({ role: 'combobox' });
});
