import type { Page } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PROGRESS_KEY } from '../src/lib/progress/types';
import { test, expect, expectAccessible, waitForIslands } from './helpers';

// One after the other: the update test briefly changes the served service worker.
test.describe.configure({ mode: 'default' });

const READY = 'The course is now stored in this browser, so it works without a connection.';
const UPDATE = 'A new version of the course is ready. Your progress is kept on this device.';
const OFFLINE = "You're offline. The course still works, and your progress is saved on this device.";

/** The first scenario in quizzes/, by file name. */
const quizDir = new URL('../quizzes/', import.meta.url);
const scenarioId = readdirSync(quizDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => parse(readFileSync(new URL(f, quizDir), 'utf8')) as { kind: string; id: string })
  .find((q) => q.kind === 'scenario')!.id;

/** One visit with a connection: waits until the service worker has stored the course and controls the page. */
async function installOffline(page: Page) {
  // Storing about 320 files on a busy 2-core machine can take most of a test's default 30 s.
  test.slow();
  await page.goto('/');
  // Storing the whole course (about 300 files, the search index's shards, docs and text files included) can take more than expect's 5 s on a busy machine.
  await expect(page.getByRole('status').filter({ hasText: READY })).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

test('after one visit the course works offline, and the learner is told they are offline', async ({ page, context }) => {
  await installOffline(page);
  await expectAccessible(page);

  await context.setOffline(true);
  const indicator = page.getByRole('status').filter({ hasText: OFFLINE });
  await expect(indicator).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);

  // A module reached from a learning path keeps its ?path= query string; the stored page still answers.
  const module = await page.goto('/modules/crisis-intervention/?path=clinician');
  expect(module?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/crisis/i);
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await expect(indicator).toBeVisible();

  await page.getByRole('link', { name: 'Get help now' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Call 1-888-373-7888/ })).toBeVisible();

  // An address the course does not have gets the stored "page not found" page, not the browser's error.
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(indicator).toBeVisible();

  await context.setOffline(false);
  await expect(indicator).toHaveCount(0);
  await expect(page.locator('[data-offline-status]')).toBeEmpty();
});

test('a scenario never opened before plays offline, and its progress is kept across a reload', async ({ page, context }) => {
  await installOffline(page);
  await context.setOffline(true);

  await page.goto(`/scenarios/${scenarioId}/`);
  await expect(page.getByRole('status').filter({ hasText: OFFLINE })).toBeVisible();
  // The player's script loads only when it scrolls into view, from the stored copy.
  await page.locator('.player-slot').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Begin the scenario' }).click();
  await page.locator('.sg-choice').first().click();
  await expect(page.getByRole('heading', { name: 'How that landed' })).toBeVisible();
  const feedback = await page.locator('.sg-feedback').textContent();
  expect(feedback).toContain('You chose:');

  await page.reload();
  await page.locator('.player-slot').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await expect(page.locator('.sg-feedback')).toHaveText(feedback!);
});

test('search works offline, on its page (with ?q=) and in the header dialog', async ({ page, context }) => {
  await installOffline(page);
  await context.setOffline(true);

  await page.goto('/search/?q=safety%20plan');
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('safety plan');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? in \d+ groups/);
  // Every shard the query needs came from the stored copy, so the order is final.
  await expect(page.locator('.search-results')).toHaveAttribute('aria-busy', 'false');
  const first = page.locator('[data-search-result]').first();
  const href = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page).toHaveURL(href);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/glossary/');
  await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox', { name: 'Search for' }).pressSequentially('sleep problems');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? in \d+ groups/);
  // Snippets too: the text files are stored with the course (a snippet starting "…" comes from one).
  const snippet = dialog.locator('.search-result__snippet').filter({ hasText: /^… / }).first();
  await expect(snippet.locator('mark').first()).toHaveText(/^(sleep|problems?)$/i);
  await expect(page.getByRole('status').filter({ hasText: OFFLINE })).toBeVisible();
});

test('the presenter view of a scenario runs offline, without the offline note on the projector', async ({ page, context }) => {
  await installOffline(page);
  await context.setOffline(true);
  await page.goto(`/present/${scenarioId}/`);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Begin the scenario' }).click();
  await page.getByRole('button', { name: 'Reveal all feedback' }).click();
  await expect(page.locator('.presenter__feedback').first()).toBeVisible();
  // A projector in a room without Wi-Fi would show the offline note all session, so presenter views leave it out.
  await expect(page.getByRole('status').filter({ hasText: OFFLINE })).toHaveCount(0);
});

test('a new release waits for the learner, says progress is kept, and updates without touching it', async ({ page }) => {
  await installOffline(page);
  // Real progress: a scenario begun and one choice made.
  await page.goto(`/scenarios/${scenarioId}/`);
  await page.locator('.player-slot').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Begin the scenario' }).click();
  await page.locator('.sg-choice').first().click();
  const feedback = (await page.locator('.sg-feedback').textContent())!;
  const saved = () => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  const progress = await saved();
  expect(progress).toContain(scenarioId);

  // A new release, without a second build: the served service worker changes by one line, which is
  // all the browser compares. The preview server reads dist/ on every request.
  const swFile = fileURLToPath(new URL('../dist/sw.js', import.meta.url));
  const release1 = readFileSync(swFile, 'utf8');
  const notice = page.getByRole('status').filter({ hasText: UPDATE });
  try {
    writeFileSync(swFile, `${release1}\n// the next release\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // Nothing changes under the learner until they choose: the new release waits while this one runs.
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    await page.goto('/modules/');
    await expect(notice).toBeVisible();
    await expectAccessible(page);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
  } finally {
    writeFileSync(swFile, release1);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Course map' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Update now' })).toBeHidden();
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
  expect(await saved()).toBe(progress);

  // The learner finds the scenario where they left it.
  await page.goto(`/scenarios/${scenarioId}/`);
  await page.locator('.player-slot').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await expect(page.locator('.sg-feedback')).toHaveText(feedback);
});
