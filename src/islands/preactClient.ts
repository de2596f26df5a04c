/**
 * How an island starts in the browser: Astro's renderer client contract (the `clientEntrypoint` of an
 * Astro renderer: `(element) => (Component, props, slots, { client })`), written for this site in place
 * of `@astrojs/preact/client.js` (src/integrations/preactClient.ts swaps it in).
 *
 * The only difference is what this site does not use: signal props. @astrojs/preact's client imports
 * @preact/signals with `import()` for them, and that one `import()` makes Vite add its module-preload
 * helper (about 650 bytes gzipped) to every island's download. An island given a signal prop fails
 * loudly here rather than silently.
 */
import { h, hydrate, render, type ComponentType } from 'preact';

/** Server-rendered slot HTML, kept as it is (as @astrojs/preact's `static-html.js` does). */
function StaticHtml({ value, name }: { value: string; name?: string }) {
  return value ? h('astro-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
}
StaticHtml.shouldComponentUpdate = () => false;

export default (element: HTMLElement) =>
  async (
    Component: ComponentType<Record<string, unknown>>,
    props: Record<string, unknown>,
    { default: children, ...slotted }: Record<string, string>,
    { client }: { client: string },
  ) => {
    if (!element.hasAttribute('ssr')) return;
    if (element.dataset.preactSignals) {
      throw new Error('Signal props are not supported by src/islands/preactClient.ts: pass plain values, or restore @astrojs/preact/client.js');
    }
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
