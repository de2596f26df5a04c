// `npm run bench:pages`: builds the site, serves the build, loads each page type in Chromium and
// prints what the browser received, in gzip bytes, against the budgets in src/lib/weight/budgets.ts.
// e2e/weight.spec.ts asserts the same figures in `npm test`; this prints them for the README.
// `--no-build` measures the build already in dist/.
import { chromium } from '@playwright/test';
import { PAGE_TYPES, KB } from '../src/lib/weight/budgets';
import { weightTable } from '../src/lib/weight/report';
import { overBudget, type Row } from '../src/lib/weight/tally';
import { MEASURE_CONTEXT, SEARCH_WORDS, measurePage } from './weight/measurePage';
import { siblingWeights } from './weight/siblings';
import { CHROMIUM_ARGS, buildUnlessAsked, servePreview, systemChromium } from './weight/serve';

buildUnlessAsked();
const server = await servePreview(Number(process.env.BENCH_PORT ?? 4399));
const browser = await chromium.launch(systemChromium ? { executablePath: systemChromium, args: CHROMIUM_ARGS } : {});
const rows: Row[] = [];
/** `--list` also prints every response, to see where the bytes go. */
const list = process.argv.includes('--list');
const problems: string[] = [];
const notes: string[] = [];
try {
  for (const page of PAGE_TYPES) {
    const context = await browser.newContext(MEASURE_CONTEXT);
    const measured = await measurePage(await context.newPage(), server.url, page);
    await context.close();
    rows.push({ page, weight: measured.weight });
    if (list) {
      console.log(`\n${page.id} ${page.path} (inline scripts ${measured.inlineJs} B)`);
      for (const r of measured.received) console.log(`  ${r.phase.padEnd(11)} ${r.kind.padEnd(5)} ${String(r.gzip).padStart(6)}  ${r.url}`);
    }
    problems.push(...overBudget(measured.weight, page.budget).map((p) => `${page.id} ${page.path}: ${p}`));
    const siblings = siblingWeights('dist', page, measured);
    if (siblings.length > 1) {
      const heaviest = siblings.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
      notes.push(`- ${page.id}: heaviest of ${siblings.length} pages is ${heaviest.path}, ${(heaviest.weight.total / KB).toFixed(1)} KB before interaction`);
      for (const s of siblings.filter((s) => s.path !== page.path)) problems.push(...overBudget(s.weight, page.budget).map((p) => `${page.id} ${s.path}: ${p}`));
    }
  }
} finally {
  await browser.close();
  server.stop();
}

console.log(`Page weight, KB gzip (1 KB = 1024 bytes), measured / budget; first search: "${SEARCH_WORDS}"\n`);
console.log(weightTable(rows));
console.log(`\nOther pages from the same routes (same assets, their own HTML):\n${notes.join('\n')}`);
if (problems.length) {
  console.error(`\nOver budget:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exitCode = 1;
}
