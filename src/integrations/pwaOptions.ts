import type { PwaOptions } from '@vite-pwa/astro';
import { SITE } from '../config';
import { NOT_FOUND_FILE, SW_FILE, toPageUrls } from '../lib/offline/precache';
import { withBase } from '../lib/url';

/** The light palette in src/styles/global.css (--sg-accent, --sg-bg): the installed app's title bar and splash. */
const THEME_COLOR = '#1f5f7a';
const BACKGROUND_COLOR = '#fbfaf7';

/** Every file type the course is made of. New pages and JSON files (the search index, its snippet text files) are caught without a change here. */
export const PRECACHE_GLOBS = ['**/*.{html,js,css,json,svg,png,webmanifest}'];

/** The app's icons, files in public/: rendered once from public/favicon.svg and committed. */
export const ICONS = [
  { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/** Installable app, under the site's base: it opens at, and is scoped to, the course's own folder. */
export const webAppManifest = (base: string) =>
  ({
    id: withBase(base, '/'),
    name: SITE.name,
    short_name: SITE.name,
    description: SITE.tagline,
    lang: 'en',
    start_url: withBase(base, '/'),
    scope: withBase(base, '/'),
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICONS.map((icon) => ({ ...icon, src: withBase(base, `/${icon.src}`) })),
  }) satisfies PwaOptions['manifest'];

/**
 * The service worker: it stores the whole built course on the first visit, then answers from that copy.
 * It only ever touches its own cache; the learner's progress lives in localStorage and is never read or
 * cleared by it, so an update cannot lose progress. `base` is Astro's: the worker, its scope and the
 * manifest live in the course's folder (vite-plugin-pwa writes sw.js there and keys the precache by
 * addresses relative to it).
 */
export const pwaOptions = (base: string): PwaOptions => ({
  strategies: 'generateSW',
  // A new release waits until the learner chooses "Update now" (src/scripts/serviceWorker.ts), so a page
  // never changes under someone mid-scenario.
  registerType: 'prompt',
  // Registered by the layout (src/scripts/serviceWorker.ts), not by an injected script.
  injectRegister: false,
  filename: SW_FILE,
  scope: withBase(base, '/'),
  manifest: webAppManifest(base),
  workbox: {
    globPatterns: PRECACHE_GLOBS,
    // vite-plugin-pwa lists the manifest it writes itself; globbing it too would list it twice.
    globIgnores: ['manifest.webmanifest'],
    manifestTransforms: [toPageUrls],
    // A page visited as /modules/x/?path=workshop or /search/?q=grief is the same stored page.
    ignoreURLParametersMatching: [/.*/],
    // Unknown addresses go to the network; without one, the stored "page not found" page answers,
    // rather than the browser's own offline error.
    navigateFallback: null,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: NOT_FOUND_FILE } },
      },
    ],
    // The first visit controls its own page at once, so the course is usable offline without a reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // A search index can grow past workbox's 2 MB default; a file left out would break search offline.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  },
});
