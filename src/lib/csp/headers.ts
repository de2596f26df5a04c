/**
 * The response headers a host should send with the course (Netlify and Cloudflare Pages read them from
 * `_headers`, written into the build by src/integrations/csp.ts; README "Publishing" has the same for
 * nginx and Apache). Pure: tests check the file and the README against it.
 */
import { withBase } from '../url';
import { BASE_DIRECTIVES, HEADER_ONLY_DIRECTIVES } from './policy';

/**
 * The policy as a header: what a <meta> cannot carry (frame-ancestors), and the site-wide directives
 * that need no hash. It leaves default-src, script-src and style-src to each page's <meta>, which holds
 * that page's hashes: a browser enforces both policies, so a header without them loosens nothing.
 */
export const HEADER_POLICY = [...HEADER_ONLY_DIRECTIVES, ...BASE_DIRECTIVES.filter((d) => !d.startsWith('default-src'))].join('; ');

/** Sent with every file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Nothing in the course uses these, so no page (or anything injected into one) may ask for them.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  // For browsers older than frame-ancestors: a page that is quick to leave is never shown inside another site.
  'X-Frame-Options': 'DENY',
};

/** Files whose names carry a hash of their content: a new release has new names, so they can be kept a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The service worker must be checked on every visit, or a new release is found late. */
export const REVALIDATE = 'no-cache';

/** `_headers` for Netlify and Cloudflare Pages, with paths under the course's base. */
export function headersFile(base: string): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build (src/lib/csp/headers.ts): edit that file, not this one.',
    block(withBase(base, '/*'), SECURITY_HEADERS),
    block(withBase(base, '/_astro/*'), { 'Cache-Control': IMMUTABLE }),
    block(withBase(base, '/workbox-*'), { 'Cache-Control': IMMUTABLE }),
    block(withBase(base, '/sw.js'), { 'Cache-Control': REVALIDATE }),
    '',
  ].join('\n\n');
}
