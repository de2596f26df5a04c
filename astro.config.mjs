// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import AstroPWA from '@vite-pwa/astro';
import contentCheck from './src/integrations/contentCheck.ts';
import { pwaOptions } from './src/integrations/pwaOptions.ts';
import searchDialog from './src/integrations/searchDialog.ts';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // Course content is checked before Astro loads it, so authors get one line per problem.
  // AstroPWA builds the service worker that keeps the whole course working offline (src/integrations/pwaOptions.ts).
  integrations: [contentCheck(), mdx(), preact(), searchDialog(), AstroPWA(pwaOptions)],
  build: { format: 'directory' },
  // Nothing is fetched from another origin, so pages are prefetched only on the site itself.
  prefetch: false,
  devToolbar: { enabled: false },
});
