import type { Locator, Page } from '@playwright/test';
import { getShortestPaths } from '@xstate/graph';
import { compileScenario } from '../src/lib/quiz/compileScenario';
import type { Check, Scenario } from '../src/schemas/quiz';
import { test, expect, expectAccessible, firstQuizzes, waitForIslands } from './helpers';

// The first scenario and the first check in quizzes/ (the build has already validated them).
const { scenario, check } = firstQuizzes();

/** The choices (by index) of a shortest way from the start to an ending, worked out from the machine. */
function choicesToAnEnding(def: Scenario): number[] {
  const machine = compileScenario(def);
  const [path] = getShortestPaths(machine, {
    events: [
      { type: 'learner.begin' },
      { type: 'learner.continue' },
      ...[0, 1, 2, 3].map((choice) => ({ type: 'learner.choose' as const, choice })),
    ],
    toState: (s) => s.status === 'done' && s.value !== 'skipped',
  });
  return path.steps.flatMap(({ event }) => (event.type === 'learner.choose' ? [event.choice] : []));
}

/** A choice in the start scene that leads to another scene rather than straight to an ending. */
function choiceToAnotherScene(def: Scenario): number {
  const start = def.scenes.find((s) => s.id === def.start)!;
  const sceneIds = new Set(def.scenes.map((s) => s.id));
  const i = start.choices.findIndex((c) => typeof c.next === 'string' && sceneIds.has(c.next));
  if (i < 0) throw new Error(`${def.id}: no choice in the start scene leads to another scene`);
  return i;
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * axe on the player as it is now. The whole page (shell, intro) is checked at the top of the page
 * in the intro and check tests. Scrolled down, the shell's sticky quick-exit bar overlaps the
 * header's "Dark mode" button (axe target-size); that is the shell's to fix, not this player's.
 */
const expectPlayerAccessible = (page: Page) => expectAccessible(page, '.player-slot');

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name });
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });

/** The player loads when it scrolls into view (client:visible); it may start below the fold. */
async function openPlayer(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.player-slot').scrollIntoViewIfNeeded();
  await waitForIslands(page);
}
const openScenario = (page: Page) => openPlayer(page, `/scenarios/${scenario.id}/`);

/** Tabs to a button and presses Enter once it works (it says it cannot until the island has loaded). */
async function pressByKeyboard(page: Page, target: Locator) {
  await tabTo(page, target);
  await expect(target).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
}

/** Chooses by keyboard and checks that focus lands on the feedback, then continues. */
async function chooseByKeyboard(page: Page, step: number, choice: number, key: 'Enter' | 'Space' = 'Enter') {
  await expect(heading(page, `Decision ${step}`)).toBeFocused();
  await tabTo(page, page.locator('.sg-choice').nth(choice));
  await page.keyboard.press(key);
  await expect(heading(page, 'How that landed')).toBeFocused();
}

