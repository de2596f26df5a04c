import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, waitForIslands } from './helpers';
import type { CourseOutline } from '../src/lib/progress/outline';
import { merge } from '../src/lib/progress/merge';
import { freshRecord, markSectionRead } from '../src/lib/progress/record';
import { recordCheckAttempt, recordSkip } from '../src/lib/progress/quizRecord';
import type { ProgressRecord } from '../src/lib/progress/types';

const KEY = 'steady-ground:progress';
const { statements } = parse(readFileSync(new URL('../content/self-assessment.yaml', import.meta.url), 'utf8')) as {
  statements: { id: string; competency: string; text: string }[];
};
const CAPTION = 'Confidence per competency, from 1 to 5: before you started and at the end';

/** Every module of `pathId` complete (as e2e/progress.spec.ts builds it). */
function completeRecord(o: CourseOutline, pathId: string): ProgressRecord {
  let r = freshRecord('2026-03-01T09:00:00.000Z', '1'.repeat(32));
  let minute = 0;
  const at = () => new Date(Date.UTC(2026, 2, 2, 9, minute++)).toISOString();
  for (const slug of o.paths.find((p) => p.id === pathId)!.modules) {
    const m = o.modules.find((x) => x.slug === slug)!;
    for (const s of m.sections) r = markSectionRead(r, slug, s.id, at());
    for (const s of m.scenarios) r = recordSkip(r, slug, s.id, at());
    for (const c of m.checks) r = recordCheckAttempt(r, slug, c.id, 5, 5, at());
  }
  return r;
}

/** Rates every statement: `rating(index)` gives the button to choose. */
async function rateAll(page: Page, rating: (i: number) => number) {
  for (const [i, s] of statements.entries()) {
    await page.getByRole('group', { name: s.text }).getByRole('radio', { name: new RegExp(`^${rating(i)} `) }).check();
  }
}

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);

/** The before-and-after table, read as a screen reader reads it: a row per competency by its header. */
async function confidence(page: Page, competency: string) {
  const table = page.getByRole('table', { name: CAPTION });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: competency }) });
  // The table's code loads by address once the record holds ratings: wait for the row to be drawn.
  await row.waitFor();
  return (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
}

test('before the path, after it, both on the progress page; export and import keep them', async ({ page }) => {
  test.slow(); // the whole journey, with axe on five pages
  // Before: from the path page.
  await page.goto('/paths/workshop/');
  await page.getByRole('link', { name: 'Before you start: rate your confidence (optional, 2 minutes)' }).click();
  await expect(page).toHaveURL(/\/self-assessment\/\?path=workshop&when=before$/);
  await waitForIslands(page);
  await expect(page.getByText('Before you start Workshop series.')).toBeVisible();
  await expect(page.getByRole('group')).toHaveCount(statements.length);
  await expect(page.getByRole('heading', { level: 2, name: 'Identifying risk' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip this and go back to Workshop series' })).toHaveAttribute('href', '/paths/workshop/');
  await expectAccessible(page);

  // Saving nothing is refused kindly; then the first statement 1, the rest 2.
  await page.getByRole('button', { name: 'Save my ratings' }).click();
  await expect(page.getByRole('alert')).toHaveText('Nothing to save yet: choose a rating for at least one statement, or skip this.');
  await rateAll(page, (i) => (i === 0 ? 1 : 2));
  await page.getByRole('button', { name: 'Save my ratings' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Your ratings are saved on this device.' });
  await expect(saved).toBeFocused();
  await expect(page.getByRole('link', { name: 'Start with Trafficking and mental health' })).toHaveAttribute('href', '/modules/trafficking-and-mental-health/?path=workshop');
  await expectAccessible(page);
  const before = await stored(page);
  expect(before.selfAssessment.before.value.path).toBe('workshop');
  expect(Object.keys(before.selfAssessment.before.value.ratings)).toHaveLength(statements.length);

  // Not yet complete: the progress page shows the ratings, but does not ask again yet.
  await page.goto('/progress/');
  await waitForIslands(page);
  await expect(page.getByRole('table', { name: CAPTION })).toBeVisible();
  expect(await confidence(page, 'Nature of trafficking')).toEqual(['1.5', 'not rated']);
  await expect(page.getByRole('link', { name: 'Rate your confidence again' })).toHaveCount(0);

  // The path completed (seeded, as in progress.spec.ts), keeping what is stored.
  const o: CourseOutline = await (await page.request.get('/progress-outline.json')).json();
  const complete = merge(await stored(page), completeRecord(o, 'workshop'));
  await page.evaluate(([k, text]) => localStorage.setItem(k, text), [KEY, JSON.stringify(complete)] as const);
  await page.reload();
  await waitForIslands(page);
  await page.getByRole('link', { name: 'Rate your confidence again' }).click();
  await expect(page).toHaveURL(/\/self-assessment\/\?path=workshop&when=after$/);
  await waitForIslands(page);
  await expect(page.getByText('At the end of Workshop series.')).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await rateAll(page, () => 4);
  await page.getByRole('button', { name: 'Save my ratings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your progress page shows them beside the ones from before you started.' })).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'See before and after on your progress page' }).click();

  // Both on the progress page, as a table with a row per competency.
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: 'Your confidence, before and after' })).toBeVisible();
  const table = page.getByRole('table', { name: CAPTION });
  await expect(table.getByRole('columnheader')).toHaveText(['Competency', 'Before', 'After']);
  await expect(table.getByRole('rowheader')).toHaveCount(7);
  expect(await confidence(page, 'Nature of trafficking')).toEqual(['1.5', '4.0']);
  expect(await confidence(page, 'Trauma- and survivor-informed')).toEqual(['2.0', '4.0']);
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'light' });

  // Export, erase, import: the ratings come back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my progress' }).click()]);
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, 'utf8')).selfAssessment).toEqual((await stored(page)).selfAssessment);
  let confirmText = '';
  page.once('dialog', (d) => ((confirmText = d.message()), d.accept()));
  await page.getByRole('button', { name: 'Erase everything this site stored on this device' }).click();
  expect(confirmText).toContain('your confidence ratings');
  await expect(page.getByText(/^Erased 1 item/)).toBeVisible();
  await expect(page.getByRole('table', { name: CAPTION })).toHaveCount(0);

  await page.getByLabel('Add progress from a file').setInputFiles(file);
  await expect(page.getByText('Your confidence ratings (before the path and at its end)')).toBeVisible();
  await page.getByRole('button', { name: 'Add this to my progress' }).click();
  await expect(page.getByText('Done: the file’s progress has been added to yours.')).toBeVisible();
  expect(await confidence(page, 'Nature of trafficking')).toEqual(['1.5', '4.0']);
  await page.reload();
  await waitForIslands(page);
  expect(await confidence(page, 'Nature of trafficking')).toEqual(['1.5', '4.0']);

  // The certificate lists them only when the learner asks.
  await page.goto('/certificate/?path=workshop');
  await waitForIslands(page);
  const show = page.getByRole('checkbox', { name: 'Show my confidence ratings on this certificate' });
  await expect(show).not.toBeChecked();
  const cert = page.getByRole('article');
  await expect(cert.getByRole('table', { name: CAPTION })).toHaveCount(0);
  await show.check();
  await expect(cert.getByRole('table', { name: CAPTION }).getByRole('rowheader')).toHaveCount(7);
  await expectAccessible(page);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('checkbox', { name: 'Show my confidence ratings on this certificate' })).not.toBeChecked();
});

