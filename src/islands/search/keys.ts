/**
 * Keyboard for the search panel: Down and Up move between the search box and the result links,
 * and typing on a result goes back to the box. Results are plain links, so Enter opens them.
 */
export function onSearchKeyDown(e: KeyboardEvent) {
  const panel = e.currentTarget as HTMLElement;
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]');
  const links = [...panel.querySelectorAll<HTMLElement>('[data-search-result]')];
  if (!input) return;
  const stops = [input, ...links];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  const plain = !e.altKey && !e.ctrlKey && !e.metaKey;
  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && links.length && plain) {
    e.preventDefault();
    const next = Math.min(Math.max(at + (e.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1);
    stops[next].focus();
    return;
  }
  const typing = (e.key.length === 1 && e.key !== ' ' && plain) || e.key === 'Backspace';
  if (at > 0 && typing) input.focus(); // the key then lands in the box
}
