import { once } from 'node:events';
import http from 'node:http';
import type { APIResponse, Page } from '@playwright/test';
import { demoEmployer, demoSeeker, expect, signIn, test } from './support';

const MB = 1024 * 1024;
const evil = 'http://evil.example';

function directivesOf(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

function nonceOf(policy: string | undefined): string | undefined {
  return directivesOf(policy)
    .get('script-src')
    ?.find((value) => value.startsWith("'nonce-"))
    ?.slice(7, -1);
}

function expectFixedHeaders(response: APIResponse, what: string): void {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(headers['permissions-policy'], what).toContain(`${feature}=()`);
  expect(directivesOf(headers['content-security-policy']).get('frame-ancestors'), what).toEqual(["'none'"]);
  // The e2e site is served over plain http: HSTS there would be ignored, and is not sent.
  expect(headers['strict-transport-security'], what).toBeUndefined();
}

async function expectRefusedAsCrossOrigin(response: APIResponse, what: string): Promise<void> {
  expect(response.status(), what).toBe(403);
  expect(response.headers()['content-type'], what).toMatch(/^application\/problem\+json/);
  expect((await response.json()).code, what).toBe('auth:cross_origin');
}

async function expectNotRefusedAsCrossOrigin(response: APIResponse, what: string): Promise<void> {
  const body = await response.json().catch(() => null);
  expect(body?.code, what).not.toBe('auth:cross_origin');
  expect(response.status(), what).not.toBe(403);
}

/** The two ways a browser says a request comes from another site; the definer must refuse either alone. */
const crossSite: { name: string; headers: Record<string, string> }[] = [
  { name: 'Origin: http://evil.example', headers: { origin: evil } },
  { name: 'Sec-Fetch-Site: cross-site', headers: { 'sec-fetch-site': 'cross-site' } },
];

function sameSite(page: Page): Record<string, string> {
  return { origin: new URL(page.url()).origin, 'sec-fetch-site': 'same-origin' };
}

async function sessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((entry) => entry.name.endsWith('next-auth.session-token'));
  expect(cookie, 'a session cookie after signing in').toBeDefined();
  return `${cookie!.name}=${cookie!.value}`;
}

/** 64 KB filler chunks of a multipart body, as many as `total` bytes allows. */
function* fillerChunks(total: number): Generator<Buffer> {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  for (let sent = 0; sent < total; sent += chunk.length) yield chunk;
}

type ChunkedResult = { status: number; contentType: string | undefined; body: string; writtenWhenAnswered: number };

/**
 * POSTs a multipart upload with `transfer-encoding: chunked` (so no content-length to judge by), writing filler until
 * the server answers, and reports how many bytes had been handed to the socket by then.
 */
