// `npm run bench:lighthouse`: builds the site, serves the build (gzipped, as a static host would)
// and runs Lighthouse 12 with its default mobile settings on five pages, printing the four scores
// and every scored audit under 100. Not part of `npm test`: scores depend on timing.
// `--no-build` uses the build already in dist/. Full reports go to reports/lighthouse/ (not committed).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { buildUnlessAsked, serveGzipped, servePreview, systemChromium } from './weight/serve';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'module', path: '/modules/recognizing-distress/' },
  { name: 'scenario', path: '/scenarios/clinic-intake/' },
  { name: 'search', path: '/search/?q=safety' },
  { name: 'progress', path: '/progress/' },
];
/** `--only=<name>` runs one page. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';
const OUT = 'reports/lighthouse';

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

buildUnlessAsked();
const port = Number(process.env.BENCH_PORT ?? 4399);
const preview = await servePreview(port);
const site = await serveGzipped(preview.url, port + 1);
mkdirSync(OUT, { recursive: true });
const rows: Record<string, string | number>[] = [];
const shortfalls: string[] = [];
try {
  for (const page of PAGES.filter((p) => !only || p.name === only)) {
    const file = `${OUT}/${page.name}.json`;
    // Asynchronously: the gzip front runs in this process and must keep answering.
    const status = await new Promise<number | null>((resolve) =>
      spawn(
        'node_modules/.bin/lighthouse',
        [new URL(page.path, site.url).href, '--output=json', `--output-path=${file}`, '--quiet', `--chrome-flags=${CHROME_FLAGS}`,
          `--only-categories=${CATEGORIES.join(',')}`],
        { env: { ...process.env, ...(systemChromium ? { CHROME_PATH: systemChromium } : {}) }, stdio: ['ignore', 'ignore', 'inherit'] },
      ).on('close', resolve),
    );
    if (status !== 0) throw new Error(`lighthouse failed on ${page.path}`);
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
    const row: Record<string, string | number> = { page: `${page.name} (${page.path})` };
    for (const c of CATEGORIES) {
      const category = report.categories[c];
      row[c] = Math.round((category.score ?? 0) * 100);
      for (const ref of category.auditRefs) {
        const audit = report.audits[ref.id];
        // Only audits that count toward the score (performance counts its metrics alone).
        if (ref.weight > 0 && audit.score !== null && audit.score < 1 && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) {
          shortfalls.push(`${page.name}, ${c}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
    rows.push(row);
  }
} finally {
  site.stop();
  preview.stop();
}
console.log('Lighthouse 12, mobile (its default throttling and Moto G Power screen), gzip served:\n');
console.log(`| page | ${CATEGORIES.join(' | ')} |\n| --- |${CATEGORIES.map(() => ' ---: |').join('')}`);
for (const r of rows) console.log(`| ${r.page} | ${CATEGORIES.map((c) => r[c]).join(' | ')} |`);
if (shortfalls.length) console.log(`\nScored audits below 100:\n${shortfalls.map((s) => `- ${s}`).join('\n')}`);
