import { SITE } from '../config';

/** The light/dark toggle. The choice is applied before paint by an inline script in the layout. */
export function initThemeToggle() {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const root = document.documentElement;
  const isDark = () =>
    root.dataset.theme ? root.dataset.theme === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  sync();
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(SITE.themeKey, next);
    } catch {
      // Storage blocked: the choice lasts for this page only, which is fine.
    }
    sync();
  });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
}
