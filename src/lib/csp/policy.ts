/**
 * The site's Content-Security-Policy, defined once: each page's <meta> (src/integrations/csp.ts) and the
 * host headers (src/lib/csp/headers.ts) are built from it. Pure: no file, DOM or Astro import.
 */
import { createHash } from 'node:crypto';

/** Every fetch a page makes goes to the site itself: the course promises no request to another origin. */
export const BASE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The offline copy: the service worker and the web app manifest come from the site itself.
  "worker-src 'self'",
  "manifest-src 'self'",
];

/** What a <meta> cannot carry (CSP 3, section 6.1): only a response header can, so the host recipes send these. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** A CSP hash source for the exact text of an inline script or style. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The inline code in a page, as the build step found it. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
}

/**
 * A page's policy: scripts and styles from the site's own files, plus the page's own inline scripts and
 * styles by hash. No 'unsafe-inline' for either: an injected <script> or <style> does not run.
 */
export function pagePolicy({ scripts, styles }: InlineCode): string {
  const hashes = (list: string[]) => [...new Set(list.map(cspHash))];
  return [
    ...BASE_DIRECTIVES,
    ["script-src 'self'", ...hashes(scripts)].join(' '),
    ["style-src 'self'", ...hashes(styles)].join(' '),
  ].join('; ');
}
