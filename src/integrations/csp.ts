import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/csp/headers';
import { pagePolicy, type InlineCode } from '../lib/csp/policy';

/** Inline <script> (without src) and <style> elements as Astro writes them, with their exact text. */
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
/** What a hash cannot allow: inline event handlers, style attributes, javascript: links. */
const UNHASHABLE = /<[a-z][^>]*\s(on[a-z]+=|style=|href="javascript:)/i;
const CHARSET = '<meta charset="utf-8">';

export function inlineCode(html: string): InlineCode {
  return {
    scripts: [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]),
    styles: [...html.matchAll(INLINE_STYLE)].map((m) => m[1]),
  };
}

/** The page with its policy as the first thing in <head> after the charset, before any script or style. */
export function withPolicy(html: string, file: string): string {
  if (!html.includes(CHARSET)) throw new Error(`${file}: no ${CHARSET} to put the Content-Security-Policy after`);
  const unhashable = html.match(UNHASHABLE);
  if (unhashable) throw new Error(`${file}: "${unhashable[0]}" needs 'unsafe-inline' under the site's policy; move it to a script or stylesheet`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineCode(html))}">`;
  return html.replace(CHARSET, CHARSET + meta);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Writes each built page's Content-Security-Policy <meta>, with the hash of each inline script and style
 * that page has, and nothing else. Astro 5's experimental.csp does the same but puts the hashes of every
 * page's scripts and styles in every page (about 1.4 KB of gzip-proof hashes each), and skips
 * `is:inline` scripts. Runs before the service worker is built, so the precache has the final pages.
 * Also writes `_headers` (Netlify, Cloudflare Pages): the header policy and the other security and
 * caching headers, with paths under the base.
 */
export default function csp(): AstroIntegration {
  let base = '/';
  return {
    name: 'steady-ground:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        for (const file of files) await writeFile(file, withPolicy(await readFile(file, 'utf8'), file));
        await writeFile(join(fileURLToPath(dir), '_headers'), headersFile(base));
        logger.info(`Content-Security-Policy written to ${files.length} pages, host headers to _headers`);
      },
    },
  };
}
