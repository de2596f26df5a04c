import { test, expect, expectAccessible, NEUTRAL_URL } from './helpers';
import type { APIRequestContext, Locator, Page } from '@playwright/test';

const INDEX = '/search-index.json';
const TEXT = /^\/search-text\/[a-z0-9-]+\.json$/;
const SHARD = /^\/search-shard\/\d+\.json$/;
const DOCS = /^\/search-docs\/\d+\.json$/;

/** Every request the page makes for the search index, a shard, docs or snippet text file, or the search code. */
function searchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === INDEX || TEXT.test(path) || SHARD.test(path) || DOCS.test(path) || /\/_astro\/(mountDialog|SearchPanel|SearchDialog)[.-]/.test(path)) seen.push(path);
  });
  return seen;
}

interface ServedDoc { url: string; kind: string; lead: string; textFile?: string }

/** Every document's stored part, from every docs file the index says there is. */
async function servedDocs(request: APIRequestContext): Promise<ServedDoc[]> {
  const file = await (await request.get(INDEX)).json();
  const docs: ServedDoc[] = [];
  for (let n = 0; n * file.docsPerFile < file.lengths.length; n++) {
    const response = await request.get(`/search-docs/${n}.json`);
    expect(response.status(), `docs file ${n}`).toBe(200);
    docs.push(...((await response.json()) as ServedDoc[]));
  }
  expect(docs).toHaveLength(file.lengths.length);
  return docs;
}

/** Waits until every shard the query needs has arrived, so the order is final. */
async function settled(scope: Locator) {
  await expect(scope.locator('.search-results')).toHaveAttribute('aria-busy', 'false');
}

