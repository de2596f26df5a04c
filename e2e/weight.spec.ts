// Page weight budgets (issue 8): every page type, loaded in Chromium from the built site, must
// stay within src/lib/weight/budgets.ts. Byte counts are deterministic, so this is a fair test;
// timings stay in the benchmarks. `npm run bench:pages` prints the same figures as a table.
import { fileURLToPath } from 'node:url';
import { PAGE_TYPES } from '../src/lib/weight/budgets';
import { overBudget } from '../src/lib/weight/tally';
import { MEASURE_CONTEXT, measurePage } from '../scripts/weight/measurePage';
import { siblingWeights } from '../scripts/weight/siblings';
import { test, expect } from './helpers';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

test.use(MEASURE_CONTEXT);

for (const type of PAGE_TYPES) {
  test(`${type.id} (${type.path}) stays within its page weight budget`, async ({ page, baseURL }) => {
    const measured = await measurePage(page, baseURL!, type);
    const { weight } = measured;
    // The measurement saw the page itself, so a budget that passes is not passing on nothing.
    expect(weight.html, 'HTML received').toBeGreaterThan(1000);
    expect(weight.css, 'CSS received').toBeGreaterThan(500);
    if (type.interaction) expect(weight.interactionJs, 'JavaScript loaded by the interaction').toBeGreaterThan(5000);
    expect(overBudget(weight, type.budget), `${type.path}, in gzip bytes`).toEqual([]);

    // Every other page built from the same route: the same assets with its own HTML.
    const siblings = siblingWeights(DIST, type, measured);
    if (type.siblings) expect(siblings.length, 'pages built from this route').toBeGreaterThan(1);
    const over = siblings.flatMap((s) => overBudget(s.weight, type.budget).map((p) => `${s.path}: ${p}`));
    expect(over).toEqual([]);
  });
}

test('the scenario player and the search code load only when the learner reaches for them', async ({ page, baseURL }) => {
  const scenario = PAGE_TYPES.find((t) => t.interaction === 'start-scenario')!;
  const { received } = await measurePage(page, baseURL!, scenario);
  const atLoad = received.filter((r) => r.phase === 'load').map((r) => r.url);
  expect(atLoad.filter((u) => /ScenarioPlayer|xstate|preact/.test(u))).toEqual([]);
  expect(received.filter((r) => r.phase === 'interaction').map((r) => r.url)).toEqual(
    expect.arrayContaining([expect.stringMatching(/ScenarioPlayer/), expect.stringMatching(/xstate/)]),
  );

  const module = PAGE_TYPES.find((t) => t.interaction === 'first-search')!;
  const search = await measurePage(await page.context().newPage(), baseURL!, module);
  expect(search.received.filter((r) => r.phase === 'load' && /search-index|SearchPanel|preact/.test(r.url))).toEqual([]);
  expect(search.received.filter((r) => r.phase === 'interaction').map((r) => r.url)).toContain('/search-index.json');
});
