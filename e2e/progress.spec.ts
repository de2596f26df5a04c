import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectAccessible, waitForIslands } from './helpers';
import type { CourseOutline } from '../src/lib/progress/outline';
import { freshRecord, markSectionRead } from '../src/lib/progress/record';
import { recordCheckAttempt, recordSkip } from '../src/lib/progress/quizRecord';
import type { ProgressRecord } from '../src/lib/progress/types';

const KEY = 'steady-ground:progress';
const MODULE = '/modules/recognizing-distress/';

/** Pages in this context run without IntersectionObserver, so sections are read only when marked. */
const withoutObserver = (context: BrowserContext) => context.addInitScript(() => delete (window as { IntersectionObserver?: unknown }).IntersectionObserver);

async function markSections(page: Page, count: number) {
  for (let i = 0; i < count; i++) await page.getByRole('button', { name: 'Mark this section as read' }).first().click();
}

async function outline(page: Page): Promise<CourseOutline> {
  return (await page.request.get('/progress-outline.json')).json();
}

/** A record with every module of `pathId` complete (one module left out with `except`). */
function completeRecord(o: CourseOutline, pathId: string, salt: string, except?: string): ProgressRecord {
  let r = freshRecord('2026-03-01T09:00:00.000Z', salt);
  let minute = 0;
  const at = () => new Date(Date.UTC(2026, 2, 2, 9, minute++)).toISOString();
  for (const slug of o.paths.find((p) => p.id === pathId)!.modules) {
    if (slug === except) continue;
    const m = o.modules.find((x) => x.slug === slug)!;
    for (const s of m.sections) r = markSectionRead(r, slug, s.id, at());
    for (const s of m.scenarios) r = recordSkip(r, slug, s.id, at());
    for (const c of m.checks) r = recordCheckAttempt(r, slug, c.id, 5, 5, at());
  }
  return r;
}

const seed = (context: BrowserContext, record: ProgressRecord) =>
  context.addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, text), sessionStorage.setItem('seeded', '1');
  }, [KEY, JSON.stringify(record)] as const);

