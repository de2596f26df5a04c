/**
 * Loads one page type in Chromium and records every response, before and after the learner's
 * interaction. Shared by `npm run bench:pages` and e2e/weight.spec.ts, so the benchmark and the
 * budget test cannot disagree; the arithmetic lives in src/lib/weight/tally.ts.
 */
import type { BrowserContextOptions, Page, Request } from '@playwright/test';
import type { PageType } from '../../src/lib/weight/budgets';
import { gzipSize, inlineScripts, kindOf, tally, type Phase, type Received, type Weight } from '../../src/lib/weight/tally';
import { SCENARIO } from '../../src/islands/strings';

/**
 * A small phone, where weight matters most. Service workers are blocked: a worker's precache
 * downloads are not page weight, and a worker answering requests would hide them.
 */
export const MEASURE_CONTEXT = {
  viewport: { width: 360, height: 640 },
  serviceWorkers: 'block',
} satisfies BrowserContextOptions;

/** The first search: the worst of bench:search's 50 queries for the text it needs (scripts/search/queries.ts). */
export const SEARCH_WORDS = 'immigration fear';

/** The network has been quiet this long: nothing more is coming without the learner. */
const QUIET_MS = 500;

export interface Measurement {
  received: Received[];
  weight: Weight;
  /** Gzip size of the page's inline scripts (part of `weight.js` and of the HTML). */
  inlineJs: number;
}

export async function measurePage(page: Page, baseURL: string, type: PageType): Promise<Measurement> {
  let phase: Phase = 'load';
  const phases = new Map<Request, Phase>();
  const reads: Promise<void>[] = [];
  const received: Received[] = [];
  let html = '';
  let inflight = 0;
  let lastActivity = Date.now();
  const settle = async () => {
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await page.waitForTimeout(50)) {
      if (inflight === 0 && Date.now() - lastActivity >= QUIET_MS) return Promise.all(reads);
    }
    throw new Error(`${type.path}: the network never went quiet`);
  };

  page.on('request', (req) => {
    phases.set(req, phase);
    inflight += 1;
    lastActivity = Date.now();
  });
  const done = (req: Request) => {
    inflight -= 1;
    lastActivity = Date.now();
    const url = new URL(req.url());
    if (!url.protocol.startsWith('http')) return;
    reads.push(
      (async () => {
        const res = await req.response();
        const body = res ? await res.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
        const kind = kindOf(req.resourceType(), res?.headers()['content-type']);
        const at = phases.get(req) ?? 'load';
        if (kind === 'html' && at === 'load' && req.isNavigationRequest()) html = body.toString('utf8');
        received.push({ url: url.pathname, kind, phase: at, gzip: gzipSize(body) });
      })(),
    );
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  await page.goto(new URL(type.path, baseURL).href, { waitUntil: 'load' });
  await settle();
  phase = 'interaction';
  if (type.interaction === 'start-scenario') await startScenario(page, type.path);
  if (type.interaction === 'first-search') await firstSearch(page);
  await settle();

  const inlineJs = gzipSize(inlineScripts(html).join('\n'));
  return { received, weight: tally(received, inlineJs), inlineJs };
}

async function startScenario(page: Page, path: string) {
  if ((await page.locator('astro-island[ssr]').count()) === 0) {
    throw new Error(`${path}: the scenario player loaded with the page, before the learner reached it`);
  }
  const begin = page.getByRole('button', { name: SCENARIO.begin });
  await begin.scrollIntoViewIfNeeded();
  // Hydrated and resumed: the button no longer says it cannot work yet.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr], .sg-player [aria-disabled="true"]'));
  await begin.click();
  await page.getByRole('heading', { name: SCENARIO.choicesHeading }).waitFor();
}

async function firstSearch(page: Page) {
  await page.locator('[data-search-open]').click();
  await page.locator('dialog [data-search-input]').fill(SEARCH_WORDS);
  await page.locator('dialog [data-search-result]').first().waitFor();
}
