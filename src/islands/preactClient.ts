/**
 * How an island starts in the browser: Astro's renderer client contract (the `clientEntrypoint` of an
 * Astro renderer: `(element) => (Component, props, slots, { client })`), written for this site in place
 * of `@astrojs/preact/client.js` (src/integrations/preactClient.ts swaps it in).
 *
 * It leaves out what this site does not use, and fails loudly if a page starts to:
 * - signal props: @astrojs/preact's client imports @preact/signals with `import()` for them, and that
 *   one `import()` makes Vite add its module-preload helper (about 650 bytes gzipped) to every island;
 * - children and named slots passed to an island (every island here is self-closing);
 * - `astro:unmount`, which only Astro's client router sends (this site has full page loads).
 */
import { h, hydrate, render, type ComponentType } from 'preact';

export default (element: HTMLElement) =>
  async (Component: ComponentType<Record<string, unknown>>, props: Record<string, unknown>, slots: Record<string, string>, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr')) return;
    if (element.dataset.preactSignals || Object.keys(slots).length) {
      // Short on purpose: every island downloads it. The comment above says what to do.
      throw new Error('Island slots or signal props: see src/islands/preactClient.ts');
    }
    const child = h(Component, props);
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
  };
