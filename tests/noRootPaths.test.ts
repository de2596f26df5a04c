/**
 * No file in src/ writes a root-absolute internal address by hand: each goes through `href()` or
 * `withBase()` (src/lib/url.ts), or the course breaks when it is served from a sub-path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/** The first segment of every address the site has: its routes, its public files and Astro's assets. */
const segments = [
  ...readdirSync(join(root, 'src/pages')).map((f) => f.replace(/(\.json)?\.(astro|ts)$/, '$1')),
  ...readdirSync(join(root, 'public')),
  '_astro', 'sw.js', 'manifest.webmanifest',
].filter((s) => !s.startsWith('['));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A quoted or templated address starting at the site root: `'/help/'`, `` `/modules/${x}` ``, or a link to `"/"`. */
const rootPath = new RegExp(`(["'\`])/(?:${segments.map(escape).join('|')})(?=[/?#"'\`.])|\\b(?:href|src|action)=\\{?(["'\`])/\\2`, 'g');

function offenders(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(rootPath)) {
      const before = line.slice(0, match.index);
      if (/(?:\bhref|\bwithBase)\(\s*$/.test(before) || /\bwithBase\([^()]*,\s*$/.test(before)) continue;
      // Comments may name addresses; code may not.
      if (/^\s*(\/\/|\*|\/\*)/.test(line)) continue;
      found.push(`${i + 1}: ${line.trim()}`);
    }
  });
  return found;
}

describe('internal addresses', () => {
  it('finds a hand-written root path, and lets one through href() or withBase()', () => {
    expect(offenders(`<a href="/help/">Help</a>`)).toHaveLength(1);
    expect(offenders("fetch('/search-index.json')")).toHaveLength(1);
    expect(offenders('const u = `/modules/${slug}/`;')).toHaveLength(1);
    expect(offenders(`<a href="/">Home</a>`)).toHaveLength(1);
    expect(offenders(`<a href={href('/help/')}>Help</a>`)).toEqual([]);
    expect(offenders('withBase(base, `/modules/${slug}/`)')).toEqual([]);
    expect(offenders("// the index lives at '/search-index.json'")).toEqual([]);
  });

  it('are all built with href() or withBase() in src/', () => {
    const problems = files(join(root, 'src'))
      .filter((f) => /\.(astro|ts|tsx|mjs)$/.test(f) && !/\.test\.ts$/.test(f) && !f.endsWith(join('lib', 'url.ts')))
      // The pages the weight test opens, as course paths it resolves against the server it measures.
      .filter((f) => !f.endsWith(join('lib', 'weight', 'budgets.ts')))
      .flatMap((f) => offenders(readFileSync(f, 'utf8')).map((o) => `${relative(root, f)}:${o}`));
    expect(problems, 'write these as href(\'/…\') (src/lib/url.ts)').toEqual([]);
  });
});
