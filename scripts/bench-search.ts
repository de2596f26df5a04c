// `npm run bench:search`: size, load time and query time of the search index and its snippet text
// files, for the real course and for a made-up course ten times its size. A benchmark, not a test: it
// prints figures for the README and fails only if the real course misses its targets (issue 8: the
// first search at most 80 KB gzipped; p95 query under 5 ms).
//
// "First search" is what a learner's first query fetches: the dialog's script (read from dist/, so
// build first), the index file, and the text files of the results on the first screen. For the text,
// the worst of the 50 benchmark queries counts.
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { buildSearch, serializeSearchIndex } from '../src/lib/search/buildIndex';
import { readSearchSource } from '../src/lib/search/readSource';
import { createSearcher } from '../src/lib/search/query';
import { presentResults } from '../src/lib/search/present';
import { textFileOf, textLookup } from '../src/lib/search/texts';
import type { SearchSource } from '../src/lib/search/types';
import { syntheticCourse } from './search/synthetic';
import { BENCH_QUERIES } from './search/queries';
import { dialogScript } from './search/dialogScript';

const TARGET = { firstSearchKB: 80, p95ms: 5 };
const ROUNDS = 20;
/** How many results a first screen shows (the dialog shows 20, about 6 to 10 of them without scrolling). */
const FIRST_SCREEN = 10;
const labels = { glossary: 'Glossary', resource: 'Get help now', other: 'Practice' };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number) => `${t.toFixed(2)} ms`;
const gzip = (text: string) => gzipSync(text).length;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const out = fn();
  return [out, performance.now() - start];
}

function bench(name: string, source: SearchSource) {
  const [{ index: file, texts }, buildMs] = time(() => buildSearch(source));
  const text = serializeSearchIndex(file);
  const indexGzip = gzip(text);
  const textGzip = new Map([...texts].map(([n, t]) => [n, gzip(serializeSearchIndex(t))]));
  // Loading is what the browser does with the fetched index: parse it and rebuild lunr's index.
  const loads = Array.from({ length: 10 }, () => time(() => createSearcher(JSON.parse(text)))[1]);
  const searcher = createSearcher(JSON.parse(text));
  const textOf = textLookup(texts, file.texts); // every text file arrived: full snippets
  for (const q of BENCH_QUERIES) presentResults(searcher.search(q), file, searcher.matcher, labels, 20, textOf); // warm up
  const search: number[] = [];
  const shown: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of BENCH_QUERIES) {
      const [hits, t] = time(() => searcher.search(q));
      search.push(t);
      shown.push(t + time(() => presentResults(hits, file, searcher.matcher, labels, 20, textOf))[1]);
    }
  }
  search.sort((a, b) => a - b);
  shown.sort((a, b) => a - b);
  // The text files each query's first screen of results needs.
  const firstText = BENCH_QUERIES.map((q) => {
    const files = new Set(searcher.search(q).slice(0, FIRST_SCREEN).flatMap((h) => textFileOf(h.doc, file.texts) ?? []));
    return { q, files: files.size, bytes: [...files].reduce((sum, f) => sum + textGzip.get(f)!, 0) };
  }).sort((a, b) => b.bytes - a.bytes);
  const worst = firstText[0];
  const sizes = [...textGzip.values()];
  const row = {
    course: name,
    documents: file.docs.length,
    'index raw': kb(Buffer.byteLength(text)),
    'index gzip': kb(indexGzip),
    'text files': texts.size,
    'text gzip total': kb(sizes.reduce((a, b) => a + b, 0)),
    'text gzip largest': kb(Math.max(...sizes)),
    [`text for first ${FIRST_SCREEN} (median / worst)`]: `${kb(firstText[firstText.length >> 1].bytes)} / ${kb(worst.bytes)} (${worst.files} files, "${worst.q}")`,
    build: ms(buildMs),
    'load (first)': ms(loads[0]),
    'load (median)': ms([...loads].sort((a, b) => a - b)[5]),
    'query p50': ms(percentile(search, 50)),
    'query p95': ms(percentile(search, 95)),
    'query+snippets p50': ms(percentile(shown, 50)),
    'query+snippets p95': ms(percentile(shown, 95)),
  };
  return { row, indexGzip, worstText: worst.bytes, p95: percentile(search, 95) };
}

const real = readSearchSource(process.cwd());
const results = [bench('real course', real), bench('synthetic 10x', syntheticCourse(real, 10))];
console.log(`Node ${process.version}, ${BENCH_QUERIES.length} queries x ${ROUNDS} rounds; gzip at zlib's default level.`);
// One row per line: the table is too wide to read across.
for (const { row } of results) console.table(row);

const [course] = results;
const script = dialogScript('dist');
const misses: string[] = [];
if (script) {
  const first = script.gzip + course.indexGzip;
  console.log(
    `First search, real course: script ${kb(script.gzip)} (${script.files.join(', ')}; the SearchPanel chunk alone ${kb(script.panelGzip)})` +
      ` + index ${kb(course.indexGzip)} = ${kb(first)}; with the worst first screen's text ${kb(first + course.worstText)}.`,
  );
  if (first + course.worstText > TARGET.firstSearchKB * 1024) {
    misses.push(`the first search is ${kb(first + course.worstText)} gzipped (target ${TARGET.firstSearchKB} KB)`);
  }
} else {
  console.log('No built site in dist/: run `npm run build` first to measure the dialog script and the whole first search.');
  if (course.indexGzip + course.worstText > TARGET.firstSearchKB * 1024) misses.push(`the index and first text alone are over ${TARGET.firstSearchKB} KB`);
}
if (course.p95 >= TARGET.p95ms) misses.push(`p95 query time is ${ms(course.p95)} (target under ${TARGET.p95ms} ms)`);
if (misses.length) {
  console.error(`Missed: ${misses.join('; ')}.`);
  process.exit(1);
}
