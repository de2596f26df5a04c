/**
 * Every built page's Content-Security-Policy allows exactly its own inline code: the hash of each inline
 * script and style, recomputed here from the HTML as a browser parses it (parse5), is in that page's
 * policy, and no policy allows inline script or style at large. Both builds: the root and the sub-path.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { test, expect } from './helpers';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const builds = ['dist', 'dist-sub'].filter((dir) => existsSync(join(dir, 'index.html')));
const pages = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));

function elements(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) elements(child, found);
  return found;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: Element) => el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** What is wrong with one page's policy, as lines naming the page (an empty list when nothing is). */
function problems(file: string): string[] {
  // Parsed with scripting off, so a <style> inside <noscript> is checked too.
  const all = elements(parse(readFileSync(file, 'utf8'), { scriptingEnabled: false }));
  const metas = all.filter((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`${file}: ${metas.length} policies, expected 1`];
  const found: string[] = [];
  const policy = new Map(attr(metas[0], 'content')!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
  const first = all.findIndex((el) => el.tagName === 'script' || el.tagName === 'style' || (el.tagName === 'link' && attr(el, 'rel') === 'stylesheet'));
  if (all.indexOf(metas[0]) > first) found.push(`${file}: the policy comes after a script or style, which it does not cover`);
  for (const directive of ['default-src', 'script-src', 'style-src']) {
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"]) {
      if (policy.get(directive)?.includes(loose)) found.push(`${file}: ${directive} allows ${loose}`);
    }
  }
  for (const el of all) {
    const code = text(el);
    if (el.tagName === 'script' && !attr(el, 'src') && !policy.get('script-src')?.includes(hash(code))) found.push(`${file}: inline script not in script-src: ${code.slice(0, 60)}`);
    if (el.tagName === 'style' && !policy.get('style-src')?.includes(hash(code))) found.push(`${file}: inline style not in style-src: ${code.slice(0, 60)}`);
    for (const a of el.attrs) if (a.name === 'style' || a.name.startsWith('on')) found.push(`${file}: <${el.tagName} ${a.name}> is inline code no policy here allows`);
  }
  return found;
}

test('every page allows its own inline scripts and styles by hash, and no inline code at large', () => {
  expect(builds).toContain('dist');
  const files = builds.flatMap(pages);
  expect(files.length).toBeGreaterThan(50);
  expect(files.flatMap(problems)).toEqual([]);
});
