/**
 * The header's search button, on every page, so kept tiny: it swaps the no-JavaScript link for a
 * button and opens the dialog, whose code and index load only then.
 */
import dialogUrl from 'virtual:search-dialog-url';

/** In a field, or anywhere in an open dialog (the search dialog included). */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"]), dialog');
}

export function initSearchButton() {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
  if (!button || !link) return;
  link.hidden = true;
  button.hidden = false;
  const open = () =>
    (import(/* @vite-ignore */ dialogUrl) as Promise<typeof import('../../islands/search/mountDialog')>)
      .then((m) => m.openSearchDialog(button))
      .catch(() => location.assign(link.href)); // the search page says what went wrong
  button.addEventListener('click', open);
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typingIn(e.target)) return;
    // On the search page, "/" goes to its own search box.
    const box = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
    e.preventDefault();
    if (box) box.focus();
    else open();
  });
}
