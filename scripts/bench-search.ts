// `npm run bench:search`: size, load time and query time of the search index, for the real course
// and for a made-up course ten times its size. A benchmark, not a test: it prints figures for the
// README and fails only if the real course misses the targets (80 KB gzip, p95 query under 5 ms).
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { buildSearchIndex, serializeSearchIndex } from '../src/lib/search/buildIndex';
import { readSearchSource } from '../src/lib/search/readSource';
import { createSearcher } from '../src/lib/search/query';
import { presentResults } from '../src/lib/search/present';
import type { SearchSource } from '../src/lib/search/types';
import { syntheticCourse } from './search/synthetic';
import { BENCH_QUERIES } from './search/queries';

const TARGET = { gzipKB: 80, p95ms: 5 };
const ROUNDS = 20;
const labels = { glossary: 'Glossary', resource: 'Get help now', other: 'Practice' };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number) => `${t.toFixed(2)} ms`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const out = fn();
  return [out, performance.now() - start];
}

function bench(name: string, source: SearchSource) {
  const [file, buildMs] = time(() => buildSearchIndex(source));
  const text = serializeSearchIndex(file);
  const gzip = gzipSync(text).length;
  // Loading is what the browser does with the fetched text: parse it and rebuild lunr's index.
  const loads = Array.from({ length: 10 }, () => time(() => createSearcher(JSON.parse(text)))[1]);
  const searcher = createSearcher(JSON.parse(text));
  for (const q of BENCH_QUERIES) presentResults(searcher.search(q), file, searcher.matcher, labels, 20); // warm up
  const search: number[] = [];
  const shown: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of BENCH_QUERIES) {
      const [hits, t] = time(() => searcher.search(q));
      search.push(t);
      shown.push(t + time(() => presentResults(hits, file, searcher.matcher, labels, 20))[1]);
    }
  }
  search.sort((a, b) => a - b);
  shown.sort((a, b) => a - b);
  const row = {
    course: name,
    documents: file.docs.length,
    'index raw': kb(Buffer.byteLength(text)),
    'index gzip': kb(gzip),
    build: ms(buildMs),
    'load (first)': ms(loads[0]),
    'load (median)': ms([...loads].sort((a, b) => a - b)[5]),
    'query p50': ms(percentile(search, 50)),
    'query p95': ms(percentile(search, 95)),
    'query+snippets p95': ms(percentile(shown, 95)),
  };
  return { row, gzip, p95: percentile(search, 95) };
}

const real = readSearchSource(process.cwd());
const results = [bench('real course', real), bench('synthetic 10x', syntheticCourse(real, 10))];
console.log(`Node ${process.version}, ${BENCH_QUERIES.length} queries x ${ROUNDS} rounds; gzip at zlib's default level.`);
console.table(results.map((r) => r.row));
const [course] = results;
const misses = [
  course.gzip > TARGET.gzipKB * 1024 && `the real course's index is ${kb(course.gzip)} gzipped (target ${TARGET.gzipKB} KB)`,
  course.p95 >= TARGET.p95ms && `p95 query time is ${ms(course.p95)} (target under ${TARGET.p95ms} ms)`,
].filter(Boolean);
if (misses.length) {
  console.error(`Missed: ${misses.join('; ')}.`);
  process.exit(1);
}