async function openWithSlash(page: Page) {
  await expect(page.getByRole('button', { name: 'Search' })).toBeVisible(); // the script has run
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('"/" opens search; typing shows grouped results; arrows and Enter land on the section', async ({ page }) => {
  await page.goto('/modules/');
  const dialog = await openWithSlash(page);
  const box = dialog.getByRole('searchbox', { name: 'Search for' });
  await expect(box).toBeFocused();
  await box.pressSequentially('interpreters');
  await settled(dialog);
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? in \d+ groups/);
  await expect(dialog.getByRole('heading', { level: 3, name: 'Cultural humility and language access' })).toBeVisible();
  await expect(dialog.locator('mark').first()).toHaveText(/^interpret/i);
  await expectAccessible(page, 'dialog');

  const results = dialog.locator('[data-search-result]');
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results.nth(0)).toBeFocused();
  const href = (await results.nth(0).getAttribute('href'))!;
  expect(href).toMatch(/^\/modules\/[a-z-]+\/#[a-z0-9-]+$/);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
  const anchor = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(anchor).toHaveCount(1);
  await expect(anchor).toBeInViewport();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a result on the same page closes the dialog and scrolls to the section', async ({ page }) => {
  await page.goto('/modules/crisis-intervention/');
  const dialog = await openWithSlash(page);
  await dialog.getByRole('searchbox').pressSequentially('asking about suicide');
  await settled(dialog);
  await dialog.getByRole('link', { name: /Asking about suicide/ }).first().click();
  await expect(page).toHaveURL(/\/modules\/crisis-intervention\/#asking-about-suicide$/);
  await expect(dialog).toBeHidden();
  await expect(page.locator('#asking-about-suicide')).toBeInViewport();
  await expect(page.locator('#asking-about-suicide')).toBeFocused();
});

test('Esc closes the dialog, returns focus to the button, and forgets the query', async ({ page }) => {
  await page.goto('/glossary/');
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').pressSequentially('grounding');
  await expect(dialog.locator('[data-search-result]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await button.press('Enter');
  await expect(dialog.getByRole('searchbox')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // Nothing the learner typed is kept on the device.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain('grounding');
});

test.describe('quick exit', () => {
  test.use({ allowNeutralSite: true });
  test('stays one step away while the search dialog covers the page', async ({ page }) => {
    await page.goto('/');
    await page.goto('/modules/');
    const dialog = await openWithSlash(page);
    await dialog.getByRole('link', { name: 'Exit this page' }).click();
    await expect(page).toHaveURL(NEUTRAL_URL);
    await page.goBack();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/); // left without a Back entry for the page searched from
  });
});

test('"/" types a slash while the learner is in a field, instead of opening search', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search for' });
  await box.pressSequentially('a/b');
  await expect(box).toHaveValue('a/b');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the snippet text arrives after the results, with the matched words marked', async ({ page }) => {
  const requests = searchRequests(page);
  await page.goto('/modules/');
  const dialog = await openWithSlash(page);
  await dialog.getByRole('searchbox').pressSequentially('sleep problems');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? in \d+ groups/);
  // The index keeps only each result's first words; a snippet that starts with "…" is a stretch from
  // further into the text, so its text file has arrived.
  const snippet = dialog.locator('.search-result__snippet').filter({ hasText: /^… / }).first();
  await expect(snippet).toBeVisible();
  await expect(snippet.locator('mark').first()).toHaveText(/^(sleep|problems?)$/i);
  expect(requests.filter((r) => TEXT.test(r)).length).toBeGreaterThan(0);
  await expectAccessible(page, 'dialog');
});

test.describe('a text file that cannot load', () => {
  // The service worker would answer from its stored copy before the failing route is reached.
  test.use({ serviceWorkers: 'block' });
  test('leaves results with their opening words, and shows no error', async ({ page }) => {
    let refused = 0;
    await page.route('**/search-text/*.json', (route) => {
      refused += 1;
      return route.abort();
    });
    await page.goto('/search/?q=sleep%20problems');
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toHaveText(/results? in \d+ groups/);
    await expect.poll(() => refused).toBeGreaterThan(0);
    const first = page.locator('.search-result__snippet').first();
    await expect(first).toHaveText(/\S.* …$/);
    await expect(page.locator('.search-result__snippet').filter({ hasText: /^… / })).toHaveCount(0);
    await expect(status).not.toHaveText(/could not load/);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });
});

test('no index, text or search code loads on a page where search is never opened', async ({ page }) => {
  const requests = searchRequests(page);
  await page.goto('/');
  await page.goto('/modules/recognizing-distress/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: 'Course map' }).click();
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  // Opening search is what loads them (so the check above can fail).
  await openWithSlash(page);
  await expect.poll(() => requests).toContain(INDEX);
});

test('the search page reads and keeps the query in its own address, and passes axe', async ({ page }) => {
  await page.goto('/search/?q=safety%20plan');
  const box = page.getByRole('searchbox', { name: 'Search for' });
  await expect(box).toHaveValue('safety plan');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? in \d+ groups/);
  const first = page.locator('[data-search-result]').first();
  await expect(first).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expectAccessible(page);
  await box.fill('');
  await box.pressSequentially('dissociation');
  await expect(page).toHaveURL(/\/search\/\?q=dissociation$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Glossary' })).toBeVisible();
  await box.fill('zzzzqqq');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/No results for “zzzzqqq”/);
});

test('the dialog and the page pass axe in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/search/?q=trauma');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  await expectAccessible(page);
  await page.goto('/help/');
  const dialog = await openWithSlash(page);
  await dialog.getByRole('searchbox').pressSequentially('hotline');
  await expect(dialog.locator('[data-search-result]').first()).toBeVisible();
  await expectAccessible(page, 'dialog');
});

test('with JavaScript off, the header links to the search page, which explains and offers other ways in', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/modules/');
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByText(/Search runs in your browser and needs JavaScript/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'course map' })).toHaveAttribute('href', '/modules/');
  await expect(page.getByRole('main').getByRole('link', { name: 'glossary' })).toHaveAttribute('href', '/glossary/');
  // (axe needs JavaScript in the page; the same page with JavaScript on is checked above.)
  await context.close();
});

test('every result in the index leads to a page, and to an anchor that exists on it', async ({ request }) => {
  const pages = new Map<string, string>();
  const docs = await servedDocs(request);
  expect(docs.length).toBeGreaterThan(100);
  expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(['section', 'glossary', 'resource', 'scenario', 'check']));
  for (const { url } of docs) {
    const [path, anchor] = url.split('#');
    if (!pages.has(path)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      pages.set(path, await response.text());
    }
    if (anchor) expect(pages.get(path), url).toContain(`id="${anchor}"`);
    else expect(pages.get(path), url).toContain('<h1');
  }
});