/** Number of pages in a PDF: each page object has "/Type /Page" (the tree has "/Type /Pages"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('reading persists across a reload, and the learner is welcomed back to where they stopped', async ({ page }) => {
  await page.goto(MODULE);
  const count = page.getByText(/You have read \d+ of 7 sections in this module/);
  await expect(count).toHaveText('You have read 0 of 7 sections in this module.');
  await expect(page.getByRole('link', { name: /^Progress/ })).toBeHidden();

  // Scrolling to the end of the first two sections counts them as read.
  const ends = page.locator('.module-body .section-end');
  for (const i of [0, 1]) await ends.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(count).toHaveText('You have read 2 of 7 sections in this module.');
  // The learner is now reading the third section.
  await page.getByRole('heading', { name: 'Emotional, cognitive and physical signs' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').modules?.['recognizing-distress']?.position?.value, KEY)).toBe(
    'emotional-cognitive-and-physical-signs',
  );

  const o = await outline(page);
  const units = o.modules.reduce((n, m) => n + m.sections.length + m.scenarios.length + m.checks.length, 0);
  const badge = page.getByRole('link', { name: /^Progress/ });
  await expect(badge).toHaveText(`Progress ${Math.floor((2 / units) * 100)}%`);

  await page.reload();
  await expect(count).toHaveText('You have read 2 of 7 sections in this module.');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Noticing is not diagnosing ✓ (read)' })).toBeVisible();
  const banner = page.getByText('Welcome back. You stopped at “Emotional, cognitive and physical signs”.');
  await expect(banner).toBeVisible();
  await expect(badge).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Go to “Emotional, cognitive and physical signs”' }).click();
  await expect(page).toHaveURL(/#emotional-cognitive-and-physical-signs$/);
  await expect(banner).toBeHidden();
});

test('the welcome-back banner can be dismissed and never covers the text', async ({ page, context }) => {
  await withoutObserver(context);
  await page.goto(MODULE);
  await page.evaluate((k) => {
    const r = JSON.parse(localStorage.getItem(k) ?? 'null');
    if (r) throw new Error('expected a fresh device');
  }, KEY);
  await markSections(page, 1); // a first write, so the record exists
  await page.evaluate((k) => {
    const r = JSON.parse(localStorage.getItem(k)!);
    r.modules['recognizing-distress'].position = { at: r.updatedAt, value: 'how-to-ask-soar-in-practice' };
    localStorage.setItem(k, JSON.stringify(r));
  }, KEY);
  await page.reload();
  const banner = page.getByText(/^Welcome back\. You stopped at “How to ask: SOAR in practice”/);
  await expect(banner).toBeVisible();
  // In the flow of the page: not fixed or sticky over the text.
  expect(await banner.evaluate((el) => getComputedStyle(el.parentElement!).position)).toBe('static');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByText(/You have read 1 of 7/)).toBeFocused();
});

test('a path chosen once keeps its order on later visits without ?path=', async ({ page }) => {
  await page.goto('/paths/workshop/');
  await page.getByRole('link', { name: /^Start with/ }).click();
  await expect(page).toHaveURL(/\?path=workshop$/);
  await expect(page.getByText(/^You have read 0 of \d+ sections/)).toBeVisible(); // the page's progress script has run
  await page.goto('/modules/cultural-humility/');
  const nav = page.getByRole('navigation', { name: 'Learning path' });
  await expect(nav).toContainText('Module 4 of 8 in Workshop series');
  // Advocates who run workshops meet suicide response: crisis intervention comes next.
  await expect(nav.getByRole('link', { name: /^Next:/ })).toHaveAttribute('href', '/modules/crisis-intervention/?path=workshop');
});

test('export, erase, then import brings back the same progress; a bad file changes nothing', async ({ page, context }) => {
  await withoutObserver(context);
  await page.goto(`${MODULE}?path=workshop`);
  await markSections(page, 3);
  await page.goto('/progress/');
  await waitForIslands(page);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Recognizing signs of distress' }) });
  await expect(card.getByText('Sections read: 3 of 7')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Workshop series' })).toBeChecked();
  const before = await page.getByText(/^Across the whole course you are/).textContent();
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'light' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my progress' }).click()]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/^steady-ground-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync(file, 'utf8');

  let confirmText = '';
  page.once('dialog', (d) => ((confirmText = d.message()), d.accept()));
  await page.getByRole('button', { name: 'Erase everything this site stored on this device' }).click();
  expect(confirmText).toContain('your course progress: sections read');
  await expect(page.getByText(/^Erased 1 item/)).toBeVisible();
  await expect(page.getByText('You have not started yet.', { exact: false })).toBeVisible();
  await expect(card.getByText('Sections read: 0 of 7')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('steady-ground:')))).toEqual([]);

  // A bad file is refused with a reason, and nothing changes.
  await page.getByLabel('Add progress from a file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"version":2,"modules":{}}') });
  await expect(page.getByRole('alert')).toContainText('This progress file has a problem, so it was not used');
  await expect(page.getByRole('alert')).toContainText('Nothing has changed.');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();

  await page.getByLabel('Add progress from a file').setInputFiles(file);
  const preview = page.getByRole('heading', { name: /^What “.+” holds$/ });
  await expect(preview).toBeFocused();
  await expect(page.getByText('3 sections read (in Recognizing signs of distress)')).toBeVisible();
  await expect(page.getByText('Learning path: Workshop series')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add this to my progress' }).click();
  await expect(page.getByText('Done: the file’s progress has been added to yours.')).toBeVisible();
  await expect(card.getByText('Sections read: 3 of 7')).toBeVisible();
  await page.reload();
  await waitForIslands(page);
  await expect(card.getByText('Sections read: 3 of 7')).toBeVisible();
  await expect(page.getByText(/^Across the whole course you are/)).toHaveText(before!);
  await expect(page.getByRole('radio', { name: 'Workshop series' })).toBeChecked();
  const restored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(restored.modules).toEqual(JSON.parse(exported).modules);
});

test('an unreadable saved record is kept as a copy the learner can download, and reading starts fresh', async ({ page }) => {
  await page.goto('/about/');
  await page.evaluate((k) => localStorage.setItem(k, '{"version":2,"modules":{"recognizing-distress":'), KEY);
  await page.goto(MODULE);
  await expect(page.getByText(/^Your saved progress on this device could not be read/)).toBeVisible();
  await expect(page.getByText('You have read 0 of 7 sections in this module.')).toBeVisible();
  await expectAccessible(page);
  const backups = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('steady-ground:progress-backup:')));
  expect(backups.map(([, v]) => v)).toEqual(['{"version":2,"modules":{"recognizing-distress":']);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the saved copy' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toBe('{"version":2,"modules":{"recognizing-distress":');
  // Later, the progress page still offers the copy.
  await page.goto('/progress/');
  await waitForIslands(page);
  await expect(page.getByText('A copy of earlier progress that could not be read is kept on this device.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Download the copy kept on / })).toBeVisible();
});

test('with storage blocked, reading still works and the learner is told it will not be kept', async ({ page, context }) => {
  await context.addInitScript(() =>
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    }),
  );
  await withoutObserver(context);
  await page.goto(MODULE);
  await expect(page.getByText(/^This browser is not letting the site save anything/)).toBeVisible();
  await markSections(page, 2);
  await expect(page.getByText('You have read 2 of 7 sections in this module.')).toBeVisible();
  await expectAccessible(page);
});

test('two pages open at once, updating different modules, both keep their progress', async ({ context }) => {
  await withoutObserver(context);
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(MODULE);
  await second.goto('/modules/crisis-intervention/');
  const o = await outline(first);
  const units = o.modules.reduce((n, m) => n + m.sections.length + m.scenarios.length + m.checks.length, 0);
  await markSections(first, 1);
  await markSections(second, 2); // this page has not reloaded since the first one wrote
  // The first page hears about the second one's work as it happens (the `storage` event).
  await expect(first.getByRole('link', { name: /^Progress/ })).toHaveText(`Progress ${Math.floor((3 / units) * 100)}%`);
  await markSections(first, 1);
  const progress = await context.newPage();
  await progress.goto('/progress/');
  await waitForIslands(progress);
  const card = (title: string) => progress.getByRole('listitem').filter({ has: progress.getByRole('heading', { name: title }) });
  await expect(card('Recognizing signs of distress').getByText('Sections read: 2 of 7')).toBeVisible();
  await expect(card('Crisis intervention').getByText(/^Sections read: 2 of/)).toBeVisible();
});

test('the certificate appears only when a path is complete, differs per person, and prints on one page', async ({ page, context, browser }) => {
  await page.goto('/');
  const o = await outline(page);
  await seed(context, completeRecord(o, 'workshop', '1'.repeat(32), 'access-and-collaboration'));
  await page.goto('/certificate/?path=workshop');
  await waitForIslands(page);
  await expect(page.getByText(/^Your certificate for Workshop series will be here once every module in it is complete\. So far you have completed 7 of 8\./)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Record of self-study' })).toHaveCount(0);
  await page.goto('/progress/');
  await waitForIslands(page);
  await expect(page.getByRole('link', { name: 'Print your certificate' })).toHaveCount(0);

  await page.evaluate(([k, text]) => localStorage.setItem(k, text), [KEY, JSON.stringify(completeRecord(o, 'workshop', '1'.repeat(32)))] as const);
  await page.reload();
  await waitForIslands(page);
  // The workshop series holds every module of the self-paced path, so both paths are complete now.
  await expect(page.getByRole('link', { name: 'Print your certificate' })).toHaveCount(2);
  await page.getByRole('link', { name: 'Print your certificate' }).and(page.locator('[href*="path=workshop"]')).click();
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: 'Record of self-study' })).toBeVisible();
  const cert = page.getByRole('article');
  await expect(cert).toContainText('Workshop series');
  await expect(cert.getByRole('row')).toHaveCount(9); // a header and eight modules
  await expect(cert).toContainText('It is not accredited continuing education (CE) credit');
  const code = cert.locator('.certificate__code');
  await expect(code).toHaveText(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
  const mine = await code.textContent();

  await page.getByLabel('Name to print on the certificate (optional)').fill('Ana Diaz');
  await expect(cert).toContainText('This records that Ana Diaz completed the learning path');
  await expectAccessible(page);
  // Not kept unless asked for.
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Name to print on the certificate (optional)')).toHaveValue('');
  await page.getByLabel('Name to print on the certificate (optional)').fill('Maria Fernanda Oliveira-Santos de la Cruz');
  await page.getByLabel('Remember this name on this device').check();
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Name to print on the certificate (optional)')).toHaveValue('Maria Fernanda Oliveira-Santos de la Cruz');
  await page.getByLabel('Remember this name on this device').uncheck();
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Name to print on the certificate (optional)')).toHaveValue('');

  // The longest path (all eleven modules) with a long name still prints on one page.
  await page.evaluate(([k, text]) => localStorage.setItem(k, text), [KEY, JSON.stringify(completeRecord(o, 'clinician', '1'.repeat(32)))] as const);
  await page.goto('/certificate/?path=clinician');
  await waitForIslands(page);
  await page.getByLabel('Name to print on the certificate (optional)').fill('Maria Fernanda Oliveira-Santos de la Cruz');
  await expect(page.getByRole('article').getByRole('row')).toHaveCount(12);
  for (const format of ['A4', 'Letter']) {
    expect(pdfPages(await page.pdf({ format, printBackground: true })), `${format} pages`).toBe(1);
  }
  // The check itself can tell: the module page runs to several pages.
  await page.goto(MODULE);
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);

  // Someone else with the very same progress gets a different code.
  const other = await browser.newContext();
  await seed(other, completeRecord(o, 'workshop', '2'.repeat(32)));
  const theirs = await other.newPage();
  await theirs.goto('/certificate/?path=workshop');
  await expect(theirs.locator('.certificate__code')).toHaveText(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
  expect(await theirs.locator('.certificate__code').textContent()).not.toBe(mine);
  await other.close();
});

test('the progress page explains itself when JavaScript is off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/progress/');
  await expect(page.getByText('Your progress appears here when JavaScript is turned on in your browser.', { exact: false })).toBeVisible();
  await context.close();
});
