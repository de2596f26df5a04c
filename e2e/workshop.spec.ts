import { test, expect, expectAccessible, waitForIslands } from './helpers';
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { readCourse } from '../src/lib/content/readCourse';

// Every module in modules/, read as the build reads them: each has a guide, presenter view and handout.
const MODULES = readCourse(fileURLToPath(new URL('..', import.meta.url)), []).modules.map((m) => m.slug);
const GUIDE_SECTIONS = [
  'Before the session', 'Opening the room safely', 'Discussion', 'Scenario activity', 'Debrief',
  'Closing grounding exercise', 'If someone discloses or becomes distressed',
];

/** Everything in localStorage, sorted, so a test can see that nothing was added, changed or removed. */
const storageOf = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

/** Pages in a PDF: each page object has "/Type /Page" (the page tree has "/Type /Pages"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

test.describe('presenter view', () => {
  test('a facilitator walks a scenario with the keyboard, reveals feedback, pauses, and finishes with nothing saved', async ({ page }) => {
    await page.goto('/facilitators/');
    // Progress a learner already has on this laptop must survive the session untouched.
    await page.evaluate(() => localStorage.setItem('steady-ground:quiz:school-counsellor', '{"status":"active","value":"intro"}'));
    const before = await storageOf(page);

    await page.getByRole('link', { name: /^Presenter view: A quiet talk/ }).click();
    await waitForIslands(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Presenter view');
    await expect(page.getByRole('link', { name: /Exit this page/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Get help now' })).toBeVisible();
    await expect(page.getByText('Content note (read this aloud)')).toBeVisible();
    await expectAccessible(page);

    // → begins; Page Down reveals feedback one choice at a time; Page Up takes the last reveal back.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { name: 'Decision 1' })).toBeFocused();
    const choices = page.locator('.presenter__choices > li');
    await expect(choices).toHaveCount(3);
    await expect(page.getByRole('button', { name: /^The group chooses [ABC]$/ })).toHaveCount(3);
    await expect(page.locator('.presenter__feedback')).toHaveCount(0);
    await page.keyboard.press('PageDown');
    await expect(choices.nth(0).locator('.presenter__feedback')).toBeVisible();
    await expect(page.locator('.presenter').getByRole('status')).toHaveText('Feedback shown for A.');
    await page.getByRole('button', { name: 'Reveal feedback for C' }).click();
    await expect(choices.nth(2).locator('.presenter__feedback')).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(choices.nth(2).locator('.presenter__feedback')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reveal feedback for C' })).toBeVisible();
    await expectAccessible(page);

    // The pause is the machine's grounding state; returning keeps what was revealed.
    await page.getByRole('button', { name: 'Pause for a grounding break' }).click();
    await expect(page.getByRole('heading', { name: 'A pause for the room' })).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { name: 'Decision 1' })).toBeVisible();
    await expect(choices.nth(0).locator('.presenter__feedback')).toBeVisible();

    // The group chooses; ← goes back to the choice, and a different choice replaces it.
    await page.getByRole('button', { name: 'The group chooses A' }).click();
    await expect(page.getByRole('heading', { name: 'The group chose A' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { name: 'Decision 1' })).toBeVisible();

    // Walk on to an ending: reveal everything with the keys, choose B, continue with →.
    let decisions = 0;
    const ending = page.getByRole('heading', { name: 'The path the group took' });
    while (!(await ending.isVisible()) && decisions < 15) {
      await expect(page.getByRole('heading', { name: `Decision ${decisions + 1}` })).toBeVisible();
      for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
      await expect(page.locator('.presenter__feedback')).toHaveCount(3);
      await page.getByRole('button', { name: 'The group chooses B' }).click();
      decisions++;
      await expect(page.getByRole('heading', { name: 'The group chose B' })).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('heading', { name: 'The group chose B' })).toHaveCount(0);
    }
    await expect(ending).toBeVisible();
    await expect(page.locator('.presenter__path > li')).toHaveCount(decisions);
    await expect(page.getByRole('heading', { name: /On balance, the group's choices honoured/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    await expectAccessible(page);

    expect(await storageOf(page)).toBe(before);
    await page.reload();
    expect(await storageOf(page)).toBe(before);
  });

  test('reads well in dark mode, with a visible keyboard focus', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/present/drop-in-outreach/');
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Begin the scenario' }).click();
    await page.getByRole('button', { name: 'Reveal all feedback' }).click();
    await expect(page.locator('.presenter__feedback')).toHaveCount(3);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await expectAccessible(page);
  });

  test('with JavaScript off, says what still works instead of showing buttons that do nothing', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/present/school-counsellor/');
    // Playwright's text and role queries skip <noscript>, so this one is found by its class.
    await expect(page.locator('.presenter-noscript')).toBeVisible();
    await expect(page.locator('.presenter-noscript')).toContainText('The presenter view needs JavaScript');
    await expect(page.getByRole('button', { name: 'Begin the scenario' })).toBeHidden();
    await page.getByRole('link', { name: 'Facilitator guide' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Facilitator guide/);
    await context.close();
  });

  test('has a presenter view for every scenario, each starting at its content note', async ({ page }) => {
    await page.goto('/facilitators/');
    const links = page.getByRole('link', { name: /^Presenter view: / });
    await expect(links).toHaveCount(MODULES.length);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await page.goto(href);
      await waitForIslands(page);
      await expect(page.getByRole('button', { name: 'Begin the scenario' })).toBeVisible();
    }
  });
});

test.describe('facilitator guides', () => {
  test('"For facilitators" lists a guide, presenter view and handout for every module', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'For facilitators' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('For facilitators');
    await expect(page.getByRole('link', { name: /^Facilitator guide/ })).toHaveCount(MODULES.length);
    await expect(page.getByRole('link', { name: /^Handout/ })).toHaveCount(MODULES.length);
    await expect(page.getByRole('link', { name: 'pocket card' })).toBeVisible();
    await expect(page.getByText(/works offline/)).toBeVisible();
    await expectAccessible(page);
  });

  test('a guide shows both agendas, the note to read aloud and the seven sections', async ({ page }) => {
    await page.goto('/facilitators/recognizing-distress/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Facilitator guide/);
    for (const minutes of [60, 90]) {
      const table = page.getByRole('table', { name: `${minutes}-minute session` });
      await expect(table).toBeVisible();
      // The last block ends when the session does.
      await expect(table.locator('tbody tr').last().locator('td').first()).toHaveText(new RegExp(`–${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}$`));
    }
    await expect(page.getByText('Content note to read aloud')).toBeVisible();
    const sections = page.locator('.guide__body h2');
    await expect(sections).toHaveText(GUIDE_SECTIONS);
    await expect(page.getByRole('link', { name: 'Open the presenter view' })).toHaveAttribute('href', '/present/school-counsellor/');
    await expectAccessible(page);
  });
});

test.describe('handouts', () => {
  for (const slug of MODULES) {
    test(`the ${slug} handout prints on at most two pages, with crisis lines and space for notes`, async ({ page }) => {
      await page.goto(`/handouts/${slug}/`);
      await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Crisis and support lines' })).toBeVisible();
      await expect(page.locator('article').getByText(/1-888-373-7888/)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();
      const pages = pdfPages(await page.pdf({ format: 'Letter' }));
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }

  test('the page count can fail: a full module prints on more than two pages', async ({ page }) => {
    await page.goto('/modules/recognizing-distress/');
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBeGreaterThan(2);
  });

  test('a handout and the pocket card pass axe', async ({ page }) => {
    await page.goto('/handouts/recognizing-distress/');
    await expectAccessible(page);
    await page.goto('/handouts/pocket-card/');
    await expectAccessible(page);
  });

  test('the pocket card fits on one page with the crisis lines and all six principles', async ({ page }) => {
    await page.goto('/handouts/pocket-card/');
    await expect(page.locator('.pocket-card__principles > li')).toHaveCount(6);
    await expect(page.getByText('988', { exact: false }).first()).toBeVisible();
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
  });
});