test('a file with ratings for a statement this course does not have is refused, and nothing changes', async ({ page }) => {
  await page.goto('/progress/');
  await waitForIslands(page);
  const record = { ...freshRecord('2026-03-01T09:00:00.000Z', '2'.repeat(32)), selfAssessment: { before: { at: '2026-03-01T09:00:00.000Z', value: { path: 'workshop', ratings: { 'i-can-fly': 3 } } } } };
  await page.getByLabel('Add progress from a file').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
  await expect(page.getByRole('alert')).toContainText('its confidence ratings name a statement this course does not have (“i-can-fly”)');
  expect(await stored(page)).toBeNull();
});

test('a learner without ratings downloads nothing of the table', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/progress/');
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: 'Your next step' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked.filter((p) => /confidenceStep|self-assessment/.test(p))).toEqual([]);
  await expect(page.getByRole('heading', { name: 'Your confidence, before and after' })).toHaveCount(0);
});

test('damaged saved ratings never break the page: the record is kept as a copy and rating still works', async ({ page }) => {
  await page.goto('/about/');
  const damaged = { ...freshRecord('2026-03-01T09:00:00.000Z', '3'.repeat(32)), selfAssessment: { before: { at: '2026-03-01T09:00:00.000Z', value: { path: 'workshop', ratings: { 'risk-asking-safely': 9 } } } } };
  await page.evaluate(([k, text]) => localStorage.setItem(k, text), [KEY, JSON.stringify(damaged)] as const);
  await page.goto('/self-assessment/?path=workshop');
  await waitForIslands(page);
  await expect(page.getByText(/^Your saved progress on this device could not be read/)).toBeVisible();
  const backups = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('steady-ground:progress-backup:')).map(([, v]) => v));
  expect(backups).toEqual([JSON.stringify(damaged)]);
  await expect(page.getByText('Before you start Workshop series.')).toBeVisible();
  await page.getByRole('group', { name: statements[0].text }).getByRole('radio', { name: /^3 / }).check();
  await page.getByRole('button', { name: 'Save my ratings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your ratings are saved on this device.' })).toBeFocused();
  expect((await stored(page)).selfAssessment.before.value.ratings).toEqual({ [statements[0].id]: 3 });
});

test('the self-assessment reads without JavaScript, and says saving needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/self-assessment/?path=clinician');
  await expect(page.getByRole('heading', { level: 1, name: 'Rate your confidence' })).toBeVisible();
  await expect(page.getByRole('group', { name: statements[0].text })).toBeVisible();
  await expect(page.getByRole('group')).toHaveCount(statements.length);
  await expect(page.getByText(/^Saving your ratings needs JavaScript/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save my ratings' })).toHaveCount(0);
  // axe runs as a script in the page, so it is run on this form with JavaScript on (the first tests).
  await context.close();
});
