import { expect, test } from './support';

// A portal developer reads /developers: the guide, the error table every problem links to, and the API reference
// rendered from /api/v1/openapi.json — with nothing loaded from anywhere but Badgeboard, and a clean CSP (support.ts).

test.describe('the developers page', () => {
  test('serves the OpenAPI 3.1 document', async ({ request }) => {
    const response = await request.get('/api/v1/openapi.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    expect(response.headers()['cache-control']).toBe('public, max-age=300');
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/api/v1/candidates/search'].get.operationId).toBe('searchCandidates');
    expect(document.paths['/api/v1/verify'].post.responses['429']).toBeDefined();
  });

  test('shows the guide and the reference, loading nothing from other sites', async ({ page, baseURL }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) elsewhere.push(request.url());
    });
    await page.goto('/developers');
    // The guide is plain HTML; queries stay inside its sections (the viewer's shadow DOM is large to search).
    await expect(page.locator('h1')).toHaveText('The Badgeboard API');
    for (const [id, title] of [
      ['start', 'Start'],
      ['authentication', 'Authentication'],
      ['limits', 'Limits'],
      ['errors', 'Errors'],
      ['examples', 'Examples'],
      ['reference', 'Reference'],
    ] as const) {
      await expect(page.locator(`#${id} h2`)).toHaveText(title);
    }
    const authentication = page.locator('#authentication');
    await expect(authentication.getByText('Authorization: Bearer bb_…')).toBeVisible();
    await expect(authentication.getByRole('link', { name: '/employer/api-keys' })).toBeVisible();
    const examples = page.locator('#examples');
    await expect(
      examples
        .locator('pre')
        .filter({ hasText: /curl --get ".*\/api\/v1\/candidates\/search"/ })
        .first(),
    ).toBeVisible();
    await expect(examples.locator('pre').filter({ hasText: /curl ".*\/api\/v1\/verify" -F "file=@badge\.png"/ })).toBeVisible();
    await expect(page.locator('#limits table')).toContainText('POST /api/v1/verify');

    // The reference viewer renders the document (its text is in an open shadow root, which locators pierce).
    const reference = page.locator('rapi-doc');
    await expect(reference.getByText('Search candidates by credential, issuer and skill').first()).toBeVisible({ timeout: 20_000 });
    await expect(reference.getByText('This API as an OpenAPI 3.1 document').first()).toBeAttached();
    expect(elsewhere).toEqual([]);
  });

  test('has a row for every problem code, where each problem’s type links', async ({ page, request }) => {
    const document = await (await request.get('/api/v1/openapi.json')).json();
    const codes: string[] = document.components.schemas.Problem.properties.code.enum;
    expect(codes).toContain('search:bad_cursor');

    // A real problem: its `type` names the row that explains it.
    const problem = await request.get('/api/v1/candidates/search?req=skill:S5');
    expect(problem.status()).toBe(401);
    const { type, code } = await problem.json();
    expect(type).toMatch(/\/developers#problem-auth-unauthenticated$/);
    expect(code).toBe('auth:unauthenticated');

    await page.goto(new URL(type).pathname + new URL(type).hash);
    await expect(page.locator('#problem-auth-unauthenticated')).toBeInViewport();
    await expect(page.locator('#problem-search-bad_cursor')).toContainText('Stale page cursor');
    for (const each of codes) await expect(page.locator(`[id="problem-${each.replace(':', '-')}"]`), each).toHaveCount(1);
  });
});