test('every text file the docs files name is served, and holds the text of the results that point to it', async ({ request }) => {
  const docs = await servedDocs(request);
  const names = [...new Set(docs.flatMap((d) => d.textFile ?? []))];
  expect(names.length).toBeGreaterThan(11); // at least one per module
  const served = new Map<string, Record<string, string>>();
  for (const name of names) {
    const response = await request.get(`/search-text/${name}.json`);
    expect(response.status(), name).toBe(200);
    served.set(name, await response.json());
  }
  for (const doc of docs) {
    if (doc.textFile === undefined) continue;
    const text = served.get(doc.textFile)?.[doc.url.split('#')[1] ?? ''];
    expect(text?.startsWith(doc.lead), doc.url).toBe(true);
  }
});

test('every shard file the index names is served, and a query fetches only the few it needs', async ({ page, request }) => {
  const file = await (await request.get(INDEX)).json();
  const counts = file.shards as number[];
  expect(counts.length).toBeGreaterThan(5);
  for (const [n, count] of counts.entries()) {
    const response = await request.get(`/search-shard/${n}.json`);
    expect(response.status(), `shard ${n}`).toBe(200);
    expect(await response.json(), `shard ${n}`).toHaveLength(count);
  }
  const requests = searchRequests(page);
  const refused: string[] = [];
  page.on('response', (r) => {
    if (/\/search-/.test(new URL(r.url()).pathname) && !r.ok()) refused.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/modules/');
  const dialog = await openWithSlash(page);
  await dialog.getByRole('searchbox').pressSequentially('immigration fear');
  await settled(dialog);
  await expect(dialog.locator('[data-search-result]').first()).toBeVisible();
  const shards = requests.filter((r) => SHARD.test(r));
  expect(shards.length).toBeGreaterThan(0);
  expect(shards.length).toBeLessThan(counts.length / 4);
  // The docs files of the results on screen (for each query typed on the way), a small share of all
  // of them: a screen of results from many modules can span a dozen files.
  const docsFiles = Math.ceil(file.lengths.length / file.docsPerFile);
  expect(requests.filter((r) => DOCS.test(r)).length).toBeLessThan(docsFiles / 4);
  // Never a file that does not exist (a result whose file already came with another's asks for none).
  expect(refused).toEqual([]);
});

test.describe('shards that arrive one after another', () => {
  // The service worker would answer from its stored copy before the held route is reached.
  test.use({ serviceWorkers: 'block' });
  test('show results from the first, and a list the learner is in does not reorder under them', async ({ page }) => {
  // Hold back every shard but the first asked for, until released.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let first: string | undefined;
  let held = 0;
  await page.route('**/search-shard/*.json', async (route) => {
    first ??= route.request().url();
    if (route.request().url() !== first) {
      held += 1;
      await released;
      held -= 1;
    }
    await route.continue();
  });
  await page.goto('/modules/');
  const dialog = await openWithSlash(page);
  await dialog.getByRole('searchbox').pressSequentially('immigration fear');
  const results = dialog.locator('[data-search-result]');
  const list = dialog.locator('.search-results');
  await expect(results.first()).toBeVisible();
  await expect(list).toHaveAttribute('aria-busy', 'true');
  expect(held).toBeGreaterThan(0);
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  const hrefs = () => results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const before = await hrefs();
  release();
  await expect.poll(() => held).toBe(0);
  await page.waitForTimeout(300); // the last shard's answer is read and ranked
  // Focus is in the list: it holds still, with the focused result where it was, and says it may change.
  expect(await hrefs()).toEqual(before);
  await expect(results.first()).toBeFocused();
  await expect(list).toHaveAttribute('aria-busy', 'true');
  // Back in the box, the list settles to the final ranking (results with both words first).
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await settled(dialog);
  await expect.poll(hrefs).not.toEqual(before);
  });
});