function postChunkedUpload(url: URL, cookie: string, total: number): Promise<ChunkedResult> {
  const boundary = '----badgeboard-oversize';
  const request = http.request(url, {
    method: 'POST',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
  });
  let written = 0;
  let answered = false;
  const result = new Promise<ChunkedResult>((resolve, reject) => {
    request.on('response', (response) => {
      answered = true;
      const writtenWhenAnswered = written;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        request.destroy();
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers['content-type'],
          body: Buffer.concat(chunks).toString('utf8'),
          writtenWhenAnswered,
        });
      });
      response.on('error', reject);
    });
    // Once answered, the server may close the connection under our feet; only an earlier error is a failure.
    request.on('error', (error) => !answered && reject(error));
  });
  const stopped = Promise.race([result, once(request, 'close')]).catch(() => undefined);
  void (async () => {
    const write = async (bytes: Buffer) => {
      written += bytes.length;
      if (!request.write(bytes)) await Promise.race([once(request, 'drain'), stopped]);
    };
    await write(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`));
    for (const chunk of fillerChunks(total)) {
      if (answered || request.destroyed) return;
      await write(chunk);
    }
    if (!answered && !request.destroyed) request.end(`\r\n--${boundary}--\r\n`);
  })().catch(() => undefined);
  return result;
}

test.describe('The site defends itself against other sites', () => {
  test('every kind of response carries the security headers, and each page load gets its own nonce', async ({ page, request }) => {
    const document = await page.goto('/');
    expect(document).not.toBeNull();
    const pageHeaders = await document!.allHeaders();
    const policy = directivesOf(pageHeaders['content-security-policy']);
    expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]));
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(nonceOf(pageHeaders['content-security-policy'])).toMatch(/^[A-Za-z0-9+/]{22}==$/);

    const [first, second] = await Promise.all([request.get('/'), request.get('/')]);
    expectFixedHeaders(first, 'a page');
    const nonce = nonceOf(first.headers()['content-security-policy']);
    expect(nonce).toBeDefined();
    expect(nonce).not.toBe(nonceOf(second.headers()['content-security-policy']));
    // Next put that response's nonce on every script it rendered (JSON-LD data blocks do not run, so need none).
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !tag.includes('application/ld+json'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    const missing = await request.get('/no-such-page');
    expect(missing.status()).toBe(404);
    expectFixedHeaders(missing, 'a page that is not there');
    expect(nonceOf(missing.headers()['content-security-policy'])).toBeDefined();

    const api = await request.get('/api/health');
    expectFixedHeaders(api, 'an API response');
    expect(directivesOf(api.headers()['content-security-policy']).get('default-src')).toEqual(["'none'"]);
    const apiError = await request.get('/api/v1/me/export');
    expect(apiError.status()).toBe(401);
    expectFixedHeaders(apiError, 'an API error');

    const scriptUrl = await page.locator('script[src*="/_next/static/"]').first().getAttribute('src');
    expect(scriptUrl).toBeTruthy();
    const asset = await request.get(scriptUrl!);
    expect(asset.ok()).toBe(true);
    expectFixedHeaders(asset, 'a static asset');
  });

  test('a client that claims https itself gets no HSTS: only a trusted proxy may say how a request arrived', async ({ request }) => {
    // The e2e site trusts no proxy (no TRUSTED_PROXIES), so scripts/serve.ts drops this header before Next sees it.
    const forged = { 'x-forwarded-proto': 'https' };
    for (const path of ['/', '/api/health']) {
      const response = await request.get(path, { headers: forged });
      expect(response.headers()['strict-transport-security'], path).toBeUndefined();
    }
    const page = await request.get('/', { headers: forged });
    expect(directivesOf(page.headers()['content-security-policy']).has('upgrade-insecure-requests')).toBe(false);
  });

  test('a script injected into a page is refused by the policy', async ({ page, cspViolations }) => {
    await page.goto('/jobs');
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">';
      document.body.append(box);
    });
    await expect.poll(() => cspViolations.some((line) => /script-src/.test(line))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    // Provoked on purpose: not a defect of the site.
    cspViolations.length = 0;
  });

  test('an employer’s session cannot add to a shortlist from another site', async ({ page }) => {
    await signIn(page, demoEmployer);
    // The classic forgery: JSON in a text/plain form post, which needs no CORS preflight.
    const body = JSON.stringify({ cvId: crypto.randomUUID(), newListName: 'Forged list' });
    for (const variant of crossSite) {
      const response = await page.request.post('/api/v1/shortlists', { headers: { ...variant.headers, 'content-type': 'text/plain' }, data: body });
      await expectRefusedAsCrossOrigin(response, `shortlists with ${variant.name}`);
    }
    const own = await page.request.post('/api/v1/shortlists', { headers: { ...sameSite(page), 'content-type': 'application/json' }, data: body });
    await expectNotRefusedAsCrossOrigin(own, 'shortlists from the site itself');
  });

  test('a seeker’s session cannot attach a badge or re-check one from another site', async ({ page }) => {
    await signIn(page, demoSeeker);
    const badgeId = crypto.randomUUID();
    for (const variant of crossSite) {
      const multipart = await page.request.post('/api/v1/cv/badges', {
        headers: variant.headers,
        multipart: { file: { name: 'badge.json', mimeType: 'application/json', buffer: Buffer.from('{"forged": true}') } },
      });
      await expectRefusedAsCrossOrigin(multipart, `cv/badges multipart with ${variant.name}`);
      const plain = await page.request.post('/api/v1/cv/badges', {
        headers: { ...variant.headers, 'content-type': 'text/plain' },
        data: '{"text":"https://evil.example/badge.json"}',
      });
      await expectRefusedAsCrossOrigin(plain, `cv/badges text/plain with ${variant.name}`);
      const verify = await page.request.post(`/api/v1/badges/${badgeId}/verify`, {
        headers: { ...variant.headers, 'content-type': 'application/x-www-form-urlencoded' },
        data: '',
      });
      await expectRefusedAsCrossOrigin(verify, `badges/:id/verify with ${variant.name}`);
    }
    const own = await page.request.post('/api/v1/cv/badges', {
      headers: sameSite(page),
      multipart: { file: { name: 'badge.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "a badge"}') } },
    });
    await expectNotRefusedAsCrossOrigin(own, 'cv/badges from the site itself');
    const ownVerify = await page.request.post(`/api/v1/badges/${badgeId}/verify`, { headers: sameSite(page) });
    await expectNotRefusedAsCrossOrigin(ownVerify, 'badges/:id/verify from the site itself');
  });

  test('a 50 MB chunked upload is refused once it passes the limit, not read to the end', async ({ page, baseURL }) => {
    await signIn(page, demoSeeker);
    const total = 50 * MB;
    const result = await postChunkedUpload(new URL('/api/v1/cv/badges', baseURL), await sessionCookie(page), total);
    expect(result.status, result.body.slice(0, 300)).toBe(413);
    expect(result.contentType).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(result.body).code).toBe('input:too_large');
    // The limit is about 5 MB; what else was in flight sits in socket buffers. Reading it all would mean 50 MB.
    expect(result.writtenWhenAnswered).toBeLessThan(16 * MB);
  });

  test('a session cookie copied before signing out no longer works afterwards', async ({ page, request }) => {
    await signIn(page, demoSeeker);
    const cookie = await sessionCookie(page);
    const before = await request.get('/api/v1/me/export', { headers: { cookie } });
    expect(before.status()).toBe(200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();

    const after = await request.get('/api/v1/me/export', { headers: { cookie } });
    expect(after.status()).toBe(401);
    expect(after.headers()['content-type']).toMatch(/^application\/problem\+json/);
  });
});
