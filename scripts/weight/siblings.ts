/**
 * Every page built from a measured page's route, weighed from its own HTML in dist/ plus the assets
 * the measured page loaded (src/lib/weight/tally.ts `withHtml`), so a long module added later is
 * caught without loading every page in the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PageType } from '../../src/lib/weight/budgets';
import { gzipSize, inlineScripts, withHtml, type Weight } from '../../src/lib/weight/tally';
import type { Measurement } from './measurePage';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

export function siblingWeights(dist: string, type: PageType, measured: Measurement): { path: string; weight: Weight }[] {
  if (!type.siblings) return [];
  return htmlFiles(dist)
    .map((file) => relative(dist, file).split(sep).join('/'))
    .filter((rel) => type.siblings!.test(rel))
    .map((rel) => {
      const html = readFileSync(join(dist, rel), 'utf8');
      const inlineJs = gzipSize(inlineScripts(html).join('\n'));
      return { path: `/${rel.replace(/index\.html$/, '')}`, weight: withHtml(measured.weight, measured.inlineJs, gzipSize(html), inlineJs) };
    });
}