test.describe('scenario player', () => {
  test('a keyboard user can go from the content note to an ending, and the ending explains itself', async ({ page }) => {
    test.slow(); // a whole scenario, one key at a time, with axe on four states
    // No mouse and no scrolling: tabbing to Begin brings the player into view, and it loads.
    await page.goto(`/scenarios/${scenario.id}/`);
    await pressByKeyboard(page, button(page, 'Begin the scenario'));

    const choices = choicesToAnEnding(scenario);
    for (const [i, choice] of choices.entries()) {
      await chooseByKeyboard(page, i + 1, choice, i % 2 ? 'Space' : 'Enter');
      if (i === 0) await expectPlayerAccessible(page); // feedback
      await expect(page.locator('.sg-feedback[aria-live="polite"]')).toContainText('You chose:');
      await pressByKeyboard(page, button(page, 'Continue'));
      if (i === 0 && choices.length > 1) await expectPlayerAccessible(page); // a scene
    }

    const ending = page.locator('#sg-ending-heading');
    await expect(ending).toBeFocused();
    await expect(page.getByRole('list', { name: 'Your score by principle' }).getByRole('listitem')).not.toHaveCount(0);
    await expect(page.getByRole('list', { name: 'The path you took' }).getByRole('listitem')).toHaveCount(choices.length);
    await expect(heading(page, 'What a skilled response looks like')).toBeVisible();
    await expectPlayerAccessible(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectPlayerAccessible(page);

    await pressByKeyboard(page, button(page, 'Start again'));
    await expect(heading(page, 'When you are ready')).toBeFocused();
  });

  test('pause leads to a grounding exercise, and resuming returns to the same scene', async ({ page }) => {
    await openScenario(page);
    await button(page, 'Begin the scenario').click();
    await page.locator('.sg-choice').nth(choiceToAnotherScene(scenario)).click();
    await button(page, 'Continue').click();
    await expect(heading(page, 'Decision 2')).toBeVisible();
    const sceneText = await page.locator('.sg-scene p').first().textContent();

    await pressByKeyboard(page, button(page, 'Pause for a moment'));
    await expect(heading(page, 'Take a moment')).toBeFocused();
    await expect(page.locator('.sg-choice')).toHaveCount(0);
    await expectPlayerAccessible(page); // grounding

    await pressByKeyboard(page, button(page, "I'm ready to go on"));
    await expect(heading(page, 'Decision 2')).toBeFocused();
    await expect(page.locator('.sg-scene p').first()).toHaveText(sceneText!);
  });

  test('reloading mid-scenario resumes at the same scene with the same history', async ({ page }) => {
    await openScenario(page);
    await button(page, 'Begin the scenario').click();
    await page.locator('.sg-choice').nth(choiceToAnotherScene(scenario)).click();
    await button(page, 'Continue').click();
    await page.locator('.sg-choice').nth(1).click();
    await expect(heading(page, 'How that landed')).toBeVisible();
    const feedback = await page.locator('.sg-feedback').textContent();

    await page.reload();
    await page.locator('.player-slot').scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await expect(heading(page, 'Decision 2')).toBeVisible();
    await expect(heading(page, 'Decision 2')).not.toBeFocused(); // a reload does not move focus
    await expect(page.locator('.sg-feedback')).toHaveText(feedback!);
    await button(page, 'Continue').click();
    await expect(heading(page, 'Decision 3').or(page.locator('#sg-ending-heading'))).toBeVisible();
  });

  test('the intro offers Begin and Skip, with no axe violations', async ({ page }) => {
    await openScenario(page);
    await expect(heading(page, 'When you are ready')).toBeVisible();
    await expect(button(page, 'Skip this scenario')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page);
  });

  test('skipping at the content note ends the scenario without a score, and stays skipped after a reload', async ({ page }) => {
    await openScenario(page);
    await pressByKeyboard(page, button(page, 'Skip this scenario'));
    await expect(heading(page, 'You skipped this scenario')).toBeFocused();
    await expect(page.getByText('does not count against you')).toBeVisible();
    await page.reload();
    await waitForIslands(page);
    await expect(heading(page, 'You skipped this scenario')).toBeVisible();
    await expectPlayerAccessible(page);
  });

  test('without JavaScript the intro and content note show, with a note that the interactive part needs it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/scenarios/${scenario.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();
    await expect(page.getByText(scenario.intro.role)).toBeVisible();
    await expect(page.getByText(scenario.contentNote)).toBeVisible();
    // Playwright's text queries skip <noscript>, so this one is found by its element.
    await expect(page.locator('noscript p')).toContainText('needs JavaScript');
    await expect(button(page, 'Begin the scenario')).toHaveAttribute('aria-disabled', 'true');
    await context.close();
  });
});

test.describe('knowledge check player', () => {
  const correct = (q: Check['questions'][number]) => q.options.flatMap((o, i) => (o.correct ? [i] : []));

  test('a keyboard user can answer every question, see the review with explanations, and try again', async ({ page }) => {
    test.slow(); // every question, one key at a time
    await openPlayer(page, `/checks/${check.id}/`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page);

    // Submitting with nothing answered says which questions still need one.
    await pressByKeyboard(page, button(page, 'Check my answers'));
    await expect(heading(page, 'A few questions still need an answer')).toBeFocused();
    await expectPlayerAccessible(page);

    for (const q of check.questions) {
      const group = page.getByRole('group', { name: new RegExp(escape(q.prompt)) });
      const inputs = group.locator('input');
      if (q.type === 'single') {
        // Tab enters a radio group once; arrows move (and select) within it.
        await tabTo(page, inputs.first());
        const target = correct(q)[0];
        if (target === 0) await page.keyboard.press('Space');
        for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
      } else {
        for (const i of correct(q)) {
          await tabTo(page, inputs.nth(i));
          await page.keyboard.press('Space');
        }
      }
      for (const i of correct(q)) await expect(inputs.nth(i)).toBeChecked();
    }

    await pressByKeyboard(page, button(page, 'Check my answers'));
    await expect(heading(page, 'Your result')).toBeFocused();
    await expect(page.getByText(`You answered ${check.questions.length} of ${check.questions.length} questions fully right (100%).`)).toBeVisible();
    await expect(page.getByText('You passed. Well done.')).toBeVisible();
    await expect(page.getByText(check.questions[0].options[0].explanation)).toBeVisible();
    await expectPlayerAccessible(page); // review

    await pressByKeyboard(page, button(page, 'Try again'));
    await expect(heading(page, 'Questions')).toBeFocused();
    await expect(page.locator('input:checked')).toHaveCount(0);
  });
});

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
