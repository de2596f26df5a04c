/**
 * Which URLs the service worker stores. Pure: no workbox, DOM or Astro import, so it can be tested alone.
 *
 * Astro builds every page as `<route>/index.html` (build.format 'directory') and links to it as
 * `/<route>/` (trailingSlash 'always'). The precache has to be keyed by the address a learner
 * actually visits, or an offline visit to `/modules/x/` finds nothing.
 */

/** The service worker's file name (vite-plugin-pwa writes it to the course's folder, Astro's `base`). */
export const SW_FILE = 'sw.js';

/** Where the "page not found" page is built; it is served as-is, so it keeps its file name. */
export const NOT_FOUND_FILE = '404.html';

/**
 * The address a built file is visited at, relative to the service worker in the course's folder:
 * `modules/x/index.html` -> `modules/x/`, `index.html` -> `./` (an empty URL would resolve to sw.js itself).
 */
export function pageUrlFor(file: string): string {
  const path = file.replace(/^\/+/, '');
  if (path === 'index.html') return './';
  if (/\/index\.html$/.test(path)) return path.slice(0, -'index.html'.length);
  // Any other .html (the 404 page, or a file a later feature writes on purpose) is served under its own name.
  return path;
}

/** The part of a workbox manifest entry this module reads and writes. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
  size: number;
}

/** A workbox `manifestTransforms` step: every built page is stored under the address it is visited at. */
export function toPageUrls<T extends PrecacheEntry>(entries: T[]): { manifest: T[]; warnings: string[] } {
  const manifest = entries.map((entry) => (entry.url.endsWith('.html') ? { ...entry, url: pageUrlFor(entry.url) } : entry));
  return { manifest, warnings: [] };
}
