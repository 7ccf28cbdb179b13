import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { demoSeeker, expect, signIn, test } from './support';

// The demo seeker's CV is for employers only; "Python Foundations" (Clyde Data Academy, a known issuer) is verified and
// was issued on 2 March 2026 with no expiry (src/server/demo/demo-badges.ts).
const BADGE = 'Python Foundations';

/** Full-page screenshots at the two widths the pages are designed for, under e2e/screenshots/ (not committed). */
async function shots(page: Page, name: string): Promise<void> {
  const dir = path.join(process.cwd(), 'e2e', 'screenshots');
  mkdirSync(dir, { recursive: true });
  for (const [width, label] of [
    [1366, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: path.join(dir, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A plain static page on another port (another origin) holding only the snippet, as a job site would. */
async function servePortalPage(snippet: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Résumé · Example Jobs</title></head>
  <body style="margin:0;padding:24px;font-family:Georgia,serif;background:#fffbeb">
    <main><h1>Morag Campbell</h1><p>Junior data analyst, Glasgow.</p>
${snippet}
    </main>
  </body>
</html>`;
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function chooseShare(page: Page, badgeId: string, label: string) {
  await page.goto(`/badges/${badgeId}`);
  const share = page.getByRole('region', { name: 'Share this badge' });
  await share.getByLabel(label).check({ force: true });
  await expect(share.getByRole('status').filter({ hasText: /^Saved\./ })).toBeVisible();
}

test('a seeker shares a verified badge: its public page verifies signed out, previews, goes to LinkedIn and into another site', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, demoSeeker);

  // The CV page offers the embed snippet.
  await page.goto('/cv');
  const snippet = await page.getByLabel('Snippet').inputValue();
  expect(snippet).toMatch(/^<script src="http[^"]+\/embed\/v1\/badges\.js" async><\/script>\n<badgeboard-badges cv="[0-9a-f-]{36}"><\/badgeboard-badges>$/);
  const cvId = /cv="([0-9a-f-]{36})"/.exec(snippet)![1]!;
  await expect(page.getByRole('link', { name: 'Badges as a Verifiable Presentation' })).toHaveAttribute('href', '/api/v1/me/badges/presentation');
  await expect(page.getByRole('link', { name: 'Verified badges as a JSON Resume' })).toHaveAttribute('href', '/api/v1/me/badges/json-resume');
  const presentation = (await (await page.request.get('/api/v1/me/badges/presentation')).json()) as { type: string[]; verifiableCredential: unknown[] };
  expect(presentation.type).toEqual(['VerifiablePresentation']);
  expect(presentation.verifiableCredential.length).toBeGreaterThanOrEqual(4);
  const resume = (await (await page.request.get('/api/v1/me/badges/json-resume')).json()) as { certificates: { name: string }[] };
  expect(resume.certificates.map((certificate) => certificate.name)).toContain(BADGE);
  await expect(page.getByRole('region', { name: 'Show your badges on other sites' })).toContainText('It shows no badges yet');
  await shots(page, 'cv-share');

  // The owner makes the badge's page public and copies its link.
  await page.getByRole('region', { name: 'Verified badges' }).getByRole('link', { name: BADGE }).first().click();
  await expect(page).toHaveURL(/\/badges\/[0-9a-f-]{36}$/);
  const badgeId = page.url().split('/').pop()!;
  const share = page.getByRole('region', { name: 'Share this badge' });
  await expect(share.getByLabel('Follow my CV’s visibility')).toBeChecked();
  await share.getByLabel('Anyone with the link').check({ force: true });
  await expect(share.getByRole('status').filter({ hasText: 'Saved. Anyone with the link can open this page.' })).toBeVisible();
  const pageUrl = await share.getByLabel('Link to the public page').inputValue();
  expect(pageUrl).toBe(`${baseURL}/b/${badgeId}`);
  const ownerLinkedIn = new URL((await share.getByRole('link', { name: /Add to LinkedIn profile/ }).getAttribute('href'))!);
  expect(ownerLinkedIn.searchParams.get('certUrl')).toBe(pageUrl);
  await shots(page, 'badge-share-settings');

  // Another site's page shows the badge through the snippet, with live state, and the script sends no cookies even
  // though this browser is signed in to Badgeboard.
  const portal = await servePortalPage(snippet);
  try {
    const apiCall = page.waitForResponse((response) => response.url().endsWith(`/api/v1/embed/cvs/${cvId}/badges`));
    await page.goto(portal.url);
    const answer = await apiCall;
    expect((await answer.request().allHeaders()).cookie).toBeUndefined();
    const headers = await answer.allHeaders();
    expect(headers['access-control-allow-origin']).toBe('*');
    expect(headers['set-cookie']).toBeUndefined();
    expect(headers['cache-control']).toMatch(/public, max-age=\d+, stale-while-revalidate=\d+/);
    const section = page.locator('badgeboard-badges').getByRole('region', { name: 'Verified badges' });
    await expect(section.getByRole('heading', { name: 'Verified badges of Morag Campbell' })).toBeVisible();
    const embedded = section.getByRole('link', { name: BADGE });
    await expect(embedded).toHaveAttribute('href', pageUrl);
    const item = section.getByRole('listitem').filter({ hasText: BADGE });
    await expect(item).toContainText('Issued by Clyde Data Academy');
    await expect(item).toContainText('Verified · known issuer');
    // Only badges shared with anyone: the others follow an employers-only CV.
    await expect(section.getByRole('listitem')).toHaveCount(1);
    await shots(page, 'badge-embed');
  } finally {
    await portal.close();
  }

  // Signed out, the public page opens, and "Verify now" re-runs the checks.
  await page.context().clearCookies();
  await page.goto(`/b/${badgeId}`);
  await expect(page.getByRole('heading', { level: 1, name: BADGE })).toBeVisible();
  await expect(page.getByText('Held by Morag Campbell')).toBeVisible();
  await expect(page.getByText(/Issued by Clyde Data Academy/).first()).toBeVisible();
  await expect(page.getByRole('img', { name: `QR code of this page’s address, ${pageUrl}` })).toBeVisible();
  const report = page.getByRole('region', { name: 'Verification report' });
  const checkedAt = () => report.locator('time').first().getAttribute('datetime');
  const before = await checkedAt();
  await report.getByRole('button', { name: 'Verify now' }).click();
  await expect(report.getByRole('status')).toHaveText('Checked just now: verified · known issuer, as before.');
  // The page shows the fresh report: a later check time.
  await expect.poll(async () => Date.parse((await checkedAt())!)).toBeGreaterThan(Date.parse(before!));

  // LinkedIn's certification form, filled in.
  const linkedIn = new URL((await page.getByRole('link', { name: /Add to LinkedIn profile/ }).getAttribute('href'))!);
  expect(linkedIn.origin + linkedIn.pathname).toBe('https://www.linkedin.com/profile/add');
  const fields = Object.fromEntries(linkedIn.searchParams);
  expect(fields).toMatchObject({
    startTask: 'CERTIFICATION_NAME',
    name: BADGE,
    organizationName: 'Clyde Data Academy',
    issueYear: '2026',
    issueMonth: '3',
    certUrl: pageUrl,
  });
  expect(fields.certId).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(fields).not.toHaveProperty('expirationYear');

  // The raw credential downloads as JSON.
  const download = await page.request.get(`/api/v1/shared-badges/${badgeId}/credential`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toMatch(/^application\/json/);
  expect(download.headers()['content-disposition']).toBe('attachment; filename="python-foundations.json"');
  expect((await download.json()) as { type: string[] }).toMatchObject({ type: expect.arrayContaining(['OpenBadgeCredential']) });

  // Link previews: Open Graph and Twitter card metadata, and a generated PNG.
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(`${BADGE} — Morag Campbell`);
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
    const imageUrl = (await page.locator(selector).first().getAttribute('content'))!;
    expect(imageUrl.startsWith(`${baseURL}/b/${badgeId}/`)).toBe(true);
    const image = await page.request.get(imageUrl);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    writeFileSync(path.join(process.cwd(), 'e2e', 'screenshots', `badge-preview-${selector.includes('og:') ? 'og' : 'twitter'}.png`), png);
  }
  await shots(page, 'badge-public');

  // "Only me": the page is gone for everyone else, and so are its API routes.
  await signIn(page, demoSeeker);
  await page.goto(`/p/${cvId}`);
  const cvImage = (await page.locator('meta[property="og:image"]').first().getAttribute('content'))!;
  expect((await page.request.get(cvImage)).headers()['content-type']).toBe('image/png');
  await chooseShare(page, badgeId, 'Only me');
  await page.context().clearCookies();
  expect((await page.goto(`/b/${badgeId}`))!.status()).toBe(404);
  expect((await page.request.post(`/api/v1/shared-badges/${badgeId}/verify`)).status()).toBe(404);
  expect((await page.request.get(`/api/v1/shared-badges/${badgeId}/credential`)).status()).toBe(404);

  // Back as the demo data has it, for the specs that follow.
  await signIn(page, demoSeeker);
  await chooseShare(page, badgeId, 'Follow my CV’s visibility');
});
