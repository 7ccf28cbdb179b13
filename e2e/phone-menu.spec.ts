import { demoEmployer, demoSeeker, expect, screenshots, signIn, test } from './support';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('an employer reaches every section through the menu, and no page scrolls sideways', async ({ page }) => {
    await signIn(page, demoEmployer);
    await page.goto('/candidates');
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const section of ['Jobs', 'Skills', 'Find candidates', 'Shortlists', 'Roles', 'API keys', 'Account'])
      await expect(nav.getByRole('link', { name: section })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Find candidates' })).toHaveAttribute('aria-current', 'page');
    await screenshots(page, 'phone-menu-employer');

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    await menu.click();
    await nav.getByRole('link', { name: 'Shortlists' }).click();
    await expect(page).toHaveURL(/\/shortlists$/);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

    for (const path of ['/candidates', '/shortlists', '/employer/jobs', '/jobs', '/skills', '/account']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });

  test('a seeker’s menu lists their own sections only', async ({ page }) => {
    await signIn(page, demoSeeker);
    await page.goto('/cv');
    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const section of ['My CV', 'Jobs', 'Skills', 'Applications', 'Account']) await expect(nav.getByRole('link', { name: section })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Find candidates' })).toHaveCount(0);
  });
});
