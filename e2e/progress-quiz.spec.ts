import type { Page } from '@playwright/test';
import { getShortestPaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { compileScenario } from '../src/lib/quiz/compileScenario';
import type { Check, Scenario } from '../src/schemas/quiz';
import { test, expect, expectAccessible, firstQuizzes, waitForIslands } from './helpers';

// Scenarios and checks record progress: the first of each in quizzes/, as the quiz tests use.
const { scenario, check } = firstQuizzes();
const KEY = 'steady-ground:progress';

/** The choices of a shortest way from the start to an ending. */
function choicesToAnEnding(def: Scenario): number[] {
  const [path] = getShortestPaths(compileScenario(def), {
    events: [{ type: 'learner.begin' }, { type: 'learner.continue' }, ...[0, 1, 2, 3].map((choice) => ({ type: 'learner.choose' as const, choice }))],
    toState: (s) => s.status === 'done' && s.value !== 'skipped',
  });
  return path.steps.flatMap(({ event }) => (event.type === 'learner.choose' ? [event.choice] : []));
}

async function openPlayer(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.player-slot').scrollIntoViewIfNeeded();
  await waitForIslands(page);
}

async function playToAnEnding(page: Page) {
  await page.getByRole('button', { name: 'Begin the scenario' }).click();
  for (const choice of choicesToAnEnding(scenario)) {
    await page.locator('.sg-choice').nth(choice).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.locator('#sg-ending-heading')).toBeVisible();
  return (await page.locator('#sg-ending-heading').textContent())!;
}

const moduleCard = (page: Page, slug: string) => page.locator(`li:has(> h3#progress-${slug})`);
const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);

test('a learner can close the browser mid-scenario, come back later, pick up there, and the ending is recorded', async ({ browser, page, context }) => {
  await openPlayer(page, `/scenarios/${scenario.id}/`);
  await page.getByRole('button', { name: 'Begin the scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Decision 1' })).toBeVisible();
  const scene = await page.locator('.sg-scene p').first().textContent();
  const state = await context.storageState();
  await context.close();

  // A new browser session with only what the device kept.
  const later = await browser.newContext({ storageState: state });
  const again = await later.newPage();
  await again.goto('/progress/');
  await waitForIslands(again);
  await expect(moduleCard(again, scenario.module)).toContainText(`${scenario.title}: not finished yet (in progress: you can pick up where you stopped)`);
  await openPlayer(again, `/scenarios/${scenario.id}/`);
  await expect(again.getByRole('heading', { name: 'Decision 1' })).toBeVisible();
  await expect(again.locator('.sg-scene p').first()).toHaveText(scene!);

  await again.getByRole('button', { name: 'Pause for a moment' }).click();
  await again.getByRole('button', { name: 'Start again' }).click();
  const ending = await playToAnEnding(again);
  const endingTitle = scenario.endings.find((e) => ending.includes(e.title))!.title;
  await again.goto('/progress/');
  await waitForIslands(again);
  const card = moduleCard(again, scenario.module);
  await expect(card).toContainText(`${scenario.title}: ending reached: “${endingTitle}”`);
  await expect(card).not.toContainText('in progress');
  await expect(again.getByRole('link', { name: /^Progress \d+%/ })).toBeVisible();
  await expectAccessible(again);
  await later.close();
});

test('skipping a scenario is recorded as done, without penalty', async ({ page }) => {
  await openPlayer(page, `/scenarios/${scenario.id}/`);
  await page.getByRole('button', { name: 'Skip this scenario' }).click();
  await expect(page.getByRole('heading', { name: 'You skipped this scenario' })).toBeVisible();
  await expect.poll(async () => (await stored(page))?.modules[scenario.module]?.scenarios[scenario.id]?.skippedAt).toBeTruthy();
  await page.goto('/progress/');
  await waitForIslands(page);
  await expect(moduleCard(page, scenario.module)).toContainText(`${scenario.title}: skipped (that is fine: it counts as done)`);
});

test('with storage blocked, a learner can still finish a scenario', async ({ page, context }) => {
  await context.addInitScript(() =>
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    }),
  );
  await openPlayer(page, `/scenarios/${scenario.id}/`);
  await playToAnEnding(page);
  await expect(page.getByText(/^This browser is not letting the site save anything/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What a skilled response looks like' })).toBeVisible();
});

test('a knowledge check attempt and its best score show on the progress page, counted once', async ({ page }) => {
  await openPlayer(page, `/checks/${check.id}/`);
  for (const q of check.questions) {
    const inputs = page.getByRole('group', { name: new RegExp(q.prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).locator('input');
    for (const [i, o] of q.options.entries()) if (o.correct) await inputs.nth(i).check();
  }
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByText('You passed. Well done.')).toBeVisible();
  await page.reload(); // shows the review again; must not count a second attempt
  await page.locator('.player-slot').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await expect(page.getByText('You passed. Well done.')).toBeVisible();
  await page.goto('/progress/');
  await waitForIslands(page);
  const n = check.questions.length;
  await expect(moduleCard(page, check.module)).toContainText(`${check.title}: best score ${n} of ${n} (100%) in 1 attempt. Passed on `);
});

test('a scenario saved by the earlier per-quiz key is picked up and moved into the progress record', async ({ page }) => {
  const actor = createActor(compileScenario(scenario)).start();
  actor.send({ type: 'learner.begin' });
  const legacy = JSON.stringify(actor.getPersistedSnapshot());
  await page.goto('/about/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`steady-ground:quiz:${scenario.id}`, legacy] as const);
  await openPlayer(page, `/scenarios/${scenario.id}/`);
  await expect(page.getByRole('heading', { name: 'Decision 1' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), `steady-ground:quiz:${scenario.id}`)).toBeNull();
  expect((await stored(page)).modules[scenario.module].snapshots[scenario.id].value).toEqual(JSON.parse(legacy));
});
