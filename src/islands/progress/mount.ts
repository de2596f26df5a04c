import { h, render, type ComponentType } from 'preact';

/**
 * Draws a page's progress app in place of the text shown without JavaScript. The progress and
 * certificate pages have nothing to hydrate (the app is made on the device, from its progress), so a
 * plain render does what `client:only` did without Astro's island loader: that is about 1.3 KB of
 * inline script, its style and their hashes in every page that has an island.
 */
export function mountApp(selector: string, App: ComponentType) {
  const slot = document.querySelector<HTMLElement>(selector);
  if (!slot) return;
  slot.textContent = '';
  render(h(App, {}), slot);
}
