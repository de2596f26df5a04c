// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import AstroPWA from '@vite-pwa/astro';
import contentCheck from './src/integrations/contentCheck.ts';
import { pwaOptions } from './src/integrations/pwaOptions.ts';
import searchDialog from './src/integrations/searchDialog.ts';
import lazyChunk from './src/integrations/lazyChunk.ts';
import preactClient from './src/integrations/preactClient.ts';
import rehypeBase from './src/integrations/rehypeBase.ts';
import { normalizeBase } from './src/lib/url.ts';
import csp from './src/integrations/csp.ts';

// Where the course is published, from one place: the folder (SITE_BASE, such as /steady-ground/ for a
// GitHub Pages project site) and the origin (SITE_URL). Every address in the build follows the base
// (src/lib/url.ts). SITE_OUT_DIR lets npm test keep a sub-path build beside the root one.
const base = normalizeBase(process.env.SITE_BASE);
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  base,
  outDir: process.env.SITE_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Links authors write in course content (`[Get help now](/help/)`) follow the base too.
  markdown: { rehypePlugins: [[rehypeBase, { base }]] },
  // Course content is checked before Astro loads it, so authors get one line per problem.
  integrations: [
    contentCheck(),
    mdx(),
    preact(),
    preactClient(),
    searchDialog(),
    // The header's progress indicator loads only on a device that has progress.
    lazyChunk('virtual:progress-badge-url', new URL('./src/scripts/progress/badge.ts', import.meta.url)),
    // Storage problems are rare: what shows them loads only when there is one.
    lazyChunk('virtual:progress-notices-url', new URL('./src/scripts/progress/notices.ts', import.meta.url)),
    // The progress page's import step (checks with zod, preview): loaded when the learner chooses a file.
    lazyChunk('virtual:progress-import-url', new URL('./src/islands/progress/importStep.ts', import.meta.url)),
    // The before-and-after confidence table: loaded only when the record holds a self-assessment.
    lazyChunk('virtual:progress-confidence-url', new URL('./src/islands/progress/confidenceStep.ts', import.meta.url)),
    // The service worker that keeps the whole course working offline (src/integrations/pwaOptions.ts),
    // and the code that registers it, loaded after each page by address.
    lazyChunk('virtual:service-worker-url', new URL('./src/scripts/serviceWorker.ts', import.meta.url)),
    // Each page's Content-Security-Policy, from the inline code it has; before the service worker
    // lists the pages, so the precache holds them as served.
    csp(),
    AstroPWA(pwaOptions(base)),
  ],
  build: { format: 'directory' },
  // Nothing is fetched from another origin, so pages are prefetched only on the site itself.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Terser's output is a few percent smaller than esbuild's (about 0.7 KB on the scenario player).
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      rollupOptions: {
        output: {
          manualChunks(id) {
            // Preact and the island client that starts it (src/islands/preactClient.ts): every island needs both.
            if (/node_modules\/(preact|@astrojs\/preact)\//.test(id) || /\/src\/islands\/preactClient\.ts$/.test(id)) return 'preact';
            if (/node_modules\/xstate\//.test(id)) return 'xstate';
            // Tiny modules most pages share (settings and words, the address helper, storage keys, loaders by address):
            // one file instead of five, each of which would cost its own request and gzip overhead.
            // The progress store: every page that tracks progress needs all of it.
            if (/\/src\/(lib\/progress\/(storage|merge|shape|migrate|record)|scripts\/progress\/client)\.ts$/.test(id)) return 'progress-store';
            // Module counts alone, for the header's indicator (kept out of the group below).
            if (/\/src\/lib\/progress\/moduleSummary\.ts$/.test(id)) return 'module-summary';
            // What the progress and certificate pages share (and the file import check uses).
            if (/\/src\/(lib\/progress\/summarize|islands\/progress\/use(Progress|Outline|Confidence)|scripts\/progress\/noticeText|text\/progressNotices)\.ts$/.test(id)) return 'progress-page';
            if (/\/src\/(config|lib\/url|lib\/progress\/types|lib\/storage\/siteData|scripts\/progress\/loadBadge|scripts\/loadServiceWorker)\.ts$/.test(id)) return 'shell';
          },
        },
      },
    },
  },
});
