import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { KB, PAGE_TYPES } from './budgets';
import { weightTable } from './report';
import { gzipSize, inlineScripts, kindOf, overBudget, tally, withHtml, type Received } from './tally';

const got = (kind: Received['kind'], gzip: number, phase: Received['phase'] = 'load'): Received => ({ url: `/${kind}`, kind, phase, gzip });

describe('gzipSize', () => {
  it('is the size of the body gzipped at level 9, as a server would send it', () => {
    const body = 'a learner opens this on an old phone '.repeat(50);
    expect(gzipSize(body)).toBe(gzipSync(body, { level: 9 }).length);
    expect(gzipSize(body)).toBeLessThan(body.length / 5);
    expect(gzipSize(new Uint8Array())).toBe(0);
  });
});

describe('kindOf', () => {
  it('sorts responses by what the browser asked for, then by content type', () => {
    expect(kindOf('document')).toBe('html');
    expect(kindOf('stylesheet')).toBe('css');
    expect(kindOf('script')).toBe('js');
    expect(kindOf('fetch', 'application/json; charset=utf-8')).toBe('data');
    expect(kindOf('fetch', 'text/javascript')).toBe('js');
    expect(kindOf('image', 'image/svg+xml')).toBe('other');
  });
});

describe('inlineScripts', () => {
  it('finds scripts that run, not external scripts or JSON data blocks', () => {
    const html = `<script>theme()</script><script type="module" src="/a.js"></script>
      <script type="application/json">{"a":1}</script><script type="module">search()</script><script> </script>`;
    expect(inlineScripts(html)).toEqual(['theme()', 'search()']);
  });
});

describe('tally and overBudget', () => {
  const received = [got('html', 9000), got('css', 2000), got('js', 3000), got('other', 200), got('js', 20000, 'interaction'), got('data', 50000, 'interaction')];
  const weight = tally(received, 500);

  it('adds what came with the page and what the interaction fetched separately', () => {
    expect(weight).toEqual({ html: 9000, css: 2000, js: 3500, other: 200, total: 14200, interactionJs: 20000, interaction: 70000 });
  });

  it('names every limit a page misses, and nothing when it fits', () => {
    expect(overBudget(weight, { total: 15000, js: 4000, interaction: 80000, interactionJs: 25000 })).toEqual([]);
    expect(overBudget(weight, { total: 14000, js: 3000, interactionJs: 19000 })).toEqual([
      'everything before interaction: 14200 bytes gzip, budget 14000 (200 over)',
      'JavaScript before interaction: 3500 bytes gzip, budget 3000 (500 over)',
      'JavaScript after the interaction: 20000 bytes gzip, budget 19000 (1000 over)',
    ]);
  });

  it('weighs a page of the same route with its own HTML and inline scripts', () => {
    expect(withHtml(weight, 500, 12000, 700)).toMatchObject({ html: 12000, js: 3700, total: 17200, interaction: 70000 });
  });
});

describe('the budget table', () => {
  it('holds every page type the issue names, within its figures', () => {
    const byId = new Map(PAGE_TYPES.map((t) => [t.id, t]));
    for (const id of ['home', 'course map', 'glossary', 'help', 'progress', 'self-assessment']) expect(byId.get(id)?.budget.total, id).toBe(27 * KB);
    expect(byId.get('module')?.budget).toMatchObject({ total: 27 * KB, js: 10 * KB, interaction: 80 * KB });
    expect(byId.get('scenario')?.budget.interactionJs).toBe(25 * KB);
  });

  it('prints one row per page, in KB, measured against the budget', () => {
    const table = weightTable([{ page: PAGE_TYPES[0], weight: tally([got('html', 2048), got('css', 1024)]) }]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| home (`/`) | 2.0 | 1.0 | 0.0 / 10.0 | 3.0 / 27.0 | – | – | yes |');
  });
});
