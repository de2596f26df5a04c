/**
 * The course served from a folder, as a GitHub Pages project site or an agency's /training/ would serve
 * it: the sub-path build (npm run build:sub, SITE_BASE=/steady-ground/) behind its own preview server.
 * Every `goto` is relative, so it lands under the base; the fixture (helpers.ts) fails any 404, any
 * policy violation, any request to another origin and any request outside the course's folder.
 */
import { readFileSync } from 'node:fs';
import { getShortestPaths } from '@xstate/graph';
import { compileScenario } from '../src/lib/quiz/compileScenario';
import { test, expect, firstQuizzes, NEUTRAL_URL, waitForIslands } from './helpers';

export const SUB_BASE = '/steady-ground/';
const { scenario } = firstQuizzes();

test('from home through a learning path, every link stays in the course folder', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveURL(new RegExp(`${SUB_BASE}$`));
  await page.getByRole('link', { name: 'I run workshops' }).click();
  await expect(page).toHaveURL(new RegExp(`${SUB_BASE}paths/workshop/$`));
  await page.getByRole('link', { name: /^Start with/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trafficking and mental health');
  const nav = page.getByRole('navigation', { name: 'Learning path' });
  await expect(nav).toContainText(/Module 1 of \d+ in Workshop series/);
  await nav.getByRole('link', { name: /^Next:/ }).click();
  await expect(nav).toContainText(/Module 2 of \d+ in Workshop series/);
  await expect(nav.getByRole('link', { name: /^Next:/ })).toHaveAttribute('href', new RegExp(`^${SUB_BASE}modules/[a-z-]+/\\?path=workshop$`));

  // Links written in course content follow the base too.
  const help = page.getByRole('main').locator(`a[href^="/"]`);
  for (const link of await help.all()) expect(await link.getAttribute('href')).toMatch(new RegExp(`^${SUB_BASE}`));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Course map' }).click();
  await expect(page).toHaveURL(new RegExp(`${SUB_BASE}modules/$`));
  await page.getByRole('link', { name: 'Get help now' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${SUB_BASE}favicon.svg`);
});

test('search: the dialog finds a section and opens it; the page keeps its query', async ({ page }) => {
  await page.goto('modules/');
  await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox', { name: 'Search for' }).pressSequentially('interpreters');
  await expect(dialog.getByRole('heading', { level: 3, name: 'Cultural humility and language access' })).toBeVisible();
  await expect(dialog.locator('mark').first()).toHaveText(/^interpret/i);
  const first = dialog.locator('[data-search-result]').first();
  const href = (await first.getAttribute('href'))!;
  expect(href).toMatch(new RegExp(`^${SUB_BASE}modules/[a-z-]+/#[a-z0-9-]+$`));
  await first.click();
  await expect(page).toHaveURL(href);

  await page.goto('search/?q=safety%20plan');
  await waitForIslands(page);
  await expect(page.locator('[data-search-result]').first()).toHaveAttribute('href', new RegExp(`^${SUB_BASE}`));
  await expect(page.locator('mark').first()).toBeVisible();
});

test('a scenario plays to its ending, and progress shows it with links under the base', async ({ page }) => {
  const [path] = getShortestPaths(compileScenario(scenario), {
    events: [{ type: 'learner.begin' }, { type: 'learner.continue' }, ...[0, 1, 2, 3].map((choice) => ({ type: 'learner.choose' as const, choice }))],
    toState: (s) => s.status === 'done' && s.value !== 'skipped',
  });
  const choices = path.steps.flatMap(({ event }) => (event.type === 'learner.choose' ? [event.choice] : []));
  await page.goto(`scenarios/${scenario.id}/`);
  await page.locator('.player-slot').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Begin the scenario' }).click();
  for (const choice of choices) {
    await page.locator('.sg-choice').nth(choice).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.locator('#sg-ending-heading')).toBeFocused();
  await expect(page.getByRole('list', { name: 'The path you took' }).getByRole('listitem')).toHaveCount(choices.length);

  await page.getByRole('link', { name: /^Progress/ }).click();
  await expect(page).toHaveURL(new RegExp(`${SUB_BASE}progress/$`));
  await waitForIslands(page);
  const links = page.getByRole('main').getByRole('link', { name: scenario.title });
  await expect(links.first()).toHaveAttribute('href', `${SUB_BASE}scenarios/${scenario.id}/`);
});

test('progress exports, erases and imports back', async ({ page, context }) => {
  await context.addInitScript(() => delete (window as { IntersectionObserver?: unknown }).IntersectionObserver);
  await page.goto('modules/recognizing-distress/?path=workshop');
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Mark this section as read' }).first().click();
  await page.goto('progress/');
  await waitForIslands(page);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Recognizing signs of distress' }) });
  await expect(card.getByText('Sections read: 2 of 7')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my progress' }).click()]);
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, 'utf8')).modules).toBeTruthy();

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Erase everything this site stored on this device' }).click();
  await expect(card.getByText('Sections read: 0 of 7')).toBeVisible();
  // The import step is its own chunk, loaded by address from the course folder.
  await page.getByLabel('Add progress from a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Add this to my progress' }).click();
  await expect(card.getByText('Sections read: 2 of 7')).toBeVisible();
});

test.describe('quick exit', () => {
  test.use({ allowNeutralSite: true });
  test('leaves for the neutral site, and Back skips the page it left', async ({ page }) => {
    await page.goto('');
    await page.goto('glossary/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL_URL);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${SUB_BASE}$`));
  });
});

test('the offline copy: stored from the folder, scoped to it, and every page works offline', async ({ page, context }) => {
  await page.goto('');
  await expect(page.getByRole('status').filter({ hasText: 'The course is now stored in this browser' })).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  const registration = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { scope: r!.scope, script: r!.active!.scriptURL };
  });
  expect(new URL(registration.scope).pathname).toBe(SUB_BASE);
  expect(new URL(registration.script).pathname).toBe(`${SUB_BASE}sw.js`);
  const manifest = await (await page.request.get('manifest.webmanifest')).json();
  expect([manifest.start_url, manifest.scope]).toEqual([SUB_BASE, SUB_BASE]);

  await context.setOffline(true);
  const module = await page.goto('modules/crisis-intervention/?path=clinician');
  expect(module?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/crisis/i);
  await page.goto(`scenarios/${scenario.id}/`);
  await page.locator('.player-slot').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await expect(page.getByRole('button', { name: 'Begin the scenario' })).toBeVisible();
  await page.goto('search/?q=safety%20plan');
  await waitForIslands(page);
  await expect(page.locator('mark').first()).toBeVisible();
  await page.goto('no-such-page/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await context.setOffline(false);
});
