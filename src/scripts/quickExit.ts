import { SITE } from '../config';
import { announce, createShiftCounter } from '../lib/shell/shiftCounter';

/** Hide the page at once, then leave without leaving this page in the Back history. */
function exitNow(url: string) {
  document.documentElement.classList.add('sg-exiting');
  document.title = 'Loading';
  window.location.replace(url);
}

export function initQuickExit() {
  const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
  const url = link?.href ?? SITE.quickExitUrl;
  link?.addEventListener('click', (e) => {
    e.preventDefault();
    exitNow(url);
  });
  const counter = createShiftCounter();
  let clear: number | undefined;
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Shift') return counter.reset();
    if (e.repeat) return;
    const state = counter.press(performance.now());
    if (status) {
      status.textContent = announce(state);
      window.clearTimeout(clear);
      clear = window.setTimeout(() => (status.textContent = ''), 5000);
    }
    if (state.triggered) exitNow(url);
  });
  // If the browser restores this page from its cache, show it again rather than a blank page.
  window.addEventListener('pageshow', () => document.documentElement.classList.remove('sg-exiting'));
}
