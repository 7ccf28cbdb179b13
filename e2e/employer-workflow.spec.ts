import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { demoEmployer, demoSeeker, expect, signIn, signUpSeekerWithVerifiedEmail, test, uniqueWord } from './support';

/** Screenshots at the widths the product is checked at (laptop and phone), under e2e/screenshots/. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = path.join(process.cwd(), 'e2e', 'screenshots');
  mkdirSync(dir, { recursive: true });
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
    // Nothing may scroll sideways on a phone.
    if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** axe at both widths: no critical or serious violation. */
async function audit(page: Page): Promise<void> {
  const found: string[] = [];
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const violation of results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious'))
      for (const node of violation.nodes) found.push(`${page.url()} @${width}px · ${violation.id} · ${node.target.join(' ')}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  expect(found, found.join('\n')).toEqual([]);
}

async function downloadedText(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

test.describe.serial('An employer works through applicants: CV and badge reports, notes and tags, shortlists, CSV', () => {
  const word = uniqueWord();
  const title = `Workflow Analyst ${word}`;
  const tag = `Strong fit ${word.slice(-4)}`;
  const note = `Spoke on the phone ${word}: keen, can start in March.`;
  const hidden = { name: `Hana Hidden ${word.slice(-5)}`, email: `hidden-${word}@example.test`, password: 'a-long-password-1', headline: 'Data engineer' };
  let jobId = '';
  let moragCv = '';
  let hiddenCv = '';
  let shortlistId = '';

  test('the employer posts a role; Morag applies, and so does a seeker whose CV is hidden', async ({ page }) => {
    await signIn(page, demoEmployer);
    await page.goto('/employer/jobs/new');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Description').fill('Analyse service data with us.');
    await page.getByLabel('Location').fill('Glasgow');
    await page.getByLabel('Workplace').selectOption({ label: 'Hybrid' });
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByText(`“${title}” is published`)).toBeVisible();
    const applicantsLink = page.getByRole('article').filter({ hasText: title }).getByRole('link', { name: 'No applicants yet' });
    jobId = /\/employer\/jobs\/([0-9a-f-]{36})\/applicants/.exec((await applicantsLink.getAttribute('href')) ?? '')?.[1] ?? '';
    expect(jobId).not.toBe('');

    await signIn(page, demoSeeker);
    await page.goto(`/jobs/${jobId}`);
    await page.getByLabel('Cover note').fill('I would like to help.');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText(/You applied on/)).toBeVisible();

    await page.context().clearCookies();
    await signUpSeekerWithVerifiedEmail(page, hidden);
    await page.getByLabel('Hidden').check({ force: true });
    await page.getByRole('button', { name: 'Save CV' }).click();
    await expect(page.getByText(/^Saved\. Your CV is hidden/)).toBeVisible();
    await page.goto(`/jobs/${jobId}`);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText(/You applied on/)).toBeVisible();
  });

  test('applicant card → full CV → a badge report; the hidden CV opens for this employer only', async ({ page }) => {
    test.skip(!jobId, 'needs the role');
    await signIn(page, demoEmployer);
    await page.goto(`/employer/jobs/${jobId}/applicants`);
    const morag = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Morag Campbell' }) });
    await morag.getByRole('link', { name: 'CV, badge reports and notes for Morag Campbell' }).click();
    await expect(page).toHaveURL(/\/p\/[0-9a-f-]{36}$/);
    moragCv = new URL(page.url()).pathname.split('/')[2]!;
    await expect(page.getByRole('heading', { level: 1, name: 'Morag Campbell' })).toBeVisible();
    const badges = page.getByRole('region', { name: 'Verified badges' });
    const firstBadge = badges.getByRole('listitem').first().getByRole('heading').first();
    const badgeName = (await firstBadge.textContent())!.trim();
    await firstBadge.getByRole('link').click();
    await expect(page).toHaveURL(/\/badges\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: badgeName })).toBeVisible();
    await expect(page.getByText('A badge on Morag Campbell’s CV')).toBeVisible();
    await page.getByRole('link', { name: 'Back to Morag Campbell’s CV' }).click();
    await expect(page).toHaveURL(new RegExp(`/p/${moragCv}$`));

    await page.goto(`/employer/jobs/${jobId}/applicants`);
    await page.getByRole('link', { name: `CV, badge reports and notes for ${hidden.name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: hidden.name })).toBeVisible();
    await expect(page.getByText(`You see this CV because ${hidden.name} applied to a role at your organisation.`)).toBeVisible();
    hiddenCv = new URL(page.url()).pathname.split('/')[2]!;

    // Anyone else is told there is no such page: signed out, and another organisation's member.
    await page.context().clearCookies();
    const anonymous = await page.goto(`/p/${hiddenCv}`);
    expect(anonymous?.status()).toBe(404);
    await signIn(page, 'hiring@northsea-energy.demo.badgeboard.test');
    expect((await page.goto(`/p/${hiddenCv}`))?.status()).toBe(404);
    expect((await page.request.get(`/api/v1/candidates/${hiddenCv}/notes`)).status()).toBe(404);
  });

  test('a note and a tag on the CV page; the tag shows on the applicant card; another organisation sees neither', async ({ page }) => {
    test.skip(!moragCv, 'needs the CV');
    await signIn(page, demoEmployer);
    await page.goto(`/p/${moragCv}`);
    const panel = page.getByRole('region', { name: 'Notes and tags' });
    await expect(panel).toContainText('Private to Clyde Digital Services');
    await panel.getByLabel('Add a tag').fill(`  ${tag}  `);
    await panel.getByRole('button', { name: 'Add tag' }).click();
    await expect(panel.getByRole('list', { name: 'Tags on Morag Campbell' }).getByText(tag, { exact: true })).toBeVisible();
    await panel.getByLabel('Add a tag').fill('Temporary');
    await panel.getByRole('button', { name: 'Add tag' }).click();
    await panel.getByRole('button', { name: 'Remove tag Temporary' }).click();
    await expect(panel.getByRole('button', { name: 'Remove tag Temporary' })).toHaveCount(0);

    await panel.getByLabel('Add a note').fill(note);
    await panel.getByRole('button', { name: 'Add note' }).click();
    const notes = panel.getByRole('list', { name: 'Notes, newest first' });
    await expect(notes.getByRole('listitem').first()).toContainText(note);
    await expect(notes.getByRole('listitem').first()).toContainText('Fiona MacLeod');
    // Still there after a reload: it was saved, not only shown.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Notes and tags' }).getByText(note)).toBeVisible();
    await audit(page);
    await shoot(page, 'candidate-notes');

    await page.goto(`/employer/jobs/${jobId}/applicants`);
    const morag = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Morag Campbell' }) });
    await expect(morag.getByRole('list', { name: 'Your organisation’s tags' })).toContainText(tag);
    await audit(page);
    await shoot(page, 'applicants-with-tags');

    // The other organisation's member sees Morag's CV (employers only) but none of Clyde's notes or tags.
    await signIn(page, 'hiring@northsea-energy.demo.badgeboard.test');
    await page.goto(`/p/${moragCv}`);
    await expect(page.getByRole('region', { name: 'Notes and tags' })).toContainText('No notes yet.');
    await expect(page.getByText(note)).toHaveCount(0);
    await expect(page.getByText(tag)).toHaveCount(0);
    const api = await page.request.get(`/api/v1/candidates/${moragCv}/notes`);
    expect(await api.json()).toEqual({ notes: [] });
    expect((await page.request.get(`/api/v1/jobs/${jobId}/applicants/export`)).status()).toBe(404);
  });

  test('the applicants CSV has the candidates, their stage, tags and badge pages', async ({ page }) => {
    test.skip(!moragCv, 'needs the applicants');
    await signIn(page, demoEmployer);
    await page.goto(`/employer/jobs/${jobId}/applicants`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^applicants-workflow-analyst-.*\.csv$/);
    const csv = await downloadedText(download);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFName,Email,Headline,Location,Stage,Applied on,Tags,Verified badges,Badge pages,CV');
    expect(csv).toContain('Morag Campbell,seeker@demo.badgeboard.test');
    expect(csv).toContain(hidden.name);
    expect(csv).toContain(tag);
    expect(csv).toMatch(/\/b\/[0-9a-f-]{36}/);
    expect(csv).toContain(`/p/${moragCv}`);
  });

  test('a shortlist: note on an entry, remove a candidate, rename, download, delete after a question', async ({ page }) => {
    test.skip(!moragCv || !hiddenCv, 'needs the candidates');
    await signIn(page, demoEmployer);
    const created = await page.request.post('/api/v1/shortlists', { data: { cvId: moragCv, newListName: `Spring ${word}` } });
    expect(created.status()).toBe(201);
    shortlistId = ((await created.json()) as { shortlistId: string }).shortlistId;
    // The hidden applicant may be shortlisted by the organisation they applied to.
    expect((await page.request.post('/api/v1/shortlists', { data: { cvId: hiddenCv, shortlistId } })).status()).toBe(201);

    await page.goto(`/shortlists/${shortlistId}`);
    await expect(page.getByRole('heading', { level: 1, name: `Spring ${word}` })).toBeVisible();
    const entries = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Morag Campbell' }) });
    const moragEntry = entries
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Morag Campbell' }) })
      .first();
    await expect(moragEntry).toContainText(tag);
    await moragEntry.getByRole('button', { name: 'Add a note for Morag Campbell on this list' }).click();
    await moragEntry.getByLabel('Note on this list for Morag Campbell').fill('Met at the careers fair');
    await moragEntry.getByRole('button', { name: 'Save note' }).click();
    await expect(moragEntry.getByText('Met at the careers fair')).toBeVisible();

    await page.getByRole('button', { name: `Remove ${hidden.name} from this list` }).click();
    await expect(page.getByRole('link', { name: hidden.name })).toHaveCount(0);
    await expect(page.getByText('1 candidate ·')).toBeVisible();

    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('List name').fill(`Spring final ${word}`);
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Spring final ${word}` })).toBeVisible();
    await page.reload();
    await expect(page.getByText('Met at the careers fair')).toBeVisible();
    await audit(page);
    await shoot(page, 'shortlist-edits');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`shortlist-spring-final-${word}.csv`);
    const csv = await downloadedText(download);
    expect(csv).toContain('Morag Campbell');
    expect(csv).toContain('Met at the careers fair');
    expect(csv).not.toContain(hidden.name);
    expect(csv).not.toContain('seeker@demo.badgeboard.test');

    await page.getByRole('button', { name: 'Delete list' }).click();
    const question = page.getByRole('group', { name: `Delete “Spring final ${word}”?` });
    await expect(question).toBeVisible();
    await shoot(page, 'shortlist-delete-question');
    await question.getByRole('button', { name: 'Delete list' }).click();
    await expect(page).toHaveURL(/\/shortlists$/);
    await expect(page.getByText(`Spring final ${word}`)).toHaveCount(0);
    expect((await page.request.get(`/api/v1/shortlists/${shortlistId}/export`)).status()).toBe(404);
  });
});
