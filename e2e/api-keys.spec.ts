import { demoEmployer, expect, screenshots, signIn, test, uniqueWord } from './support';

// The demo employer owns Clyde Digital Services (seeded as the organisation's owner), so may create and revoke keys.
test.describe.serial('An organisation API key created in the UI calls candidate search, and is refused once revoked', () => {
  const name = `Careers portal ${uniqueWord().slice(-6)}`;
  let token = '';

  test('the owner creates a key with the search scope and sees it once', async ({ page }) => {
    await signIn(page, demoEmployer);
    await page.goto('/employer/api-keys');
    await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();

    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('checkbox', { name: 'Search candidates' }).check();
    await page.getByRole('button', { name: 'Create key' }).click();

    const panel = page.getByRole('region', { name: `Key “${name}” created` });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('you won’t see it again');
    token = await panel.getByLabel('Your new API key').inputValue();
    expect(token).toMatch(/^bb_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/);

    // The list shows the key by its start only.
    const prefix = token.split('_')[1]!;
    const row = page.getByRole('article', { name });
    await expect(row).toContainText(`bb_${prefix}_…`);
    await expect(row).toContainText('Search candidates');
    await expect(row).toContainText('never');
    await screenshots(page, 'api-keys-created');
  });

  test('a portal without cookies searches candidates with the key; after revocation in the UI it gets 401 problem+json', async ({
    page,
    playwright,
    baseURL,
  }) => {
    expect(token, 'the previous test created a key').not.toBe('');
    const portal = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const search = () => portal.get('/api/v1/candidates/search?q=data', { headers: { authorization: `Bearer ${token}` } });

    const ok = await search();
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toHaveProperty('hits');

    await signIn(page, demoEmployer);
    await page.goto('/employer/api-keys');
    const row = page.getByRole('article', { name });
    await expect(row).toContainText('1 use');
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    const confirm = row.getByRole('group', { name: `Revoke “${name}”?` });
    await expect(confirm).toContainText('refused from its next request');
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await expect(row).toContainText('Revoked');
    await expect(row.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);
    await screenshots(page, 'api-keys-revoked');

    const refused = await search();
    expect(refused.status()).toBe(401);
    expect(refused.headers()['content-type']).toBe('application/problem+json');
    expect(await refused.json()).toMatchObject({ code: 'auth:invalid_api_key', status: 401 });
    await portal.dispose();
  });
});
